/**
 * Every message ChartLint sends, in one file: one map per receiver, naming each message
 * (`noun/verb`), its payload and its reply. Senders and receivers are typed from these maps, so a
 * missing handler or a wrong payload is a compile error, and each payload has a runtime check
 * because content scripts share the page with untrusted code.
 */
import type { AnalyzeResult, CodeVerdict, FieldText, Finding, FoundCode, ReleaseStamp, Span } from '../core';
import type { PageSettings } from './settings';

/** One field as the content script read it. `id` is unique within the frame's document. */
export type SnapshotField = FieldText & {
  /** A human label for the field ("Diagnosis", "Assessment"), when the page gives one. */
  label?: string;
};

/** What one frame's content script saw: every diagnosis field and note it found. */
export type PageSnapshot = {
  /** Random per content-script instance: a new document (navigation) gets a new id. */
  docId: string;
  url: string;
  isTop: boolean;
  fields: SnapshotField[];
  /** The page's language (`<html lang>`), which settles numeric dates such as 03/04/2026. */
  lang?: string;
};

/** The part of a tab's analysis that one frame needs to mark its own diagnosis fields. */
export type FrameVerdict = {
  /** This frame's diagnosis-field codes, with spans in this frame's own field ids. */
  codes: FoundCode[];
  /** Findings about those codes (evidence may point into other frames). */
  findings: Finding[];
  /** One verdict per code of this frame (supported / finding / not-checked), from the tab's analysis. */
  verdicts?: CodeVerdict[];
  /**
   * Findings dismissed on this page (from the badge or the side panel), as `rule|code` keys. The
   * worker keeps them in storage.session, which content scripts cannot read themselves.
   */
  dismissed?: string[];
  /** The release the codes were checked against and how it was chosen (the badge says when it does not fit). */
  release?: ReleaseStamp;
};

/** Per-tab state kept by the service worker in storage.session (see storage-keys.ts). */
export type TabState = {
  tabId: number;
  url: string;
  updatedAt: number;
  /** Latest snapshot per frame id; field ids inside are frame-local. */
  frames: Record<string, PageSnapshot>;
  /** Analysis of all frames together; field ids are `${frameId}:${localId}`. */
  result: AnalyzeResult;
  /** The date of service the user set in the panel for this tab (ISO), used when the page shows none. */
  userDate?: string;
};

/** Why a user dismissed a finding in the side panel. */
export type DismissReason = 'not-applicable' | 'already-addressed' | 'disagree';

/**
 * storage.session `dismissed/<page url>` (storage-keys.ts): the findings dismissed on that page,
 * keyed `${rule}|${code}`, so a finding stays dismissed while the note is edited or reloaded.
 */
export type DismissalMap = Record<string, { reason: DismissReason; at: number }>;

export type BackgroundApi = {
  /** A frame reports what it sees; the reply is that frame's verdict. */
  'page/snapshot': (snapshot: PageSnapshot) => FrameVerdict;
  /** Open the side panel (Chrome) or sidebar (Firefox) for the sender's window. */
  'panel/open': (payload: { windowId?: number }) => boolean;
  /**
   * From a content script: texts of a diagnosis widget that may be official ICD-10-CM titles shown
   * instead of codes (the page cannot carry the catalog). Replies { text: code } for those that are.
   */
  'codes/resolve-titles': (payload: { titles: string[] }) => Record<string, string>;
  /**
   * From the side panel: show a tab-wide evidence span (field id `${frameId}:${localId}`) in the
   * page. The worker routes it to the right frame as ContentApi 'evidence/show'; false when that
   * frame or field is gone.
   */
  'tab-evidence/show': (payload: { tabId: number; span: Span }) => boolean;
  /** From a content script: the sender page's pinned selectors and display mode (settings.ts). */
  'settings/for-page': (payload: Record<string, never>) => PageSettings;
  /**
   * From the popup or options page, after permissions.request granted the origin in the click:
   * remember the site, register the content script there, start it in `tabId`. Replies the patterns.
   */
  'site/enable': (payload: { origin: string; tabId?: number }) => string[];
  /**
   * Sent in the click, just before permissions.request: the popup closes when the prompt takes
   * focus, so the worker enables the site itself when permissions.onAdded reports the grant.
   */
  'site/expect-grant': (payload: { origin: string; tabId?: number }) => boolean;
  /** Forget a site: unregister the content script and remove the host permission. */
  'site/disable': (payload: { origin: string }) => string[];
  /** The badge dismissed (or brought back) a finding on the sender's page; shared with the panel. */
  'findings/dismiss': (payload: { rule: string; code: string; dismissed: boolean }) => boolean;
  /** The side panel sets (or clears, with null) a tab's date of service, used when the page shows none. */
  'visit/set-date': (payload: { tabId: number; date: string | null }) => boolean;
};

export type ContentApi = {
  /** Findings changed because another frame of the tab changed (e.g. the note). */
  'findings/update': (verdict: FrameVerdict) => void;
  /** Show an evidence span in the page (highlight or select it). */
  'evidence/show': (span: Span) => boolean;
};

export type Envelope<Api> = {
  [K in keyof Api]: { chartlint: 1; type: K; payload: Api[K] extends (payload: infer P) => unknown ? P : never };
}[keyof Api];

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export type PayloadOf<Api, K extends keyof Api> = Api[K] extends (payload: infer P) => unknown ? P : never;
export type ReplyOf<Api, K extends keyof Api> = Api[K] extends (...args: never[]) => infer R ? R : never;
