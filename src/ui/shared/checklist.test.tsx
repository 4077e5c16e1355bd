import { describe, expect, it } from 'vitest';
import { shortLead } from './checklist';
import type { SpanContext } from './evidence-quote';

const context = (before: string, cue?: SpanContext['cue']): SpanContext => ({ before, after: '.', label: 'Objective', kind: 'note', ...(cue ? { cue } : {}) });

describe('shortLead', () => {
  it('keeps only the last words before the evidence, from a word start, with an ellipsis', () => {
    const short = shortLead(context('MRI LUMBAR SPINE: L4-L5: broad-based disc protrusion with severe right '));
    expect(short.before).toBe('…with severe right ');
  });

  it('leaves a short lead as it is', () => {
    expect(shortLead(context('C5-C6: ')).before).toBe('C5-C6: ');
  });

  it('keeps a deciding cue and the words after it', () => {
    const cue = { text: 'possible', status: 'possible' };
    const short = shortLead(context('Findings reviewed at length today: possible mild left ', cue));
    expect(short.before).toBe('…possible mild left ');
    expect(short.cue).toEqual(cue);
  });
});
