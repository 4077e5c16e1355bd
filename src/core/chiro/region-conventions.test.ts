import { describe, expect, it } from 'vitest';
import data from './region-conventions.json' with { type: 'json' };
import { conventionOf, CONVENTION_SOURCES, validateConventions } from './region-conventions';

describe('region conventions', () => {
  it('keeps the occiput head for the diagnosis and cervical for the manipulation count', () => {
    expect(conventionOf('occiput')).toMatchObject({ m99: 'head', cmt: 'cervical' });
    expect(conventionOf('costovertebral')).toMatchObject({ m99: 'rib cage', cmt: 'thoracic' });
    expect(conventionOf('head')).toMatchObject({ m99: 'head', cmt: 'head' });
  });

  it('gives every source a URL and a verified date', () => {
    for (const s of Object.values(CONVENTION_SOURCES)) expect(s.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names the bad entry when the data is wrong', () => {
    const bad = structuredClone(data);
    (bad.segments[0] as { cmt: string }).cmt = 'neck';
    expect(() => validateConventions(bad)).toThrow(/segment "occiput" has a cmt region outside its scheme/);
  });
});
