/**
 * Legacy layout: the code is typed in a srcdoc frame nested inside another frame, the note in an
 * about:blank frame the page wrote with script. All frames of the tab are analysed together.
 */
import { test } from './fixtures';
import { badge, CERVICAL_NOTE, expectOverlay, finding } from './page-helpers';

test('a code in a nested srcdoc frame is checked against the note in an about:blank frame', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/frames-legacy.html`);
  const note = page.frameLocator('#note-frame').getByLabel('Progress note');
  // The note entered at once, as pasted (typed, its 113 keys cost 0.3-0.8 CPU-s more); the code is typed.
  await note.fill(CERVICAL_NOTE);
  const dxFrame = page.frameLocator('#orders-frame').frameLocator('#dx-frame');
  await dxFrame.getByLabel('Dx code').pressSequentially('M99.60', { delay: 20 });
  await expectOverlay(badge(dxFrame, 'M99.60')).toBeVisible();
  await expectOverlay(finding(dxFrame, 'region-mismatch', 'M99.60')).toHaveCount(1);

  // Changing the note in its own frame updates the badge in the other frame.
  await note.fill('Neck pain. No stenosis on MRI.');
  await expectOverlay(finding(dxFrame, 'region-mismatch', 'M99.60')).toHaveCount(0);
  await expectOverlay(badge(dxFrame, 'M99.60')).toBeVisible();
});
