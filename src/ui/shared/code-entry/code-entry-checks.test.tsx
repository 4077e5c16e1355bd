import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../../kb';
import { CodeEntry } from './code-entry';

describe('CodeEntry: what ChartLint checks for the code', () => {
  it('names the scheme and qualifiers for a family code, and says "not checked" for a code outside them', async () => {
    const m48 = render(<CodeEntry entry={await explainCode('M48.062')} />);
    expect(m48.container.querySelector('[data-checks]')?.textContent).toMatch(/dorsopathy region scheme.*with neurogenic claudication/);
    const e11 = render(<CodeEntry entry={await explainCode('E11.9')} />);
    expect(e11.container.querySelector('[data-checks]')?.textContent).toBe('Not checked by ChartLint: E11.9 is outside the spine families it reads.');
  });
});
