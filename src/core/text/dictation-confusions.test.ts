import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import data from './dictation-confusions.json' with { type: 'json' };
import { heardPhrases } from './dictation-confusions';

const run = (codes: string, note: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: codes },
      { id: 'note', kind: 'note', text: note },
    ],
  });

describe('the table of phrases speech recognition hears for spine terms', () => {
  it('holds only phrases of two words or more, each at least as long as its term, with a reason and a source', () => {
    for (const c of data.confusions) {
      expect(c.heard.split(' ').length, c.heard).toBeGreaterThanOrEqual(2);
      expect(c.heard.length, c.heard).toBeGreaterThanOrEqual(c.meant.length);
      expect(c.heard, c.heard).toBe(c.heard.toLowerCase());
      expect(c.why.length, c.heard).toBeGreaterThan(20);
      expect(c.source, c.heard).not.toBe('');
    }
  });

  it('finds a phrase only as whole words', () => {
    expect(heardPhrases('Left neural for animals.')).toBeUndefined();
    expect(heardPhrases('A radical apathy-free plan.')?.map((h) => h.meant)).toEqual(['radiculopathy']);
    expect(heardPhrases('Referred for a minimal fee. Radical change in apathy.')).toBeUndefined();
  });
});

describe('class 3: a dictated sound-alike is read as the spine term, quoted as written (QA stop 54)', () => {
  const note =
    'Assessment: Lumbar radical apathy on the right with L4-5 disc herniation. Severe left neuro for a minimal stenosis at L5-S1 and animal foraminal narrowing at L3-4. Right neural for animal narrowing at L4-5.';

  it('reads the radiculopathy and the foraminal stenoses, quoting the note', () => {
    // Before: "the note documents a disc disorder" with no radiculopathy, and the stenoses of no site.
    const result = run('M51.26', note);
    const f = result.findings.find((x) => x.rule === 'qualifier-mismatch');
    expect(f).toMatchObject({ severity: 'warning', suggestions: ['M51.16'] });
    expect(f?.message).toBe('M51.26 says without radiculopathy, but the note documents "radical apathy".');
    expect(f?.evidence.map((e) => e.text)).toEqual(['M51.26', 'radical apathy']);
    expect(result.mentions.map((m) => [m.site, m.levels.map((l) => l.normalized), m.span.text])).toEqual([
      ['foramen', ['L5-S1'], 'neuro for a minimal stenosis'],
      ['foramen', ['L3-L4'], 'animal foraminal narrowing'],
      ['foramen', ['L4-L5'], 'neural for animal narrowing'],
    ]);
    // Every span quotes the note's own characters.
    for (const m of result.mentions) expect(note.slice(m.span.start, m.span.end)).toBe(m.span.text);
  });
});
