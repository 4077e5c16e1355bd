import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { judgedCodesOf } from './judged-codes';

const codes = (fields: Parameters<typeof analyze>[0]['fields']) =>
  judgedCodesOf(analyze({ fields })).map((c) => `${c.code}:${c.fieldKind}`);

describe('judgedCodesOf', () => {
  it('gives the diagnosis codes, not the ones the note names beside them', () => {
    expect(
      codes([
        { id: 'dx', kind: 'diagnosis', text: 'M99.03' },
        { id: 'n', kind: 'note', text: 'Assessment: M99.03. Prior visit dx M99.01, resolved.' },
      ]),
    ).toEqual(['M99.03:diagnosis']);
  });

  it('with no diagnosis field, gives the note codes that got a verdict, not those named as past', () => {
    expect(
      codes([
        {
          id: 'n',
          kind: 'note',
          text: 'Assessment: M99.03 lumbar L4. Prior visit dx M99.01 cervical, resolved.',
        },
      ]),
    ).toEqual(['M99.03:note']);
  });

  it('gives every code of a result stored without verdicts', () => {
    const result = analyze({
      fields: [{ id: 'n', kind: 'note', text: 'Assessment: M99.03. Prior visit dx M99.01, resolved.' }],
    });
    expect(judgedCodesOf({ codes: result.codes }).map((c) => c.code)).toEqual(['M99.03', 'M99.01']);
  });
});
