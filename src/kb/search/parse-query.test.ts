import { describe, expect, it } from 'vitest';
import { parseQuery, readCodeQuery } from './parse-query';
import { prepareShorthand } from './shorthand';

describe('readCodeQuery', () => {
  it.each([
    ['M99.60', 'M99.60'],
    ['m9960', 'M99.60'],
    ['m99 6', 'M99.6'],
    ['M996', 'M99.6'],
    ['M99.6', 'M99.6'],
    [' m99.73 ', 'M99.73'],
    ['m99', 'M99'],
    ['m9', 'M9'],
    ['s13.4xxa', 'S13.4XXA'],
    ['M99.6O', 'M99.60'],
    ['o9a.1', 'O9A.1'],
    ['m99-03', 'M99.03'],
    ['M47-816', 'M47.816'],
    ['M48.0-', 'M48.0'],
    // A decimal comma, as much of the world writes the point.
    ['M99,03', 'M99.03'],
    ['m48,062', 'M48.062'],
    ['m54.5 -', 'M54.5'],
    // Marks no code holds, typed around or inside one.
    ['M99.6Q!', 'M99.6Q'],
    ['(M54.5)', 'M54.5'],
    ['m48.062?', 'M48.062'],
    // Spaces inside a code: digits and a placeholder run still read as the code.
    ['m48 062', 'M48.062'],
    ['S13.4 XXA', 'S13.4XXA'],
  ])('reads "%s" as %s', (text, code) => {
    expect(readCodeQuery(text)).toBe(code);
  });

  it.each(['foram sten head', 'stenosis', '99', 'm', 'type 2', 'M99.6000000', 'lo', 'co', 'loo', 'L4-5', 'c5-6', 'm-99', 'c5/6', 'l4/5', 'L5 radic', 'c6 radiculopathy', 'm54 pain'])('does not read "%s" as a code', (text) => {
    expect(readCodeQuery(text)).toBeUndefined();
  });
});

describe('parseQuery', () => {
  const shorthand = prepareShorthand();

  it('keeps title words in the order typed, one slot each', () => {
    expect(parseQuery('foram sten head').slots).toEqual([['foram'], ['sten'], ['head']]);
  });

  it('reads a lone "w" as the titles\' "with", and "w/o" still as "without"', () => {
    expect(parseQuery('lss w nc', shorthand).slots).toContainEqual(['with']);
    expect(parseQuery('hnp w/o myelopathy').slots).toEqual([['hnp'], ['without'], ['myelopathy']]);
  });

  it('expands clinical shorthand into the ICD-10-CM wording and says so', () => {
    const q = parseQuery('DDD lumbar', shorthand);
    expect(q.slots).toEqual([['disc'], ['degeneration'], ['lumbar']]);
    expect(q.expanded.map((e) => e.means)).toEqual(['degenerative disc disease']);
  });

  it('prefers a whole shorthand phrase over its words', () => {
    expect(parseQuery('neck pain', shorthand).slots).toEqual([['cervicalgia']]);
  });

  it('does not expand shorthand inside longer words', () => {
    expect(parseQuery('oat', shorthand).slots).toEqual([['oat']]);
  });

  it('reads spine levels as their region too, and borrows the letter for "c5-6"', () => {
    expect(parseQuery('c5-6 radiculopathy').slots).toEqual([['c5', 'cervical'], ['c6', 'cervical'], ['radiculopathy']]);
    // The lower level of a junction reads as the junction only (Index: lumbosacral M99.63, not sacral M99.64).
    expect(parseQuery('hnp l5-s1', shorthand).slots).toEqual([['disc'], ['displacement'], ['l5', 'lumbar', 'lumbosacral'], ['s1', 'lumbosacral']]);
    expect(parseQuery('c7-t1').slots).toEqual([
      ['c7', 'cervical', 'cervicothoracic'],
      ['t1', 'cervicothoracic'],
    ]);
    expect(parseQuery('t12-l1').slots).toEqual([
      ['t12', 'thoracic', 'thoracolumbar'],
      ['l1', 'thoracolumbar'],
    ]);
    // Not a junction: each level keeps its region.
    expect(parseQuery('s1 l5').slots).toEqual([
      ['s1', 'sacral'],
      ['l5', 'lumbar'],
    ]);
  });

  it('marks the words shorthand read in as whole words, not the words typed outside it', () => {
    expect(parseQuery('bulging disc thoracic', shorthand).whole).toEqual(['disc', 'displacement']);
    // "disc" typed outside the shorthand may be unfinished there: only the read-in word is whole.
    expect(parseQuery('hnp disc', shorthand).whole).toEqual(['displacement']);
    expect(parseQuery('disc thoracic', shorthand).whole).toBeUndefined();
  });

  it("reads an injury query's level also as the vertebra chapter 19 names by its place, as a whole word", () => {
    const q = parseQuery('c2 fracture', shorthand);
    expect(q.slots).toEqual([['c2', 'cervical', 'neck'], ['second', 'c2'], ['fracture']]);
    expect(q.whole).toEqual(['second']);
    expect(parseQuery('l5 fracture').slots[1]).toEqual(['fifth', 'l5']);
    expect(parseQuery('t3 fracture').slots[1]).toEqual(['third', 't3']);
    // T5-T12 are named as levels ("Fracture of T5-T6 vertebra"), and a query that is no injury reads none.
    expect(parseQuery('t7 fracture').slots.flat()).not.toContain('seventh');
    expect(parseQuery('c2 stenosis').slots).toEqual([['c2', 'cervical'], ['stenosis']]);
  });

  it('reads a site named alone as the pain of that site when the shorthand knows it, and still as the site', () => {
    expect(parseQuery('tailbone', shorthand).slots).toEqual([
      ['sacrococcygeal'],
      ['disorders'],
      ['tailbone', 'coccyx', 'sacrococcygeal'],
    ]);
    expect(parseQuery('neck', shorthand).slots).toEqual([['cervicalgia'], ['neck', 'cervical']]);
    // With a condition, or without such a pain, the words stay as typed.
    expect(parseQuery('tailbone fracture', shorthand).slots.map((s) => s[0])).toEqual([
      'tailbone',
      'fracture',
    ]);
    expect(parseQuery('sacrum', shorthand).slots).toEqual([['sacrum', 'sacral']]);
  });

  it('drops repeated words', () => {
    expect(parseQuery('stenosis stenosis').slots).toEqual([['stenosis']]);
  });

  it('gives an empty query for blank or stop-word-only input', () => {
    expect(parseQuery('   ').slots).toEqual([]);
    expect(parseQuery('of the').slots).toEqual([]);
    expect(parseQuery('').code).toBeUndefined();
  });

  it('reads body words as their ICD-10-CM region, keeping the words typed', () => {
    expect(parseQuery('neck radiculopathy').slots).toEqual([['neck', 'cervical'], ['radiculopathy']]);
    expect(parseQuery('low back stenosis').slots).toEqual([['low', 'lumbar', 'lumbosacral'], ['back', 'lumbar', 'lumbosacral'], ['stenosis']]);
  });

  it('expands lay names the official index lacks and says so', () => {
    const q = parseQuery('slipped disc neck', shorthand);
    expect(q.slots).toEqual([['disc'], ['displacement'], ['neck', 'cervical']]);
    expect(q.expanded.map((e) => e.term)).toEqual(['slipped disc']);
  });

  it('notes the qualifiers a query negates, and searches "no"/"w/o" as the titles\' "without"', () => {
    expect(parseQuery('stenosis without neurogenic claudication').without).toEqual(['neurogenic', 'claudication']);
    const q = parseQuery('stenosis no claudication with myelopathy');
    expect(q.without).toEqual(['claudication']);
    expect(q.slots.map((s) => s[0])).toEqual(['stenosis', 'without', 'claudication', 'with', 'myelopathy']);
    expect(parseQuery('stenosis w/o claudication').slots.map((s) => s[0])).toEqual(['stenosis', 'without', 'claudication']);
  });

  it('ends a negation at a lone "w" as at "with"', () => {
    expect(parseQuery('stenosis no claudication w radiculopathy').without).toEqual(['claudication']);
  });

  it('reads two levels typed as one word as the levels with a hyphen', () => {
    expect(parseQuery('hnp l5s1').slots.slice(-2)).toEqual(parseQuery('hnp l5-s1').slots.slice(-2));
    expect(parseQuery('c5c6 stenosis').slots.slice(0, 2)).toEqual([
      ['c5', 'cervical'],
      ['c6', 'cervical'],
    ]);
    // Not a level pair: stays one word.
    expect(parseQuery('m5416').slots).toEqual([['m5416']]);
  });

  it('lets an injury query\'s region words also find chapter 19\'s names for them, and only an injury query\'s', () => {
    expect(parseQuery('cervical strain').slots[0]).toEqual(['cervical', 'neck']);
    expect(parseQuery('lumbar sprain').slots[0]).toEqual(['lumbar', 'lower']);
    expect(parseQuery('c5 fracture').slots[0]).toEqual(['c5', 'cervical', 'neck']);
    expect(parseQuery('cervical radiculopathy').slots[0]).toEqual(['cervical']);
  });

  it('notes whether the query names an encounter', () => {
    expect(parseQuery('neck sprain')).toMatchObject({ injury: true, encounter: false });
    expect(parseQuery('neck sprain subsequent')).toMatchObject({ encounter: true });
  });

  it('notes whether the query speaks of injury or sequela', () => {
    expect(parseQuery('lumbar disc displacement')).toMatchObject({ injury: false, sequela: false });
    expect(parseQuery('lumbar sprain')).toMatchObject({ injury: true, sequela: false });
    expect(parseQuery('cervical sprain sequela')).toMatchObject({ injury: true, sequela: true });
  });
  it('reads arthritis and subluxation as the spine codes\' words only in a query about the spine', () => {
    expect(parseQuery('neck arthritis').slots).toEqual([['neck', 'cervical'], ['arthritis', 'spondylosis']]);
    expect(parseQuery('arthritis c5-6').slots[0]).toEqual(['arthritis', 'spondylosis']);
    expect(parseQuery('subluxation sacrum').slots).toEqual([['subluxation', 'segmental'], ['sacrum', 'sacral']]);
    expect(parseQuery('subluxation sacrum').spine).toBe(true);
    expect(parseQuery('knee arthritis').slots).toEqual([['knee'], ['arthritis']]);
    expect(parseQuery('subluxation of lens').slots).toEqual([['subluxation'], ['lens']]);
    expect(parseQuery('subluxation of lens').spine).toBeUndefined();
    expect(parseQuery('segmental dysfunction pelvis').slots[2]).toEqual(['pelvis', 'pelvic']);
  });

  it('reads a nerve-root word with a disc word as the disc disorder with radiculopathy, typos and cause words included', () => {
    expect(parseQuery('sciatica from herniated disc L5-S1', shorthand).slots).toEqual([
      ['radiculopathy', 'sciatica'],
      ['with'],
      ['disc'],
      ['displacement'],
      ['l5', 'lumbar', 'lumbosacral'],
      ['s1', 'lumbosacral'],
    ]);
    expect(parseQuery('sciatia due to disc l4-5').slots.slice(0, 2)).toEqual([['radiculopathy', 'sciatia'], ['with']]);
    expect(parseQuery('herniated disc l5-s1 sciatica', shorthand).slots.map((s) => s[0])).toEqual(['disc', 'displacement', 'l5', 's1', 'with', 'radiculopathy']);
    // Without a disc word the words stay as typed: sciatica alone is M54.3-, and "from" is a title word ("Fall from …").
    expect(parseQuery('sciatica from lifting').slots).toEqual([['sciatica'], ['from'], ['lifting']]);
    expect(parseQuery('fall from ladder').slots).toEqual([['fall'], ['from'], ['ladder']]);
  });

  it('reads one cervical nerve root with radiculopathy and a disc as the disc above it, as the Index does', () => {
    // Radiculopathy > due to > disc disorder > C3, C4 M50.11; C5 M50.121; C6 M50.122; C7 M50.123; C8 M50.13.
    const c7 = parseQuery('C7 radiculopathy disc').slots;
    expect(c7).toEqual([['c6'], ['c7'], ['with'], ['radiculopathy'], ['disc']]);
    expect(parseQuery('c5 radiculopathy disc').slots.slice(0, 2)).toEqual([['c4'], ['c5']]);
    expect(parseQuery('c3 radiculopathy disc').slots.slice(0, 2)).toEqual([['high', 'c3'], ['cervical']]);
    expect(parseQuery('c8 radiculopathy disc').slots[0]).toEqual(['cervicothoracic', 'c8']);
    // A pair of levels names the disc itself; without a disc word the root stays a level.
    const pair = parseQuery('c6-7 radiculopathy disc').slots.slice(0, 2);
    expect(pair).toEqual([
      ['c6', 'cervical'],
      ['c7', 'cervical'],
    ]);
    expect(parseQuery('c7 radiculopathy').slots[0]).toEqual(['c7', 'cervical']);
    expect(parseQuery('l5 radiculopathy disc').slots[0]).toEqual(['l5', 'lumbar']);
  });

  it('notes which pain a query names, for the disc-degeneration codes split by it', () => {
    const pain = (q: string) => parseQuery(q, shorthand).pain;
    expect(pain('DDD low back with leg pain')).toBe('both');
    expect(pain('lumbosacral ddd with back and leg pain')).toBe('both');
    expect(pain('lumbar disc degeneration with leg pain')).toBe('leg');
    expect(pain('ddd l5-s1 leg pain only')).toBe('leg');
    expect(pain('ddd low back leg pain only')).toBe('leg');
    expect(pain('ddd lumbar back pain only')).toBe('back');
    expect(pain('lumbar ddd discogenic pain')).toBe('back');
    expect(pain('lumbar ddd without pain')).toBe('none');
    expect(pain('ddd lumbar')).toBeUndefined();
    expect(pain('leg swelling')).toBeUndefined();
    // Only a disc query: plain back pain is M54.-.
    expect(pain('back pain')).toBeUndefined();
    expect(pain('low back pain with sciatica')).toBeUndefined();
  });
});

describe('parseQuery joins a prefix written apart or hyphenated when the joined word exists', () => {
  const known = (w: string) => ['postlaminectomy', 'nonunion', 'nontraumatic', 'postconcussional'].some((k) => k.startsWith(w));
  const words = (q: string) => parseQuery(q, [], known).slots.map((s) => s[0]);

  it('reads "post laminectomy", "post-laminectomy" and "postlaminectomy" alike', () => {
    for (const q of ['post laminectomy syndrome', 'post-laminectomy syndrome', 'postlaminectomy syndrome']) expect(words(q)).toEqual(['postlaminectomy', 'syndrome']);
    // A word the joined form starts ("postconcussion" -> postconcussional) is enough.
    expect(words('post concussion syndrome')).toEqual(['postconcussion', 'syndrome']);
  });

  it('reads "non-union" as nonunion, not as "without union"; "non" before other words still negates', () => {
    expect(words('non-union fracture')).toEqual(['nonunion', 'fracture']);
    expect(parseQuery('non-union fracture', [], known).without).toEqual([]);
    expect(words('non traumatic')).toEqual(['nontraumatic']);
    expect(parseQuery('stenosis non claudication', [], known).without).toEqual(['claudication']);
  });

  it('joins nothing without an index to ask, or for a word that is not a prefix', () => {
    expect(parseQuery('post laminectomy', []).slots.map((s) => s[0])).toEqual(['post', 'laminectomy']);
    expect(words('union laminectomy')).toEqual(['union', 'laminectomy']);
  });
});

describe('parseQuery reads a fracture a disease made as no injury', () => {
  it('osteoporotic, pathological, insufficiency, stress: not an injury, and a spine region also matches vertebra(e)', () => {
    const q = parseQuery('osteoporotic fracture t12');
    expect(q.injury).toBe(false);
    expect(q.pathologicalFracture).toBe(true);
    expect(q.slots.at(-1)).toEqual(['t12', 'thoracic', 'vertebra', 'vertebrae']);
    for (const text of ['pathological fracture l2', 'insufficiency fracture sacrum', 'stress fracture foot']) expect(parseQuery(text).injury).toBe(false);
  });

  it('a traumatic word still makes an injury, and a plain fracture or region stays as it was', () => {
    expect(parseQuery('traumatic osteoporotic fracture t12').injury).toBe(true);
    expect(parseQuery('compression fracture t12').injury).toBe(true);
    expect(parseQuery('lumbar stenosis').slots[0]).toEqual(['lumbar']);
  });
});
