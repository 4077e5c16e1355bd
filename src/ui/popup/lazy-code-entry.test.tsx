import { render, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../kb';
import { LazyCodeEntry, preloadCodeEntry } from './lazy-code-entry';

describe('LazyCodeEntry', () => {
  it('says the entry is loading until its module is in, then shows the entry', async () => {
    const entry = await explainCode('M48.06');
    const { container } = render(<LazyCodeEntry entry={entry} />);
    // Rendered before the module could arrive: the loading line, as while the entry itself loads.
    expect(container.querySelector('article.code-entry')).toBeNull();
    expect(container.textContent).toBe('Loading M48.06…');
    await preloadCodeEntry();
    await waitFor(() =>
      expect(container.querySelector('article.code-entry[data-code="M48.06"]')).not.toBeNull(),
    );
    expect(container.textContent).not.toContain('Loading M48.06…');
  });
});
