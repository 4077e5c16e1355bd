import { describe, expect, it } from 'vitest';
import { UNREQUESTED_OPEN_GAP_MS, UnrequestedOpens } from './unrequested-opens';

describe('unrequested opens', () => {
  it('opens a field at most once a minute, each field on its own', () => {
    const opens = new UnrequestedOpens();
    expect(opens.allow('dx', 1_000)).toBe(true);
    expect(opens.allow('dx', 1_000 + UNREQUESTED_OPEN_GAP_MS - 1)).toBe(false);
    expect(opens.allow('other', 2_000)).toBe(true);
    expect(opens.allow('dx', 1_000 + UNREQUESTED_OPEN_GAP_MS)).toBe(true);
    expect(opens.allow('dx', 1_000 + UNREQUESTED_OPEN_GAP_MS + 5)).toBe(false);
  });
});
