/**
 * Every message ChartLint sends, in one file: one map per receiver, naming each message
 * (`noun/verb`), its payload and its reply. Senders and receivers are typed from these maps, so a
 * missing handler or a wrong payload is a compile error, and each payload has a runtime check
 * because content scripts share the page with untrusted code.
 */
import type { AnalyzeResult, CodeVerdict, FieldText, Finding, FoundCode, ReleaseStamp, RuleId, Span } from '../core';
import type { CodeExplanation } from '../kb';
import type { Language } from '../platform/languages';
import type { PageSettings } from './settings';

/** One field as the content script read it. `id` is unique within the frame's document. */
export type SnapshotField = FieldText & {
  /** A human label for the field ("Diagnosis", "Assessment"), when the page gives one. */
  label?: string;
  /**
   * The field's full length when the content script sent only its start (`text` is then cut at
   * MAX_SENT_CHARS, limits.ts): a huge note is never copied whole across processes.
   */
  chars?: number;
  /**
   * Set when the field shows only part of its text and the rest could not be read without running
   * the page's script (a code editor that draws only the lines in view): `text` is what it shows.
   */
  partial?: true;
};

/** What one frame's content script saw: every diagnosis field and note it found. */
export type PageSnapshot = {
  /** Random per content-script instance: a new document (navigation) gets a new id. */
  docId: string;
  url: string;
  isTop: boolean;
  fields: SnapshotField[];
  /** Fields the frame had past MAX_SNAPSHOT_FIELDS (notes, the last in page order), left out of `fields`. */
  omittedFields?: number;
  /** The page's language (`<html lang>`), which settles numeric dates such as 03/04/2026. */
  lang?: string;
  /**
   * The frame's origin (`self.origin`: about:blank and srcdoc frames report their parent's).
   * Frames of different origins are analysed apart unless the user paired them (settings).
   */
  origin?: string;
};

/**
 * How much of the page ChartLint checked. A note past the per-field or per-tab character budget
 * (limits.ts) is checked up to the budget only; badge and panel say so instead of failing quietly.
 */
export type CheckLimits = {
  /** Characters checked, summed over the tab's fields (or the frame's, in a verdict). */
  checkedChars: number;
  /** Characters the fields hold in all. checkedChars < totalChars means "checked the first N KB". */
  totalChars: number;
  /** Fields read only as far as they show (SnapshotField.partial), when any. */
  partialFields?: number;
  /** Fields the page had past MAX_SNAPSHOT_FIELDS, not sent and not read (PageSnapshot.omittedFields), when any. */
  omittedFields?: number;
};

/**
 * Something kept ChartLint from doing its whole job on this tab, said to the user rather than
 * swallowed: `storage-full`: the browser's session storage is full, so the side panel may be out
 * of date (the badge still works); `stored-trimmed`: the panel shows only part of a huge analysis.
 */
export type TabProblem = 'storage-full' | 'stored-trimmed';

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
  /** Set when the frame's fields were checked only in part (a note over the size budget). */
  limits?: CheckLimits;
  /** Set when the tab state could not be stored in full (see TabProblem). */
  problem?: TabProblem;
};

/** A stretch of a field's text kept for the panel's quotes: `text` starts at offset `start`. */
export type Excerpt = { start: number; text: string };

/**
 * A field as the tab state keeps it: no whole text, only the excerpts around the spans the
 * analysis points at (excerpts.ts), so a page's size never becomes the size of stored state.
 * `text` is only present in states written by older versions and in tests.
 */
export type StoredField = Omit<SnapshotField, 'text'> & {
  text?: string;
  /** Characters checked (the rest was past the budget). */
  checked?: number;
  excerpts?: Excerpt[];
};

/** One frame in the tab state: what the panel needs to label and quote its fields. */
export type FrameState = Omit<PageSnapshot, 'fields'> & { fields: StoredField[] };

/** Per-tab state kept by the service worker in storage.session (see storage-keys.ts). */
export type TabState = {
  tabId: number;
  url: string;
  updatedAt: number;
  /** Latest snapshot summary per frame id (no whole texts); field ids inside are frame-local. */
  frames: Record<string, FrameState>;
  /**
   * The raw analysis (every rule, default severities; settings are applied where it is read,
   * apply-settings.ts), frames of one origin analysed together; field ids are `${frameId}:${localId}`.
   */
  result: AnalyzeResult;
  /** The date of service the user set in the panel for this tab (ISO), used when the page shows none. */
  userDate?: string;
  /**
   * Which analysis group (frames of one origin, or paired origins) each frame and each finding of
   * `result` came from, so a frame's badge shows only its own group's findings. `mention` is each
   * mention's group, and `judging` the groups whose analysis judged the entered codes (absent when
   * none did): the panel's M99 grid marks only codes their notes support, as the checklist does.
   */
  groups?: { frame: Record<string, number>; finding: number[]; mention?: number[]; judging?: number[] };
  /** Present when part of the page was past the size budget. */
  limits?: CheckLimits;
  problem?: TabProblem;
};

/** Why a user dismissed a finding in the side panel. */
export type DismissReason = 'not-applicable' | 'already-addressed' | 'disagree';

/** One alert-budget event: a finding of `rule` shown, its suggestion copied, or dismissed with a reason. */
export type AlertEvent = { rule: RuleId; kind: 'shown' | 'accepted' } | { rule: RuleId; kind: 'dismissed'; reason: DismissReason };

/**
 * storage.session `dismissed/<page url>` (storage-keys.ts): the findings dismissed on that page,
 * keyed `${rule}|${code}`, so a finding stays dismissed while the note is edited or reloaded.
 */
export type DismissalMap = Record<string, { reason: DismissReason; at: number }>;

/** What the side panel shows about one code (BackgroundApi 'codes/explain'). */
export type CodeDetails =
  | { code: string; known: true; info: CodeExplanation }
  /** Not in the release: `message` says so in plain words (`messageId` / `params`: its catalogue template). */
  | { code: string; known: false; message: string; messageId?: string; params?: Record<string, string>; suggestions: string[] };

export type BackgroundApi = {
  /** A frame reports what it sees; the reply is that frame's verdict. */
  'page/snapshot': (snapshot: PageSnapshot) => FrameVerdict;
  /**
   * Open the side panel (Chrome) or sidebar (Firefox) for the sender's window. The window is always
   * the sender tab's own; a `windowId` in the payload is ignored (kept for older content scripts).
   */
  'panel/open': (payload: { windowId?: number }) => boolean;
  /**
   * A frame's document is going away (pagehide: navigation, reload, iframe removal): its fields
   * leave the tab state at once, so nothing of that document is checked against later codes.
   */
  'page/leave': (payload: { docId: string }) => boolean;
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
  /**
   * From a badge or the side panel: count one alert-budget event (a finding shown, its suggestion
   * copied, a dismissal). The worker is the budget's only writer (handlers/count-alert.ts).
   */
  'alert/count': (payload: AlertEvent) => boolean;
  /** From the options page: clear the alert budget's counts, in turn with the counts sent before. */
  'alert/reset': (payload: Record<string, never>) => boolean;
  /** The badge dismissed (or brought back) a finding on the sender's page; shared with the panel. */
  'findings/dismiss': (payload: { rule: string; code: string; dismissed: boolean }) => boolean;
  /** The side panel sets (or clears, with null) a tab's date of service, used when the page shows none. */
  'visit/set-date': (payload: { tabId: number; date: string | null }) => boolean;
  /**
   * From the side panel: each code explained (official data, and the M99 reference for billable
   * M99 codes) in `release` (the tab's; the newest carried one when absent). The worker already
   * holds that release's catalog for the tab's checks, so no page parses the 12 MB file again. An
   * unknown or malformed code is an entry with `known: false`; a release that cannot be loaded is
   * an error reply.
   */
  'codes/explain': (payload: { codes: string[]; release?: string }) => Record<string, CodeDetails>;
};

export type ContentApi = {
  /** Findings changed because another frame of the tab changed (e.g. the note). */
  'findings/update': (verdict: FrameVerdict) => void;
  /** Show an evidence span in the page (highlight or select it). */
  'evidence/show': (span: Span) => boolean;
  /**
   * Send the frame's fields again even if unchanged: the worker restarted and lost the texts it
   * keeps only in memory, and another frame's code must be checked against this frame's note.
   */
  'page/resend': (payload: Record<string, never>) => boolean;
  /**
   * To the tab's frames but the top one: the top page moved to an address with another dismissal
   * record (pushState or replaceState to another path or query; a hash change keeps the record)
   * without a new document, so a frame's own address did not change. Its badge's clicks the worker
   * has not settled belonged to the old record, and it sends its fields again: the reply is a
   * verdict computed after the move, whatever verdicts from before it are still on their way.
   */
  'page/moved': (payload: Record<string, never>) => boolean;
};

/**
 * The inline badge's open findings, drawn in an extension-origin frame (src/ui/hint) so their text
 * is never in the page's document (issue 15: Chromium's window.find() searches closed shadow roots
 * too). The content script hands the frame one end of a MessageChannel; these are the only messages
 * on that port. Texts are worded in the frame, from the core's message ids and the language here.
 */
export type HintView = {
  lang: Language;
  /** The page's colour scheme: an iframe's own media query may follow its embedding element instead. */
  scheme: 'light' | 'dark';
  /** One card per badge of the frame (kept hidden, as the badge's panel was); `open` is the one on show. */
  panels: HintPanel[];
  open?: string;
  release?: ReleaseStamp;
  limits?: CheckLimits;
  problem?: TabProblem;
};

/** A badge's findings: `field` is the badge's field id in the page's frame. */
export type HintPanel = {
  field: string;
  codes: string[];
  /** The findings on show, each with its dismissal key (`rule|code`). */
  findings: (Finding & { key: string })[];
  /** Findings of these codes dismissed on this page ("Show N dismissed"). */
  dismissedCount: number;
  /**
   * Keys of this card's findings whose last dismiss or "Show N dismissed" the worker refused (the
   * finding left the tab meanwhile, the page changed, storage failed): the click was undone, and the
   * card says so rather than change under the user's eyes without a word.
   */
  refused?: string[];
  /** Each code's verdict, with its English words (core verdictWords: the frame does not load the core). */
  verdicts: (CodeVerdict & { words: string })[];
};

/** Content script → hint frame. `focus`: the user moved into the findings by keyboard. */
export type HintToFrame = { type: 'view'; view: HintView } | { type: 'focus' };

/**
 * Hint frame → content script, sent only from trusted (user) events in the frame. `size`: the
 * frame's content height; `close`: × or Esc (focus goes back to the badge); `dismiss` / `restore`
 * / `accepted` (a suggested code was copied): the badge updates its count and the alert budget
 * (a dismissal counts once the worker answers that it stored it);
 * `tab-out`: Tab from the last action, on to what follows the field; `tab-back`: Shift+Tab from the
 * first, back to the badge; `blur`: focus left the frame.
 */
export type HintFromFrame =
  | { type: 'size'; field: string; height: number }
  | { type: 'close' }
  | { type: 'dismiss'; field: string; key: string; hadFocus: boolean }
  | { type: 'restore'; field: string }
  | { type: 'accepted'; field: string; key: string }
  | { type: 'tab-out' }
  | { type: 'tab-back' }
  | { type: 'blur' };

export type Envelope<Api> = {
  [K in keyof Api]: { chartlint: 1; type: K; payload: Api[K] extends (payload: infer P) => unknown ? P : never };
}[keyof Api];

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export type PayloadOf<Api, K extends keyof Api> = Api[K] extends (payload: infer P) => unknown ? P : never;
export type ReplyOf<Api, K extends keyof Api> = Api[K] extends (...args: never[]) => infer R ? R : never;
