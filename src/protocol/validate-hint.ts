/**
 * Shape checks for the messages on the hint frame's port (messages.ts: HintToFrame, HintFromFrame).
 * Their own module, without the core: the frame (src/ui/hint) loads only what it draws with.
 */
import { isLanguage } from '../platform/languages';
import type { HintFromFrame, HintToFrame } from './messages';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;

/** A message on the hint frame's port, from the frame (the content script checks before acting). */
export function isHintFromFrame(v: unknown): v is HintFromFrame {
  if (!isObject(v)) return false;
  switch (v.type) {
    case 'size':
      return isString(v.field, 200) && typeof v.height === 'number' && Number.isFinite(v.height) && v.height >= 0;
    case 'dismiss':
      return isString(v.field, 200) && isString(v.key, 300) && typeof v.hadFocus === 'boolean';
    case 'accepted':
      return isString(v.field, 200) && isString(v.key, 300);
    case 'restore':
      return isString(v.field, 200);
    case 'close':
    case 'tab-out':
    case 'tab-back':
    case 'blur':
      return true;
    default:
      return false;
  }
}

/** A message on the hint frame's port, from the content script. */
export function isHintToFrame(v: unknown): v is HintToFrame {
  if (!isObject(v)) return false;
  if (v.type === 'focus') return true;
  const view = v.view;
  return (
    v.type === 'view' &&
    isObject(view) &&
    isLanguage(view.lang) &&
    (view.scheme === 'light' || view.scheme === 'dark') &&
    (view.open === undefined || isString(view.open, 200)) &&
    Array.isArray(view.panels) &&
    view.panels.every(
      (p) =>
        isObject(p) &&
        isString(p.field, 200) &&
        Array.isArray(p.codes) &&
        Array.isArray(p.findings) &&
        Array.isArray(p.verdicts) &&
        Number.isInteger(p.dismissedCount) &&
        (p.refused === undefined || (Array.isArray(p.refused) && p.refused.every((k) => isString(k, 300)))),
    )
  );
}
