import { browser } from './browser';

/**
 * Calls back when one of the manifest's `commands` (keyboard shortcuts) fires, with the window of
 * the tab it fired in. Opening the side panel needs that window id at once, while the key press
 * still counts as a user gesture.
 */
export function onCommand(listener: (command: string, windowId: number | undefined) => void): () => void {
  const wrapped = (command: string, tab?: { windowId?: number }) => listener(command, tab?.windowId);
  browser.commands.onCommand.addListener(wrapped);
  return () => browser.commands.onCommand.removeListener(wrapped);
}
