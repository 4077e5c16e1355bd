/**
 * Lookup error classes found at stop 53, each as a table of phrasings (several sites, regions,
 * word orders and spellings), on both carried releases. Every expected code is the Index's:
 * FY2017 Index XML (data/icd10cm/fy2017) with the FY2018-FY2026 index addenda, titles from the
 * FY2026 and FY2027 order files.
 */
import { describe, expect, it } from 'vitest';
import { builtSearchIndex } from '../../../test/support/official-search-indexes';
import type { SearchIndex } from './build-search-index';
import { parseQuery } from './parse-query';
import { searchCodes } from './search-codes';
import { prepareShorthand } from './shorthand';

const first = (index: SearchIndex, q: string) =>
  searchCodes(index, q, { limit: 5 }).hits[0]?.entry.code ?? '';

/** Cyst > bursa, bursal NEC, by site (the Index's target of Cyst > synovial - see also Cyst, bursa). */
const BURSAL_CYST_SITES: readonly [string, string][] = [
  ['shoulder', 'M71.31'],
  ['elbow', 'M71.32'],
  ['wrist', 'M71.33'],
  ['hand', 'M71.34'],
  ['hip', 'M71.35'],
  ['ankle', 'M71.37'],
  ['foot', 'M71.37'],
];
const SITE_PHRASINGS = [
  'synovial cyst SITE',
  'SITE synovial cyst',
  'synovial cyst of the SITE',
  'synovial cyst, SITE',
];

/** Dysfunction > somatic (Complex > subluxation) by region: occipitocervical M99.x0, cervical M99.x1… */
const CHIRO_REGIONS: readonly [string, string][] = [
  ['occiput', '0'],
  ['atlas', '1'],
  ['C1', '1'],
  ['C2', '1'],
  ['cervical', '1'],
  ['T4', '2'],
  ['lumbar', '3'],
  ['L5', '3'],
  ['sacral', '4'],
];
const CHIRO_WORDS = ['misalignment', 'fixation', 'restriction', 'malposition', 'hypomobility', 'subluxation'];

describe.each(['FY2026', 'FY2027'])('lookup error classes of stop 53 (%s)', (release) => {
  const index = builtSearchIndex(release, 'with-index-terms');

  it("reads a synovial cyst at a limb site as that site's bursal cyst, not the knee's Baker cyst", () => {
    for (const [site, code] of BURSAL_CYST_SITES)
      for (const p of SITE_PHRASINGS)
        expect(first(index, p.replace('SITE', site)).startsWith(code), `${p} ${site}`).toBe(true);
    // Cyst, bursa > popliteal space - see Cyst, Baker's (M71.2-): the knee keeps its own code.
    for (const q of ['synovial cyst knee', 'popliteal synovial cyst', 'knee synovial cyst'])
      expect(first(index, q).startsWith('M71.2'), q).toBe(true);
    // A side typed is the side's code.
    expect(first(index, 'right wrist synovial cyst')).toBe('M71.331');
  });

  it('reads a spinal synovial cyst as the bursal cyst of a specified site NEC (M71.38)', () => {
    for (const q of [
      'synovial cyst spine',
      'synovial cyst lumbar',
      'synovial cyst L4-5',
      'synovial cyst facet',
      'cervical synovial cyst',
      'facet cyst',
    ])
      expect(first(index, q), q).toBe('M71.38');
  });

  it('reads an annular tear or fissure as the annulus fibrosus defect of its region, and says where that comes from', () => {
    const cases: [string, RegExp][] = [
      ['annular tear L4-5', /^M51\.A[012]$/],
      ['annular fissure lumbar', /^M51\.A[012]$/],
      ['L3-4 annular fissure', /^M51\.A[012]$/],
      ['annular tear L5-S1', /^M51\.A[345]$/],
      ['lumbosacral annular fissure', /^M51\.A[345]$/],
      ['large annular tear L4-L5', /^M51\.A2$/],
      ['small annular fissure L5-S1', /^M51\.A4$/],
    ];
    for (const [q, code] of cases) {
      expect(first(index, q), q).toMatch(code);
      // Never an injury: the Index's Tear > annular fibrosis is no traumatic tear.
      expect(
        searchCodes(index, q, { limit: 5 }).hits.some((h) => h.entry.code.startsWith('S')),
        q,
      ).toBe(false);
    }
    const means = searchCodes(index, 'annular tear cervical').query.expanded[0]?.means ?? '';
    expect(means).toMatch(/no code for other regions/);
  });

  it('reads chiropractic words for a segment at a region as its segmental dysfunction or subluxation complex', () => {
    for (const [site, region] of CHIRO_REGIONS)
      for (const word of CHIRO_WORDS)
        for (const q of [`${site} ${word}`, `${word} ${site}`]) {
          const top = searchCodes(index, q, { limit: 3 }).hits.map((h) => h.entry.code);
          expect(top.slice(0, 2).sort(), q).toEqual([`M99.0${region}`, `M99.1${region}`]);
        }
    // Alone, the words keep their own sense (Fixation > joint - see Ankylosis): no M99 reading.
    expect(parseQuery('fixation', prepareShorthand()).slots).toEqual([['fixation']]);
  });

  it('reads a history or status of a fusion as arthrodesis status (Z98.1), whatever site is typed between', () => {
    const lead = ['history of', 'h/o', 'hx', 's/p', 'status post', 'previous', 'prior'];
    const sites = ['', 'lumbar', 'spinal', 'cervical', 'L4-5', 'C5-6', 'L5-S1', 'lumbar spinal'];
    for (const l of lead)
      for (const s of sites)
        for (const what of ['fusion', 'arthrodesis']) {
          const q = `${l} ${s} ${what}`.replace(/\s+/g, ' ');
          if (what === 'arthrodesis' && (l === 'prior' || l === 'previous')) continue;
          expect(first(index, q), q).toBe('Z98.1');
        }
  });

  it("reads a fusion's acronym in a status phrase as the fusion (Z98.1), and leaves it alone by itself", () => {
    // Blind note QA stop 53, M4: "ACDF status" gave tracheostomy status, "s/p TLIF L4-5" G54.1.
    const phrases = [
      'ACRONYM status',
      's/p ACRONYM',
      'status post ACRONYM',
      'h/o ACRONYM',
      'history of ACRONYM',
      'prior ACRONYM',
      's/p ACRONYM LEVEL',
      'status post ACRONYM LEVEL',
      'ACRONYM LEVEL status',
    ];
    for (const [acronym, level] of [
      ['ACDF', 'C5-6'],
      ['TLIF', 'L4-5'],
      ['PLIF', 'L5-S1'],
      ['ALIF', 'L5-S1'],
      ['XLIF', 'L3-4'],
      ['LLIF', 'L4-5'],
      ['OLIF', 'L4-5'],
    ] as const)
      for (const p of phrases) {
        const q = p.replace('ACRONYM', acronym).replace('LEVEL', level);
        expect(first(index, q), q).toBe('Z98.1');
      }
    // Alone, an acronym names an operation, not a diagnosis: nothing is made up for it.
    expect(first(index, 'ACDF')).toBe('');
  });

  it('reads a lone R or L after a condition as its side', () => {
    expect(first(index, 'sciatica R')).toBe('M54.31');
    expect(first(index, 'sciatica L')).toBe('M54.32');
    expect(first(index, 'DDD L/S').startsWith('M51.37')).toBe(true);
  });
});

describe('parseQuery reads the shorthand before it joins a prefix written apart', () => {
  const shorthand = prepareShorthand();
  const known = (w: string) => ['postspinal', 'postlaminectomy', 'postfusion'].some((k) => k.startsWith(w));

  it('matches "status post fusion" across a site word, and keeps the site', () => {
    const q = parseQuery('status post spinal fusion', shorthand, known);
    expect(q.expanded.map((e) => e.term)).toEqual(['status post fusion']);
    expect(q.slots.map((s) => s[0])).toEqual(['arthrodesis', 'status', 'spinal']);
    expect(parseQuery('s/p L4-5 fusion', shorthand, known).slots.map((s) => s[0])).toEqual([
      'arthrodesis',
      'status',
      'l4',
      'l5',
    ]);
  });

  it('still joins a prefix no shorthand reads', () => {
    expect(parseQuery('post laminectomy syndrome', shorthand, known).slots.map((s) => s[0])).toEqual([
      'postlaminectomy',
      'syndrome',
    ]);
  });

  it('never reads a site before the first word or after the last as part of the shorthand', () => {
    expect(parseQuery('lumbar fusion status', shorthand, known).slots.map((s) => s[0])).toEqual([
      'lumbar',
      'arthrodesis',
      'status',
    ]);
    expect(parseQuery('history of fusion lumbar', shorthand, known).slots.map((s) => s[0])).toEqual([
      'arthrodesis',
      'status',
      'lumbar',
    ]);
  });
});

describe.each(['FY2026', 'FY2027'])(
  'a header and its children stand together (stop 55, L1) (%s)',
  (release) => {
    const index = builtSearchIndex(release, 'with-index-terms');
    const codes = (q: string) => searchCodes(index, q, { limit: 10 }).hits.map((h) => h.entry.code);

    it('lists every child of the header the query names right after it, before another family', () => {
      // Index: Degeneration > intervertebral disc NOS > lumbar region M51.36- (FY2025 added its four children).
      for (const q of ['DDD lumbar', 'lumbar disc degeneration', 'degenerative disc disease lumbar']) {
        const got = codes(q);
        const header = got.indexOf('M51.36');
        if (header < 0) continue;
        expect(got.slice(header + 1, header + 5).sort(), `${q}: ${got.join(' ')}`).toEqual([
          'M51.360',
          'M51.361',
          'M51.362',
          'M51.369',
        ]);
      }
      expect(codes('DDD lumbar').slice(0, 5)).toContain('M51.361');
    });
  },
);

/**
 * A body site named by its adjective, where the Index and the titles name it by its noun (stop
 * 58): FY2017 Index Pain > coccyx M53.3, Pain > spine M54.9, Deformity > scapula M95.8, > sternum
 * M95.4, > face M95.2, > humerus M21.82-, > mandible M26.9; Fracture, stress > tibia M84.36-,
 * > humerus M84.32-, > ulna M84.33-, > metatarsus M84.37-; Fracture, pathological > ilium M84.454.
 */
const SITE_ADJECTIVES: readonly [string, RegExp][] = [
  ['coccygeal pain', /^M53\.3$/],
  ['pain coccygeal', /^M53\.3$/],
  ['coccygeal disorder', /^M53\.3$/],
  ['spinal pain', /^M54\.9$/],
  ['scapular deformity', /^M95\.8$/],
  ['sternal deformity', /^M95\.4$/],
  ['facial deformity', /^M95\.2$/],
  ['humeral deformity', /^M21\.82/],
  ['mandibular deformity', /^M26\.9$/],
  ['tibial stress fracture', /^M84\.36/],
  ['humeral stress fracture', /^M84\.32/],
  ['ulnar stress fracture', /^M84\.33/],
  ['metatarsal stress fracture', /^M84\.37/],
  ['iliac pathological fracture', /^M84\.454/],
];

describe.each(['FY2026', 'FY2027'])(
  "a site's adjective finds the Index entry that names its noun (stop 58) (%s)",
  (release) => {
    const index = builtSearchIndex(release, 'with-index-terms');

    it('ranks the code of the site named by its adjective first', () => {
      for (const [q, code] of SITE_ADJECTIVES) expect(first(index, q), q).toMatch(code);
    });

    it('reads no noun into a word that is no site adjective, a region word, or a noun already typed', () => {
      const slot = (q: string, k: number) => searchCodes(index, q).query.slots[k];
      // "media" (otitis media) is a title word, but no site of chapter 19.
      expect(slot('medial meniscus tear', 0)).toEqual(['medial']);
      // The titles' own region word: M54.6 Pain in thoracic spine, not the thorax.
      expect(slot('thoracic pain', 0)).toEqual(['thoracic']);
      // The query names the spine itself: its "spinal" is the condition's (spinal stenosis).
      expect(slot('spinal stenosis c spine', 0)).toEqual(['spinal']);
      expect(slot('scapular deformity', 0)).toEqual(['scapular', 'scapula']);
    });
  },
);

describe.each(['FY2026', 'FY2027'])(
  'a qualifier named alone lists its condition next (stop 58) (%s)',
  (release) => {
    const index = builtSearchIndex(release, 'with-index-terms');
    const top = (q: string, n: number) => searchCodes(index, q, { limit: n }).hits.map((h) => h.entry.code);

    it('lists the spinal stenosis headers after M48.062 for neurogenic claudication, before words of other senses', () => {
      // FY2018 Index addendum: Stenosis > spinal > lumbar region > with neurogenic claudication
      // M48.062; the Index has neurogenic claudication nowhere else. Before: G90.3 (neurogenic
      // orthostatic hypotension), G45.9 (Claudication > cerebral) and G98.0 at ranks 3-5.
      for (const q of [
        'neurogenic claudication',
        'claudication neurogenic',
        'neurogenic claudication L4-5',
        'claudication neurogenic lumbar',
      ])
        expect(top(q, 4), q).toEqual(['M48.062', 'M48.061', 'M48.06', 'M48.0']);
    });

    it('leaves a query that names the condition to its words', () => {
      expect(top('lumbar stenosis with neurogenic claudication', 2)).toEqual(['M48.062', 'M48.061']);
      const hits = searchCodes(index, 'spinal stenosis lumbar neurogenic claudication', { limit: 10 }).hits;
      expect(hits.every((h) => (h.matchedWords ?? 0) > 0)).toBe(true);
    });
  },
);

describe.each(['FY2026', 'FY2027'])(
  'a condition named with no type is its unspecified code (stop 58) (%s)',
  (release) => {
    const index = builtSearchIndex(release, 'with-index-terms');

    it("ranks the Index's default code first", () => {
      // FY2017 Index: Anxiety F41.9; Fibrillation > atrial I48.91; Hyperlipidemia E78.5; Anemia D64.9;
      // Flutter > atrial I48.92; Hypothyroidism E03.9; Cellulitis L03.90.
      const cases: [string, string][] = [
        ['anxiety', 'F41.9'],
        ['afib', 'I48.91'],
        ['atrial fibrillation', 'I48.91'],
        ['hyperlipidemia', 'E78.5'],
        ['anemia', 'D64.9'],
        ['atrial flutter', 'I48.92'],
        ['hypothyroidism', 'E03.9'],
        ['cellulitis', 'L03.90'],
      ];
      for (const [q, code] of cases) expect(first(index, q), q).toBe(code);
    });

    it('keeps a typed side or type first', () => {
      expect(first(index, 'knee pain right')).toBe('M25.561');
      expect(first(index, 'paroxysmal atrial fibrillation')).toBe('I48.0');
      expect(first(index, 'mixed hyperlipidemia')).toBe('E78.2');
    });
  },
);

describe.each(['FY2026', 'FY2027'])(
  'a fracture named without its kind is traumatic (stop 58) (%s)',
  (release) => {
    const index = builtSearchIndex(release, 'with-index-terms');

    it("ranks chapter 19's fracture of the bone before its stress and pathological fractures", () => {
      // Index: Fracture, traumatic > humerus S42.30-, > pelvis S32.9, > fibula S82.40-; the kinds a
      // disease makes are subterms (Fracture, pathological > humerus M84.42-; > stress M84.32-).
      for (const q of [
        'humerus fracture',
        'humeral fracture',
        'pelvis fracture',
        'pelvic fracture',
        'fibula fracture',
        'fibular fracture',
      ])
        expect(first(index, q), q).toMatch(/^S/);
      expect(first(index, 'stress fracture humerus')).toMatch(/^M84\.32/);
      expect(first(index, 'pathological fracture humerus')).toMatch(/^M84\.42/);
      expect(first(index, 'osteoporotic fracture t12')).toMatch(/^M80\.08/);
    });
  },
);

/** Lookup classes found at stop 59 (the lead's QA of queries nobody had typed). */
describe.each(['FY2026', 'FY2027'])(
  'lookup (%s): participles, header abbreviations, "disk" and the joint-pain cross-reference',
  (release) => {
    const index = builtSearchIndex(release, 'with-index-terms');
    const codes = (q: string) => searchCodes(index, q, { limit: 8 }).hits.map((h) => h.entry.code);

    it('reads a participle as its noun even where the participle is a title word of something else', () => {
      // "Fractured" is a title word of K08.53- (Fractured dental restorative material), and matched
      // only as typed it ranked the dental codes before every fracture of the humerus.
      for (const [q, code] of [
        ['fractured humerus', /^S42\./],
        ['fractured pelvis', /^S32\./],
        ['dislocated shoulder', /^S43\./],
        ['sprained ankle', /^S93\./],
      ] as const)
        expect(first(index, q), q).toMatch(code);
    });

    it("gives a header's abbreviation to the codes under it", () => {
      // F43.1 Post-traumatic stress disorder (PTSD): its codes do not repeat the abbreviation.
      expect(codes('ptsd')).toEqual(expect.arrayContaining(['F43.10', 'F43.11', 'F43.12']));
      expect(first(index, 'ptsd chronic')).toBe('F43.12');
      // N18 Chronic kidney disease (CKD) > N18.3- stage 3.
      expect(first(index, 'ckd stage 3')).toMatch(/^N18\.3/);
    });

    it('reads "disk" as the titles\' "disc"', () => {
      for (const [disk, disc] of [
        ['herniated disk l4-5', 'herniated disc l4-5'],
        ['ruptured disk', 'ruptured disc'],
        ['disk degeneration lumbar', 'disc degeneration lumbar'],
      ] as const)
        expect(codes(disk), disk).toEqual(codes(disc));
      expect(first(index, 'herniated disk l4-5')).toBe('M51.26');
    });

    it('sends a ruptured disc to disc displacement, and only a traumatic one to the injury', () => {
      // Index: Rupture > intervertebral disc - see Displacement, intervertebral disc; > traumatic -
      // see Rupture, traumatic, intervertebral disc.
      expect(first(index, 'ruptured disc')).toMatch(/^M5[01]\.2/);
      expect(first(index, 'ruptured disc lumbar')).toMatch(/^M51\.2/);
      expect(first(index, 'traumatic ruptured disc')).toMatch(/^S[123]3\.0/);
    });

    it('finds TMJ pain under arthralgia, and joint pain still under pain in joint', () => {
      // Index: Pain > temporomandibular (joint) M26.62-; Arthralgia - see also Pain, joint.
      for (const q of ['tmj pain', 'TMJ pain left', 'temporomandibular joint pain'])
        expect(first(index, q), q).toMatch(/^M26\.62/);
      expect(first(index, 'joint pain')).toMatch(/^M25\.5/);
      expect(first(index, 'knee joint pain')).toMatch(/^M25\.56/);
    });
  },
);
