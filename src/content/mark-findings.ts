import type { Finding, FoundCode } from '../core';
import type { FrameVerdict } from '../protocol/messages';
import type { FieldCandidate } from './find-fields';
import type { OverlayHost } from './overlay-host';

const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;

function worstSeverity(findings: Finding[]): Finding['severity'] | undefined {
  return SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s));
}

function describe(codes: FoundCode[], findings: Finding[]): string {
  const list = [...new Set(codes.map((c) => c.code))].join(', ');
  if (findings.length === 0) return `ChartLint: ${codes.length === 1 ? 'code' : 'codes'} ${list}, no findings`;
  return `ChartLint: ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} for ${list}`;
}

/**
 * Draws one marker per diagnosis field that holds codes, at the field's right end.
 * Positions are recomputed by `reposition` on scroll and resize.
 */
export function markFindings(
  overlay: OverlayHost,
  verdict: FrameVerdict,
  fields: Map<string, FieldCandidate>,
): void {
  const byField = new Map<string, FoundCode[]>();
  for (const code of verdict.codes) {
    byField.set(code.span.fieldId, [...(byField.get(code.span.fieldId) ?? []), code]);
  }
  for (const marker of overlay.root.querySelectorAll<HTMLElement>('.marker')) {
    if (!byField.has(marker.dataset.field ?? '')) marker.remove();
  }
  for (const [fieldId, codes] of byField) {
    const field = fields.get(fieldId);
    if (!field) continue;
    const wanted = new Set(codes.map((c) => c.code));
    const findings = verdict.findings.filter((f) => wanted.has(f.code));
    let marker = overlay.root.querySelector<HTMLElement>(`.marker[data-field="${CSS.escape(fieldId)}"]`);
    if (!marker) {
      marker = overlay.host.ownerDocument.createElement('span');
      marker.className = 'marker';
      marker.dataset.field = fieldId;
      marker.setAttribute('role', 'status');
      overlay.root.append(marker);
    }
    const label = describe(codes, findings);
    marker.setAttribute('aria-label', label);
    marker.dataset.code = [...wanted].join(' ');
    const severity = worstSeverity(findings);
    if (severity) marker.dataset.severity = severity;
    else delete marker.dataset.severity;
    marker.replaceChildren();
    const dot = overlay.host.ownerDocument.createElement('span');
    dot.className = 'dot';
    dot.setAttribute('aria-hidden', 'true');
    const text = overlay.host.ownerDocument.createElement('span');
    text.textContent = findings.length > 0 ? `${findings.length} ⚑ ${[...wanted].join(', ')}` : [...wanted].join(', ');
    marker.append(dot, text);
    for (const finding of findings) {
      const item = overlay.host.ownerDocument.createElement('span');
      item.className = 'sr-only';
      item.dataset.rule = finding.rule;
      item.dataset.code = finding.code;
      item.textContent = finding.message;
      marker.append(item);
    }
  }
  reposition(overlay, fields);
}

export function reposition(overlay: OverlayHost, fields: Map<string, FieldCandidate>): void {
  for (const marker of overlay.root.querySelectorAll<HTMLElement>('.marker')) {
    const field = fields.get(marker.dataset.field ?? '');
    if (!field?.element.isConnected) {
      marker.hidden = true;
      continue;
    }
    const rect = field.element.getBoundingClientRect();
    marker.hidden = rect.width === 0 && rect.height === 0;
    // Inside the field's right end, where password managers put their icons: it never covers a
    // neighbouring button and stays attached to the field it describes.
    marker.style.left = `${Math.round(rect.right - marker.offsetWidth - 6)}px`;
    marker.style.top = `${Math.round(rect.top + Math.max(0, (rect.height - 20) / 2))}px`;
  }
}
