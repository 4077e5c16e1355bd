// Shared by find-mentions (which builds windows) and describe-window (which reads them); kept
// apart so neither file imports the other's types (that was an import cycle).

/** `negatedWord`: the word denies itself ("non-compressive"). */
export type Anchor = { start: number; end: number; word: string; kind: 'stenosis' | 'negative' | 'compression'; negatedWord: boolean };
/** `joint` is the word that split this window from the previous one ("with", "and", ","). */
export type Window = { start: number; end: number; anchors: Anchor[]; joint?: string };
