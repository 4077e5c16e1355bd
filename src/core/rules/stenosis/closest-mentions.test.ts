import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseM99Code } from '../../m99/m99-axes';
import { documentsCode } from '../../mentions/documents-code';
import type { Mechanism, Mention, Region, Site } from '../../types';
import { codeSiteOf } from './documented-codes';
import { describeMention, differingBits, sameValue, type Axis } from './closest-mentions';
import { mentionItems } from '../../text/message-params';

const SITES: Site[] = ['foramen', 'canal', 'lateral-recess', 'unspecified'];
const REGIONS: Region[] = ['head', 'cervical', 'thoracic', 'lumbar', 'sacral'];
const MECHANISMS: Mechanism[] = ['osseous', 'subluxation', 'connective-tissue', 'disc'];
// Every M99 stenosis code, with a header (no region) and the implausible regions among them.
const CODES = ['M99.2', 'M99.3', 'M99.4', 'M99.5', 'M99.6', 'M99.7'].flatMap((sub) => [sub, ...Array.from({ length: 10 }, (_, d) => `${sub}${d}`)]);

const mention = (site: Site, regions: Region[], mechanisms: Mechanism[]) =>
  ({ site, regions, mechanisms, status: 'affirmed', kind: 'stenosis', levels: [], span: { fieldId: 'n', start: 0, end: 1, text: 's' } }) as unknown as Mention;

describe('differingBits', () => {
  it('says a mention documents the code (documentsCode) exactly when it is at the code\'s site and differs on no axis', () => {
    // closestTo reads documentsCode this way to compare each mention once; a change to either would show here.
    fc.assert(
      fc.property(
        fc.constantFrom(...CODES),
        fc.constantFrom(...SITES),
        fc.subarray(REGIONS),
        fc.subarray(MECHANISMS),
        (code, site, regions, mechanisms) => {
          const axes = parseM99Code(code);
          if (!axes) throw new Error(`${code} is no M99 stenosis code`);
          const m = mention(site, regions, mechanisms);
          expect(codeSiteOf(m) === axes.site && differingBits(axes, m) === 0).toBe(documentsCode(axes, [m]));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('counts a mention that states no region or mechanism as agreeing on them', () => {
    const axes = parseM99Code('M99.61');
    expect(axes && differingBits(axes, mention('foramen', [], []))).toBe(0);
    expect(axes && differingBits(axes, mention('canal', ['lumbar'], ['disc']))).toBe(7);
  });
});

describe('sameValue', () => {
  it('answers as comparing the two mentions\' values spelled as strings (code site; regions or mechanisms joined by "/")', () => {
    const spelled = (axis: Axis, m: Mention) => (axis === 'site' ? (codeSiteOf(m) ?? '') : axis === 'region' ? m.regions.join('/') : m.mechanisms.join('/'));
    const drawn = fc.tuple(fc.constantFrom(...SITES), fc.shuffledSubarray(REGIONS, { maxLength: 3 }), fc.shuffledSubarray(MECHANISMS, { maxLength: 3 }));
    fc.assert(
      fc.property(fc.constantFrom<Axis>('site', 'region', 'mechanism'), drawn, drawn, fc.boolean(), (axis, [s1, r1, m1], [s2, r2, m2], shared) => {
        const a = mention(s1, r1, m1);
        // Mentions of one statement share their lists.
        const b = shared ? mention(s2, r1, m1) : mention(s2, r2, m2);
        expect(sameValue(axis, a, b)).toBe(spelled(axis, a) === spelled(axis, b));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('describeMention and mentionItems over runs of mentions', () => {
  it('say of each mention what they say of its copy with lists of its own, whatever was described before', () => {
    // Mentions share their lists; a copy has new lists of the same values, which nothing described before.
    const levels = [[], [{ raw: 'L4-5', normalized: 'L4-L5' }], [{ raw: 'C5-6', normalized: 'C5-C6' }, { raw: 'C6-7', normalized: 'C6-C7' }]];
    const regions: Region[][] = [[], ['cervical'], ['lumbar'], ['cervical', 'thoracic']];
    const mechanisms: Mechanism[][] = [[], ['disc'], ['osseous'], ['osseous', 'disc']];
    const one = fc.record({ site: fc.constantFrom(...SITES), levels: fc.constantFrom(...levels), regions: fc.constantFrom(...regions), mechanisms: fc.constantFrom(...mechanisms) });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 12 }), fc.array(one, { minLength: 6, maxLength: 6 }), (order, made) => {
        const shared = made.map((m) => ({ ...mention(m.site, m.regions, m.mechanisms), levels: m.levels }));
        const run = order.map((i) => shared[i] as Mention);
        const copy = (m: Mention) => ({ ...m, levels: m.levels.map((l) => ({ ...l })), regions: [...m.regions], mechanisms: [...m.mechanisms] });
        expect(run.map(describeMention)).toEqual(run.map((m) => describeMention(copy(m))));
        for (let max = 1; max <= 3; max++) expect(mentionItems(run, max)).toEqual(mentionItems(run.map(copy), max));
      }),
      { numRuns: 500 },
    );
  });
});
