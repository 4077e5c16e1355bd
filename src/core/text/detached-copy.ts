/**
 * A flat copy of a short string that shares no storage with the string it came from. A slice or a
 * RegExp match of a note may point into the note's own characters; a table kept across notes
 * (the window-words kinds, the shared level lists) holds such copies so that it never keeps a
 * whole note alive. JSON's round trip is a cheap way to get a fresh string in V8.
 */
export const detachedCopy = (text: string): string => JSON.parse(JSON.stringify(text)) as string;
