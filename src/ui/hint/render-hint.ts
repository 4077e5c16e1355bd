/**
 * Draws the inline badge's open findings (header, release line, findings with evidence, suggested
 * codes to copy, dismiss, the verdict per code, "Show N dismissed" and "Open panel") from a
 * HintView. QA contract, as before the frame: each badge's card is `.panel[role=dialog][data-field]`
 * (hidden unless open), each finding `.finding[data-rule][data-code]`; actions carry `data-action`.
 */
import type { Finding, Severity } from '../../core/types';
import type { Language } from '../../platform/languages';
import { sayCoreText, translate } from '../../platform/message-text';
import type { HintPanel, HintView } from '../../protocol/messages';
import { limitNotices } from '../shared/limit-notices';
import { splitWhole } from '../shared/split-dates';

export type HintActions = {
  close: () => void;
  copy: (finding: Finding & { key: string }, code: string) => Promise<void>;
  dismiss: (finding: Finding & { key: string }) => void;
  restore: () => void;
  openPanel: () => void;
};

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Shape per severity on a 16×16 grid (the badge draws the same ones): circle "!", triangle "!", circle "i". */
const ICON_PATHS: Record<Severity, string> = {
  error: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.9 3.5h1.8l-.3 5H7.4zM8 10.6a1 1 0 1 1 0 2 1 1 0 0 1 0-2z',
  warning: 'M8 1.5 15.2 14H.8zm-.9 4 .3 4.4h1.2l.3-4.4zM8 10.8a.95.95 0 1 0 0 1.9.95.95 0 0 0 0-1.9z',
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.9 6h1.8v5H7.1zM8 3.6a1 1 0 1 1 0 2 1 1 0 0 1 0-2z',
};

function icon(doc: Document, severity: Severity): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  const attributes: [string, string][] = [['viewBox', '0 0 16 16'], ['width', '12'], ['height', '12'], ['class', 'sev'], ['aria-hidden', 'true'], ['fill', 'currentColor']];
  for (const [name, value] of attributes) svg.setAttribute(name, value);
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('fill-rule', 'evenodd');
  path.setAttribute('d', ICON_PATHS[severity]);
  svg.append(path);
  return svg;
}

/** Cuts long evidence to a readable snippet. */
function snippet(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function renderPanel(doc: Document, view: HintView, card: HintPanel, actions: HintActions): HTMLElement {
  const lang: Language = view.lang;
  const t = (id: string, params: Record<string, string | number> = {}) => translate(lang, id, params);
  /** A text the core made, in the badge's language; English is the core's own sentence. */
  const say = (english: string, messageId: string | undefined, params: Record<string, string> | undefined) =>
    lang === 'en' || !messageId ? english : sayCoreText(lang, messageId, params ?? {}, english);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const element = doc.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  };
  const button = (className: string, text: string, action: string | undefined, onClick: () => void) => {
    const b = el('button', className, text);
    b.type = 'button';
    if (action) b.dataset.action = action;
    // Only the user's own input: nothing outside this extension page can dispatch events into it.
    b.addEventListener('click', (event) => {
      if (event.isTrusted) onClick();
    });
    return b;
  };

  /** `text` with each ISO date (span.date) and range of codes or levels (span.range) kept from wrapping (see split-dates.ts). */
  const withDates = (text: string) => splitWhole(text).map((p) => (p.kind ? el('span', p.kind, p.text) : doc.createTextNode(p.text)));
  const textLine = (className: string, text: string) => {
    const p = el('p', className);
    p.append(...withDates(text));
    return p;
  };

  const codes = card.codes.join(', ');
  const panel = el('div', 'panel');
  panel.dataset.field = card.field;
  panel.hidden = view.open !== card.field;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t('badgePanelLabel', { codes }));
  // Plain divs: a <header> here would be a second banner landmark for assistive tech.
  const header = el('div', 'head');
  const close = button('close', '×', undefined, actions.close);
  close.setAttribute('aria-label', t('close'));
  header.append(el('h2', undefined, `ChartLint · ${codes}`), close);
  const body: HTMLElement[] = [header];
  // What went unchecked on the page, said as the side panel says it (limit-notices.ts).
  for (const notice of limitNotices(view.limits, t)) body.push(el('p', 'release release-warning', notice));
  if (view.problem === 'storage-full') body.push(el('p', 'release release-warning', t('badgeStorageFull')));
  // The release the codes were checked against; plainly when it is expired, pinned or not in force.
  const r = view.release;
  // A release in force may still carry a note (how a date that reads two ways was read): after the release's name.
  const checked = t('badgeReleaseChecked', { version: r?.version ?? '' });
  const said = r?.message ? say(r.message, r.messageId, r.params) : undefined;
  if (r) body.push(textLine(r.status === 'in-force' ? 'release' : 'release release-warning', r.status === 'in-force' ? [checked, said].filter(Boolean).join(' ') : (said ?? checked)));

  const squash = (text: string) => text.toUpperCase().replace(/[\s.]/g, '');
  const own = card.codes.map(squash);
  const refused = new Set(card.refused);
  const list = el('ul');
  for (const finding of card.findings) {
    const item = el('li', 'finding');
    item.dataset.rule = finding.rule;
    item.dataset.code = finding.code;
    item.dataset.severity = finding.severity;
    const text = say(finding.message, finding.messageId, finding.params);
    const message = el('p', 'message');
    message.append(icon(doc, finding.severity), el('span', 'sr-only', t('severityPrefix', { severity: t(`severity_${finding.severity}`) })), ...withDates(text));
    item.append(message);
    // The evidence from the note, never the code itself: the user sees it in the field, and a quote
    // of only the code they typed says nothing (QA stop 54, L7). No note evidence, no quote.
    const onlyCodes = (text: string) => own.reduce((rest, c) => rest.split(c).join(''), squash(text)).replace(/[,;/|]/g, '') === '';
    const evidence =
      finding.evidence.find((e) => !own.some((c) => squash(e.text).includes(c))) ?? finding.evidence.find((e) => !onlyCodes(e.text));
    // Quoted as the badge's language quotes (“…” in English, «…» in Spanish); the words are the note's own.
    if (evidence) item.append(el('blockquote', 'evidence', t('quoted', { text: snippet(evidence.text) })));
    const row = el('div', 'row');
    const suggestions = finding.suggestions.slice(0, 3);
    if (suggestions.length > 0) row.append(el('span', undefined, t('suggested')));
    for (const code of suggestions) {
      const copy = button('small', t('copy'), 'copy', () => {
        actions.copy(finding, code).then(
          () => (copy.textContent = t('copied')),
          () => (copy.textContent = t('copyFailed')),
        );
      });
      copy.setAttribute('aria-label', t('copyCodeShort', { code }));
      const pair = el('span', 'suggestion');
      pair.append(el('code', undefined, code), copy);
      row.append(pair);
    }
    const dismiss = button('small dismiss', t('dismiss'), 'dismiss', () => actions.dismiss(finding));
    dismiss.setAttribute('aria-label', t('dismissNotApplicableLabel', { title: text }));
    row.append(dismiss);
    item.append(row);
    if (refused.delete(finding.key))
      item.append(el('p', 'release release-warning refused', t('badgeDismissRefused')));
    list.append(item);
  }
  if (card.findings.length > 0) body.push(list);
  else if (card.verdicts.length === 0) body.push(el('p', 'empty', t('badgeNoFindings', { codes })));
  // Say per code what was checked: never a silent "no findings" for a code nothing compared.
  for (const v of card.verdicts.filter((x) => x.verdict !== 'finding')) {
    const line = textLine('empty verdict', say(v.words, v.messageId, v.params));
    line.dataset.verdict = v.verdict;
    body.push(line);
  }

  // What is left were restores: those findings stay dismissed (counted in "Show N dismissed").
  if (refused.size > 0)
    body.push(el('p', 'release release-warning refused', t('badgeRestoreRefused', { count: refused.size })));
  const footer = el('div', 'foot');
  footer.append(card.dismissedCount > 0 ? button('small', t('badgeShowDismissed', { count: card.dismissedCount }), undefined, actions.restore) : el('span'));
  footer.append(button('small', t('badgeOpenPanel'), 'open-panel', actions.openPanel));
  body.push(footer);
  panel.append(...body);
  return panel;
}
