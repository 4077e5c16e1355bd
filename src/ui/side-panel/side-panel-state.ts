import { batch, computed, effect, signal } from '@preact/signals';
import { documentedCodes, findingKey, judgedCodesOf, parseDate, parseM99Code, SEVERITIES, sortFindings, type Finding, type Span } from '../../core';
import type { DismissalMap, DismissReason, TabState } from '../../protocol/messages';
import { dismissalsKey } from '../../protocol/storage-keys';
import type { CodeDetails } from './code-details';
import type { SidePanelPort } from './side-panel-port';
import { quoteContext } from './quote-context';
import { t, tn } from '../shared/i18n/i18n';
import { limitNotices } from '../shared/limit-notices';
import { applySettings } from '../../protocol/apply-settings';
import { storedTextAround } from '../../protocol/excerpts';
import type { Settings } from '../../protocol/settings';

/** Wait for typing to pause this long before announcing findings to a screen reader. */
export const ANNOUNCE_QUIET_MS = 1500;


/** A code the panel describes in its own tab: entered on the page, or suggested by a finding. */
export type FocusCode = {
  code: string;
  entered: boolean;
  suggested: boolean;
  /** Opened from the popup's lookup ("Open in side panel"), not found on the page. */
  lookedUp?: boolean;
  where?: 'diagnosis' | 'note' | 'procedure';
};

/** The catalogue message for each reason the core refuses a typed date. */
const REFUSED_DATE = { invalid: 'visitDateInvalid', ambiguous: 'visitDateAmbiguous', 'not-a-date': 'visitDateUnreadable' } as const;

/** The order cards are read in: one order on every surface (core/finding-order.ts). */
export { sortFindings };

function summarise(findings: Finding[]): string {
  if (findings.length === 0) return t('announceNone');
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const words = SEVERITIES.filter((s) => count(s) > 0).map((s) => tn(`severityCount_${s}`, count(s)));
  const codes = [...new Set(findings.map((f) => f.code))].join(', ');
  return t('announceSummary', { parts: words.join(', '), codes });
}

/**
 * The side panel's state: which tab it follows, that tab's analysis (live from storage.session),
 * the page's dismissals and the knowledge-base details of the codes it shows. `pinnedTabId` (from
 * ?tabId=) fixes the tab, which is how the panel page is tested and previewed in a normal tab.
 */
export function createSidePanelState(port: SidePanelPort, pinnedTabId?: number) {
  const tabId = signal<number | undefined>(pinnedTabId);
  const tab = signal<TabState | undefined>(undefined);
  const status = signal<'loading' | 'ready'>('loading');
  const dismissals = signal<DismissalMap>({});
  const details = signal<Record<string, CodeDetails>>({});
  const detailsError = signal<string | undefined>(undefined);
  const selectedCode = signal<string | undefined>(undefined);
  /** The code the popup sent with "Open in side panel". */
  const lookedUpCode = signal<string | undefined>(undefined);
  /** The polite live region's text; changes only when the findings change and typing has paused. */
  const announcement = signal('');
  /** Short feedback for the last action ("Copied M99.61"), shown next to the findings. */
  const notice = signal('');

  /** Rule choices, applied here where findings are read (the stored analysis is raw). */
  const ruleSettings = signal<Pick<Settings, 'rules'> | undefined>(undefined);

  const pageUrl = computed(() => tab.value?.url);
  const result = computed(() => {
    const raw = tab.value?.result;
    return raw && ruleSettings.value ? applySettings(raw, ruleSettings.value) : raw;
  });
  /**
   * What keeps the panel from showing the whole page's analysis, in words for the user: a note
   * past the size budget, or storage that is full. Undefined when nothing does.
   */
  const limitNotice = computed(() => {
    const state = tab.value;
    if (!state) return undefined;
    if (state.problem === 'storage-full') {
      return t('panelStorageFull');
    }
    const parts = limitNotices(state.limits, t);
    if (state.problem === 'stored-trimmed') parts.push(t('panelStoredTrimmed'));
    return parts.length > 0 ? parts.join(' ') : undefined;
  });
  const codes = computed(() => result.value?.codes ?? []);
  /**
   * Codes the rules judged: those in diagnosis fields, or, when the page has no diagnosis field, the
   * note's that have a verdict (a code the note names as past or denied is named, not judged: core
   * rules/note-codes-judged.ts).
   */
  const enteredCodes = computed(() => {
    const read = result.value;
    return read ? [...new Set(judgedCodesOf(read).map((c) => c.code))] : [];
  });

  // Each analysis arrives as fresh JSON from storage. Findings that did not change keep their old
  // object, so the finding cards (which compare by identity) skip re-rendering while the user types.
  let kept = new Map<string, Finding>();
  const findings = computed(() => {
    const next = new Map<string, Finding>();
    const list = (result.value?.findings ?? []).map((f) => {
      const key = JSON.stringify(f);
      const same = kept.get(key) ?? f;
      next.set(key, same);
      return same;
    });
    kept = next;
    return sortFindings(list, enteredCodes.value);
  });
  const visibleFindings = computed(() => findings.value.filter((f) => !dismissals.value[findingKey(f)]));
  const dismissedFindings = computed(() => findings.value.filter((f) => dismissals.value[findingKey(f)]));
  const checklist = computed(() => result.value?.checklist ?? []);
  /** One verdict per judged code (core: supported / finding / not-checked). */
  const verdicts = computed(() => result.value?.verdicts ?? []);

  /**
   * M99 stenosis codes the note itself documents (site, level and mechanism all stated): only in the
   * notes of the frames that judged the entered codes, when some did (a note in an unpaired frame of
   * another site supports nothing entered here; see mergeGroups in stored-state.ts).
   */
  const supportedCodes = computed(() => {
    const mentions = result.value?.mentions ?? [];
    const groups = tab.value?.groups;
    const judging = groups?.judging;
    const own = judging && groups.mention ? mentions.filter((_, i) => judging.includes(groups.mention?.[i] ?? -1)) : mentions;
    return [...documentedCodes(own).keys()];
  });

  const focusCodes = computed<FocusCode[]>(() => {
    const entered = enteredCodes.value;
    const suggested = findings.value
      .filter((f) => f.rule !== 'classified-elsewhere')
      .flatMap((f) => f.suggestions)
      .filter((c) => c.startsWith('M99'));
    const kinds = new Map(codes.value.map((c) => [c.code, c.fieldKind]));
    const list: FocusCode[] = entered.map((code) => {
      const where = kinds.get(code);
      return { code, entered: true, suggested: suggested.includes(code), ...(where && where !== 'date' && where !== 'coverage' ? { where } : {}) };
    });
    for (const code of new Set(suggested)) {
      if (!entered.includes(code)) list.push({ code, entered: false, suggested: true });
    }
    const looked = lookedUpCode.value;
    if (looked) {
      const known = list.find((c) => c.code === looked);
      if (known) known.lookedUp = true;
      else list.push({ code: looked, entered: false, suggested: false, lookedUp: true });
    }
    return list;
  });

  /** "Classifiable elsewhere" alternatives per entered code (from the classified-elsewhere finding). */
  const alternatives = computed(() => {
    const map: Record<string, string[]> = {};
    for (const f of findings.value) if (f.rule === 'classified-elsewhere') map[f.code] = f.suggestions;
    return map;
  });

  const currentCode = computed(() => {
    const list = focusCodes.value;
    return list.find((c) => c.code === selectedCode.value) ?? list[0];
  });

  /** The tab whose stored state is being read (the latest switch's), and the live update that came meanwhile, if any. */
  let following: { id: number | undefined; arrived?: { state: TabState | undefined } } | undefined;
  async function follow(id: number | undefined) {
    const mine: NonNullable<typeof following> = { id };
    following = mine;
    const read = id === undefined ? undefined : await port.getTabState(id);
    // A newer tab switch may have started meanwhile: only the latest one counts.
    if (following !== mine) return;
    following = undefined;
    // The read and the storage change event travel apart: an update that came while the stored
    // state was read is newer than what the read returned (which would undo it until the next edit).
    const state = mine.arrived ? mine.arrived.state : read;
    batch(() => {
      tabId.value = id;
      tab.value = state;
      status.value = 'ready';
    });
  }

  /** Codes asked for already (loaded or on the way): each code is described once per panel and release. */
  const requested = new Set<string>();
  /**
   * The release `details` were read in. A new date of service can move the tab to another release
   * (FY2026 → FY2027), whose title, billable flag and notes may differ: the details are read again.
   */
  let detailsRelease: string | undefined;

  async function loadDetails(wanted: string[], release: string | undefined) {
    if (release !== detailsRelease) {
      detailsRelease = release;
      requested.clear();
      details.value = {};
    }
    // peek(): this runs inside an effect, which must not re-run because details changed.
    const missing = wanted.filter((c) => !(c in details.peek()) && !requested.has(c));
    if (missing.length === 0) return;
    missing.forEach((c) => requested.add(c));
    try {
      const found = await port.describeCodes(missing, release);
      // An answer for a release the tab has left since is dropped (its codes are asked for again).
      if (release !== detailsRelease) return;
      details.value = { ...details.peek(), ...found };
      detailsError.value = undefined;
    } catch (error) {
      if (release !== detailsRelease) return;
      missing.forEach((c) => requested.delete(c));
      detailsError.value = t('catalogNotLoaded', { error: error instanceof Error ? error.message : String(error) });
    }
  }

  async function loadDismissals(url: string | undefined) {
    dismissals.value = url ? await port.getDismissals(url) : {};
  }

  async function dismiss(finding: Finding, reason: DismissReason) {
    const url = pageUrl.value;
    if (!url) return;
    const next = { ...dismissals.value, [findingKey(finding)]: { reason, at: Date.now() } };
    dismissals.value = next;
    await port.saveDismissals(url, next);
  }

  async function restore(finding: Finding) {
    const url = pageUrl.value;
    if (!url) return;
    const key = findingKey(finding);
    const next = Object.fromEntries(Object.entries(dismissals.value).filter(([k]) => k !== key));
    dismissals.value = next;
    await port.saveDismissals(url, next);
  }

  async function copy(code: string) {
    try {
      await port.copyText(code);
      notice.value = t('copiedToClipboard', { code });
    } catch (error) {
      notice.value = error instanceof Error ? error.message : t('copyingFailed');
    }
  }

  async function showEvidence(span: Span) {
    const id = tabId.value;
    if (id === undefined) return;
    const shown = await port.showEvidence(id, span).catch(() => false);
    notice.value = shown ? '' : t('textGone');
  }

  /** The text around a tab-wide span, and the field's label, from the stored snapshot. */
  function context(span: Span): { before: string; after: string; label: string | undefined; kind: string | undefined; cue?: { text: string; status: string } } {
    const at = span.fieldId.indexOf(':');
    const frame = tab.value?.frames[span.fieldId.slice(0, at)];
    const field = frame?.fields.find((f) => f.id === span.fieldId.slice(at + 1));
    // The state keeps excerpts around spans, not whole texts (src/protocol/excerpts.ts).
    const piece = field ? storedTextAround(field, span.start, span.end) : undefined;
    const text = piece?.text ?? '';
    const start = span.start - (piece?.offset ?? 0);
    const end = span.end - (piece?.offset ?? 0);
    if (text.slice(start, end) !== span.text) return { before: '', after: '', label: field?.label, kind: field?.kind };
    // The negation or hedge that decided the mention ("No", "possible"), so a quote keeps its "No".
    const mention = result.value?.mentions.find((m) => m.span.fieldId === span.fieldId && m.span.start <= span.start && m.span.end >= span.end && m.trigger);
    const cue = mention?.trigger ? { text: mention.trigger.text, status: mention.status } : undefined;
    return { ...quoteContext(text, start, end), label: field?.label, kind: field?.kind, ...(cue ? { cue } : {}) };
  }

  function start(): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastSummary: string | undefined;
    const stops = [
      port.onTabStateChanged((id, state) => {
        if (following && id === following.id) following.arrived = { state };
        if (id !== tabId.value) return;
        // A User Timing mark (visible in DevTools; scripts/bench-side-panel.ts reads it) splits the
        // update delay into storage delivery and the panel's own rendering.
        performance.mark('chartlint:tab-state');
        tab.value = state;
      }),
      ...(port.onRuleSettings ? [port.onRuleSettings((settings) => (ruleSettings.value = settings))] : []),
      port.onLookedUpCode((code) => {
        // A code opened from the popup gets its own tab and is shown at once.
        batch(() => {
          lookedUpCode.value = code;
          if (code) selectedCode.value = code;
        });
      }),
      port.onDismissalsChanged((key, map) => {
        if (pageUrl.value && key === dismissalsKey(pageUrl.value)) dismissals.value = map;
      }),
      effect(() => void loadDismissals(pageUrl.value)),
      effect(() => {
        const wanted = [...focusCodes.value.map((c) => c.code), ...Object.values(alternatives.value).flat()];
        const release = tab.value?.result.release?.version;
        if (wanted.length > 0) void loadDetails(wanted, release);
      }),
      // Announce the findings once typing pauses, and never the same summary twice in a row.
      effect(() => {
        const summary = status.value === 'ready' ? summarise(visibleFindings.value) : undefined;
        clearTimeout(timer);
        if (summary === undefined) return;
        // Same counts can hide different findings (one note replaced by another): compare which.
        const heard = `${summary} ${visibleFindings.value.map(findingKey).join(' ')}`;
        if (lastSummary === undefined) {
          lastSummary = heard; // the first render is read with the page; no announcement
          return;
        }
        timer = setTimeout(() => {
          if (heard === lastSummary) return;
          lastSummary = heard;
          announcement.value = summary;
        }, ANNOUNCE_QUIET_MS);
      }),
      () => clearTimeout(timer),
    ];
    if (pinnedTabId === undefined) {
      stops.push(port.onActiveTabChanged((id) => void follow(id)));
      void port.activeTabId().then(follow);
    } else {
      void follow(pinnedTabId);
    }
    return () => stops.forEach((stop) => stop());
  }

  /** The date of service the user typed (used when the page shows none); a plain message when it is refused. */
  async function setVisitDate(date: string | null): Promise<string | undefined> {
    const id = tab.value?.tabId;
    if (id === undefined || !port.setVisitDate) return t('visitDateNeedsPage');
    // Judged here too (the worker judges it again): the core's reason, said in the panel's language.
    const parsed = date === null ? undefined : parseDate(date);
    if (parsed && !parsed.ok) return t(REFUSED_DATE[parsed.reason], { date: date ?? '' });
    try {
      await port.setVisitDate(id, date);
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  return {
    tabId,
    tab,
    setVisitDate,
    status,
    codes,
    findings,
    verdicts,
    visibleFindings,
    dismissedFindings,
    dismissals,
    checklist,
    enteredCodes,
    supportedCodes,
    focusCodes,
    alternatives,
    currentCode,
    selectedCode,
    details,
    detailsError,
    announcement,
    notice,
    limitNotice,
    start,
    dismiss,
    restore,
    copy,
    showEvidence,
    context,
    isM99Stenosis: (code: string) => parseM99Code(code) !== undefined,
  };
}

export type SidePanelState = ReturnType<typeof createSidePanelState>;
