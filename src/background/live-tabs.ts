import type { AnalyzeResult } from '../core';
import type { PageSnapshot } from '../protocol/messages';
import { TAB_CHAR_BUDGET } from '../protocol/limits';

/**
 * The texts of each tab's frames, in worker memory only: storage.session keeps just what the panel
 * needs (stored-state.ts). When Chrome stops the idle worker these are lost; the frames are then
 * asked to send their fields again ('page/resend').
 */
export type LiveTab = {
  frames: Map<string, PageSnapshot>;
  /** Bumped on every change of a frame, so a group's cached analysis knows when it is stale. */
  versions: Map<string, number>;
  /** Each analysis group's last result, by a key naming its frames and their versions. */
  cache: Map<string, { key: string; result: AnalyzeResult }>;
  /** Characters this tab may have checked per snapshot (shrinks when its analyses run long). */
  allowance: number;
};

const tabs = new Map<number, LiveTab>();
let version = 0;

export function liveTab(tabId: number): LiveTab {
  let tab = tabs.get(tabId);
  if (!tab) {
    tab = { frames: new Map(), versions: new Map(), cache: new Map(), allowance: TAB_CHAR_BUDGET };
    tabs.set(tabId, tab);
  }
  return tab;
}

export function setLiveFrame(tab: LiveTab, frameId: string, snapshot: PageSnapshot): void {
  tab.frames.set(frameId, snapshot);
  tab.versions.set(frameId, ++version);
}

export function removeLiveFrame(tab: LiveTab, frameId: string): void {
  tab.frames.delete(frameId);
  tab.versions.delete(frameId);
}

/**
 * The tab's page is gone (it navigated, or its top document left): its frames go, and the next page
 * starts with the whole character allowance. An allowance shrunk by the old page's slow analyses
 * says nothing of the next patient's note, and would have checked only part of it until a few fast
 * snapshots doubled it back.
 */
export function clearLiveFrames(tab: LiveTab): void {
  tab.frames.clear();
  tab.versions.clear();
  tab.cache.clear();
  tab.allowance = TAB_CHAR_BUDGET;
}

export function forgetLiveTab(tabId: number): void {
  tabs.delete(tabId);
}
