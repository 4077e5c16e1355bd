import type { AnalyzeResult } from '../core';
import type { PageSnapshot } from '../protocol/messages';
import { analyzeTab } from './analyze-tab';
import { applySettings } from './apply-settings';
import { currentSettings } from './current-settings';

/**
 * A tab's analysis as the user sees it: checked against the release the settings (or policy) and
 * the date of service call for, and without the rules the user or administrator turned off.
 */
export async function analyzeWithSettings(frames: Record<string, PageSnapshot>, userDate: string | undefined): Promise<AnalyzeResult> {
  const settings = await currentSettings();
  const result = await analyzeTab(frames, { setting: settings.release, pinnedByPolicy: settings.locks.release, ...(userDate ? { userDate } : {}) });
  return applySettings(result, settings);
}
