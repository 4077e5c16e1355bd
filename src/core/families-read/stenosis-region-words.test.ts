import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const run = (codes: string, note: string) => analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: codes }, { id: 'note', kind: 'note', text: note }] });
const findingsOf = (codes: string, note: string, rule: string) => run(codes, note).findings.filter((f) => f.rule === rule);

describe('stenosis at a junction named in words, in the dorsopathy scheme (M48.0-)', () => {
  it('"cervicothoracic spinal stenosis" supports M48.03 and steers M48.02 to it, not the reverse', () => {
    const note = 'Assessment: cervicothoracic spinal stenosis.';
    expect(findingsOf('M48.03', note, 'region-mismatch')).toEqual([]);
    expect(run('M48.03', note).verdicts?.[0]).toMatchObject({ code: 'M48.03', verdict: 'supported' });
    const [wrong] = findingsOf('M48.02', note, 'region-mismatch');
    expect(wrong?.suggestions).toEqual(['M48.03']);
  });

  it('the other junctions too: lumbosacral is M48.07 and thoracolumbar M48.05, also as the alternative to M99', () => {
    expect(findingsOf('M48.061', 'Impression: lumbosacral spinal stenosis.', 'region-mismatch')[0]?.suggestions).toEqual(['M48.07']);
    expect(findingsOf('M99.33', 'Impression: lumbosacral spinal stenosis.', 'classified-elsewhere')[0]?.suggestions).toEqual(['M48.07']);
    expect(findingsOf('M99.61', 'The thoracolumbar canal is narrowed by a disc bulge.', 'classified-elsewhere')[0]?.suggestions).toEqual(['M48.05']);
  });

  it('leaves a mention placed by words elsewhere in the note with its own region', () => {
    // The stenosis sentence names no region; the note's one region word ("cervical") places it. A
    // junction word in a sentence about something else is not the stenosis's region.
    const note = 'MRI of the cervical spine. Moderate canal stenosis. Cervicothoracic muscle spasm was also noted.';
    const elsewhere = run('M48.02', note);
    expect(elsewhere.mentions.find((m) => m.status === 'affirmed')?.regions).toEqual(['cervical']);
    expect(elsewhere.findings.filter((f) => f.rule === 'region-mismatch' && f.suggestions.includes('M48.03'))).toEqual([]);
  });

  it('a level decides over the words: C5-C6 stays cervical in a sentence that also says cervicothoracic', () => {
    expect(findingsOf('M48.02', 'Cervicothoracic MRI: canal stenosis at C5-6.', 'region-mismatch')).toEqual([]);
  });
});
