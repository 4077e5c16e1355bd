import { describe, expect, it } from 'vitest';
import { ShownFindings } from './shown-findings';

describe('ShownFindings', () => {
  it('names a finding once per appearance, not once per render', () => {
    const shown = new ShownFindings();
    expect(shown.update(['region-mismatch|M99.60'])).toEqual(['region-mismatch|M99.60']);
    expect(shown.update(['region-mismatch|M99.60'])).toEqual([]);
    expect(shown.update(['region-mismatch|M99.60', 'classified-elsewhere|M99.60'])).toEqual(['classified-elsewhere|M99.60']);
    // Gone (fixed or dismissed), then back: a new appearance.
    expect(shown.update(['classified-elsewhere|M99.60'])).toEqual([]);
    expect(shown.update(['region-mismatch|M99.60', 'classified-elsewhere|M99.60'])).toEqual(['region-mismatch|M99.60']);
  });

  it('counts a finding two badges show as one appearance', () => {
    const shown = new ShownFindings();
    expect(shown.update(['a|M99.60', 'a|M99.60'])).toEqual(['a|M99.60']);
  });
});
