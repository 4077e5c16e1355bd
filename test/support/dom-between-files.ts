/**
 * The DOM unit tests share one happy-dom window per worker (vitest.config.ts, isolate: false).
 * After each test, put back what a test may leave behind, so no file sees another's page.
 */
import { cleanup } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';

afterEach(() => {
  cleanup();
  document.head.replaceChildren();
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
