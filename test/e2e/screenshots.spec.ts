import { takeTourScreenshots } from '../../scripts/lib/demo-tour';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import { existsSync } from 'node:fs';

// The README's pictures come from here (CHARTLINT_SCREENSHOTS=docs writes them to docs/screenshots).
test('the tour of the demo EHR produces screenshots of every surface', async ({ context, extensionId, server }) => {
  const shots = await takeTourScreenshots(context, extensionId, `${server.url}/`, SCREENSHOT_DIR);
  for (const path of Object.values(shots)) expect(existsSync(path), path).toBe(true);
});
