import { judgedCodesOf, parseM99Code, regionOfLevel, type AnalyzeResult, type ChecklistItem, type Finding, type FoundCode, type Mention, type Span } from '../../core';
import { formatChiro } from './chiro-input';
import { settingLine } from './setting-input';

const where = (s: Span) => `${s.fieldId} ${s.start}-${s.end}`;
const quote = (s: Span) => `"${s.text.replace(/\s+/g, ' ')}" (${where(s)})`;

/** The junction regions of the M40-M54 dorsopathy scheme, each a region of its own there. */
const JUNCTIONS: ReadonlySet<string> = new Set(['occipito-atlanto-axial', 'cervicothoracic', 'thoracolumbar', 'lumbosacral']);

/**
 * A mention's regions: M99's (the index sends a junction to one region: T12-L1 is thoracic), and
 * beside them the junction a level is in the M40-M54 dorsopathy codes (T12-L1 thoracolumbar,
 * M48.05, M51.35), so a row never shows a junction level as only the region M99 gives it
 * (QA stop 54, class 4).
 */
export function mentionRegions(m: Pick<Mention, 'levels' | 'regions'>): string {
  const m99 = m.regions.join('/') || '-';
  const junctions = [...new Set(m.levels.map((l) => regionOfLevel('dorsopathy', l.normalized)?.region.id).filter((id): id is string => id !== undefined && JUNCTIONS.has(id)))];
  return junctions.length > 0 ? `${m99} (M40-M54: ${junctions.join('/')})` : m99;
}

function describeMention(m: Mention): string {
  const parts = [
    m.site,
    m.levels.map((l) => l.normalized).join(',') || '-',
    mentionRegions(m),
    m.mechanisms.join('+') || '-',
    m.severity ?? '-',
    m.laterality ?? '-',
  ];
  const trigger = m.trigger ? ` by "${m.trigger.text}"` : '';
  return `  ${m.status.padEnd(11)} ${parts.join('  ')}  ${quote(m.span)}${trigger}`;
}

/** Each code once, in page order, with the guess its first writing needed; none of `skip`. */
function distinct(codes: readonly FoundCode[], skip: ReadonlySet<string> = new Set()): string[] {
  const seen = new Set(skip);
  const out: string[] = [];
  for (const c of codes) {
    if (seen.has(c.code)) continue;
    seen.add(c.code);
    out.push(`${c.code}${c.note ? ` (${c.note})` : ''}`);
  }
  return out;
}

/**
 * The codes line: the entered codes (diagnosis fields), which the rules judge, then the other codes
 * the note's text names, each once. `result.codes` holds every code written on the page, in the
 * note too ("Prior visit dx M99.01 cervical, resolved."): the line listed them all as if entered,
 * repeats included (QA stop 43, #16). With no code entered the rules judge the note's codes.
 */
function codesLine(result: AnalyzeResult): string {
  const codes = result.codes;
  const entered = codes.filter((c) => c.fieldKind === 'diagnosis');
  if (entered.length === 0) {
    // A code the note names as past or denied is not judged (core rules/note-codes-judged.ts).
    const current = judgedCodesOf(result);
    const named = distinct(current);
    const others = distinct(codes, new Set(current.map((c) => c.code)));
    const rest = others.length > 0 ? `; the note also names ${others.join(', ')} (as past or denied: not judged)` : '';
    return `codes: ${named.length > 0 ? `${named.join(', ')} (none entered: those the note names are judged)` : 'none'}${rest}`;
  }
  const others = distinct(
    codes.filter((c) => c.fieldKind !== 'diagnosis'),
    new Set(entered.map((c) => c.code)),
  );
  const rest = others.length > 0 ? `; the note also names ${others.join(', ')}` : '';
  return `codes: ${distinct(entered).join(', ')}${rest && `${rest} (not entered, not judged)`}`;
}

/**
 * The finding's code and what to use instead: `M51.04 → M51.24`. A finding about a code to add
 * (suggested-code, treated-region-uncoded: its code is the suggestion itself, not an entered code)
 * reads as one addition, `add M99.12`, not as the code replaced by itself (QA stop 44, J3).
 */
export function codeAndSuggestions(f: Pick<Finding, 'code' | 'suggestions' | 'additions'>): string {
  if (f.suggestions.length === 0) return f.code;
  if (f.suggestions.includes(f.code)) return `add ${f.suggestions.join(' or ')}`;
  // A code to add beside this one is never shown as its replacement (Finding.additions).
  const add = f.additions ?? [];
  const to = f.suggestions.filter((s) => !add.includes(s));
  return `${to.length > 0 ? `${f.code} → ${to.join(', ')}` : f.code}${add.length > 0 ? `; add ${add.join(', ')}` : ''}`;
}

/** The analyze result as plain text for a terminal: codes, findings first-class, then mentions and checklist. */
export function formatResult(result: AnalyzeResult): string {
  const lines: string[] = [];
  lines.push(codesLine(result));
  const r = result.release;
  if (r) lines.push(`release: ICD-10-CM ${r.version} (effective ${r.effectiveFrom} to ${r.effectiveTo}), date of service ${r.dateOfService ?? '?'} (${r.dateSource ?? '?'})${r.message ? `\n  ${r.message}` : ''}`);
  lines.push(settingLine(result.setting));
  // A cumulative note read up to the date of service's entry says what it left out, never silently.
  const unread = result.laterEntriesUnread;
  if (unread)
    lines.push(`note: read up to the entry of ${unread.dateOfService}; ${unread.entries} later ${unread.entries === 1 ? 'entry was' : 'entries were'} not read (${unread.fieldIds.join(', ')})`);
  // One verdict per entered code: supported / finding / not checked, with why.
  if (result.verdicts) {
    lines.push('', 'verdicts:');
    for (const v of result.verdicts) lines.push(`  ${v.verdict.padEnd(11)} ${v.code}  ${v.reason}`);
  }
  lines.push('', `findings (${result.findings.length}):`);
  for (const f of result.findings) {
    lines.push(`  ${f.severity.padEnd(7)} ${f.rule}  ${codeAndSuggestions(f)}`);
    lines.push(`          ${f.message}`);
    if (f.evidence.length > 0) lines.push(`          evidence: ${f.evidence.map(quote).join('; ')}`);
    if (f.sources[0]) lines.push(`          source: ${f.sources.map((s) => s.title).join('; ')}`);
  }
  lines.push('', `mentions (${result.mentions.length}): status, site, levels, regions, mechanisms, severity, side`);
  for (const m of result.mentions) lines.push(describeMention(m));
  lines.push(...formatChiro(result));
  // The stenosis checklist (site, level, mechanism, imaging, neuro) is what an M99 stenosis code
  // needs (build-checklist.ts): the side panel shows it on such a code's tab only, and printed for a
  // disc or facet code it read as a list of gaps. A chiropractic visit's checklist is printed as is.
  // An empty checklist: no note text was read (analyze.ts), so no item is missing from it.
  const stenosisList = result.checklist.some((c) => c.id === 'site');
  const checklist = result.checklist.length === 0
    ? 'not checked (no note text was read)'
    : !stenosisList || judgedCodesOf(result).some((c) => parseM99Code(c.code) !== undefined)
      ? result.checklist.map((c) => `${c.id} ${checklistState(c)}`).join(', ')
      : 'none (it is for the M99 stenosis codes, M99.2- to M99.7-)';
  lines.push('', `checklist: ${checklist}`, '');
  return lines.join('\n');
}

/**
 * A checklist item's state as the text line prints it. The X-ray item met by P/A/R/T says the
 * X-ray is not needed (BPM 15 §240.1.2: one or the other shows the subluxation): "xray yes" read as
 * an X-ray found, and one missing beside a met P/A/R/T as an X-ray required. Not met, it is one
 * of the two ways.
 */
function checklistState(c: ChecklistItem): string {
  if (c.met) return c.shownBy === 'part' ? 'not needed (P/A/R/T shows the subluxation)' : 'yes';
  if (c.unread) return 'not checked (part of the note is in Spanish, not read for it)';
  return c.id === 'xray' ? 'MISSING (or P/A/R/T)' : 'MISSING';
}
