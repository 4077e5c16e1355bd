import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { mechanismUnclear } from './mechanism-unclear';
import { page, runRule } from './run-rule';

describe('mechanism-unclear', () => {
  it('asks the provider, with no code offered, when the only cause named is a disc-osteophyte complex (bone and disc at once)', () => {
    // Clinical brief §5.2 and §7.3: the complex does not tell M99.6- from M99.7-. QA stop 48, H: both were "supported".
    for (const text of [
      'C6-7 foraminal narrowing from a disc-osteophyte complex.',
      'MRI: C5-6 DOC causing moderate right neural foraminal narrowing.',
    ]) {
      for (const code of ['M99.61', 'M99.71']) {
        const { findings, comparisons } = runRule(mechanismUnclear, page(code, text));
        expect(findings).toMatchObject([
          {
            rule: 'mechanism-unclear',
            severity: 'info',
            suggestions: [],
            params: { unsure_msg: 'sentence_mechanism_indeterminate' },
          },
        ]);
        expect(findings[0]?.message).toMatch(/does not tell bone from disc/);
        expect(comparisons).toMatchObject([{ outcome: 'finding' }]);
      }
    }
  });

  it("is quiet when the statement also names the code's cause in its own words", () => {
    const text =
      'C5-6 uncovertebral spurring and a disc osteophyte complex causing moderate left foraminal narrowing.';
    expect(runRule(mechanismUnclear, page('M99.61', text)).findings).toEqual([]);
    // Disc is named only by the complex: still a question for M99.71.
    expect(runRule(mechanismUnclear, page('M99.71', text)).findings).toMatchObject([
      { severity: 'info', suggestions: [] },
    ]);
  });

  it('is quiet for a plain cause, for another site or region, and for codes outside M99 stenosis', () => {
    expect(
      runRule(mechanismUnclear, page('M99.61', 'C5-6 foraminal stenosis due to osteophytes.')).findings,
    ).toEqual([]);
    expect(
      runRule(mechanismUnclear, page('M99.63', 'C6-7 foraminal narrowing from a disc-osteophyte complex.'))
        .findings,
    ).toEqual([]);
    expect(
      runRule(mechanismUnclear, page('M48.02', 'C6-7 canal narrowing from a disc-osteophyte complex.'))
        .findings,
    ).toEqual([]);
  });

  it('keeps such a code from being called supported', () => {
    const result = analyze({
      fields: [
        { id: 'dx', kind: 'diagnosis', text: 'M99.61' },
        {
          id: 'n',
          kind: 'note',
          text: 'Moderate right C5-6 foraminal narrowing secondary to a disc osteophyte complex.',
        },
      ],
    });
    expect(result.verdicts?.find((v) => v.code === 'M99.61')?.verdict).not.toBe('supported');
  });
});
