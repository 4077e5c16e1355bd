import type { Mention } from '../types';

/** A contact word: the disc or spur touches the sac or the cord, which alone is no narrowing's grade (rules/stenosis/contact-only.ts reads it too). */
export const CONTACT = /\b(?:effac|indent|flatten|abut|impress|deform|contact|touch)/i;
/** A narrowing word: what a report denies when the contact stops short of stenosis. */
export const NARROWING = /\b(?:stenos[ie]s|stenotic|narrow)/i;

/**
 * "A small disc bulge mildly effaces the ventral thecal sac without significant canal narrowing":
 * the report denies the canal's narrowing in the same sentence that names the contact, so the
 * contact is no stenosis there. `mentions` from `first` on are one sentence's; an affirmed canal
 * statement made only of contact words takes the status of the sentence's denied canal narrowing.
 */
export function contactWithoutStenosis(mentions: Mention[], first: number): void {
  let denied: Mention | undefined;
  for (let i = first; i < mentions.length && denied === undefined; i++) {
    const m = mentions[i] as Mention;
    if (m.status === 'negated' && m.site === 'canal' && m.trigger !== null && NARROWING.test(m.span.text))
      denied = m;
  }
  if (denied === undefined) return;
  for (let i = first; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (
      m.status !== 'affirmed' ||
      m.site !== 'canal' ||
      NARROWING.test(m.span.text) ||
      !CONTACT.test(m.span.text)
    )
      continue;
    m.status = 'negated';
    m.trigger = denied.trigger;
  }
}
