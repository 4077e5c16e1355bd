/**
 * EHR widgets that keep the code out of sight (issue 14): a React pills picker that shows titles
 * only and drops its input, a field labelled just "Code", a one-line annotation, a native select of
 * titles, a fixed app bar, three linked controls and CKEditor 5's stale hidden mirror. Each test
 * types and chooses as a user does (no pauses), then checks the finding, where the badge sits
 * against the control, and that the page's values, caret and focus are as the user left them.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeOverlay, badge, CERVICAL_NOTE, expectOverlay, finding, overlay } from './page-helpers';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** The badge is on the control's row, starting inside it or within 12 px after it, and in the viewport. */
function expectOnControl(page: Page, badgeBox: Box, control: Box) {
  expect(badgeBox.y + badgeBox.height).toBeGreaterThan(control.y);
  expect(badgeBox.y).toBeLessThan(control.y + control.height);
  expect(badgeBox.x).toBeGreaterThan(control.x);
  expect(badgeBox.x).toBeLessThanOrEqual(control.x + control.width + 12);
  const viewport = page.viewportSize()!;
  expect(badgeBox.x + badgeBox.width).toBeLessThanOrEqual(viewport.width);
}
/** Where an input's text ends, from its left edge (padding and border included). */
const textEnd = (input: Locator) =>
  input.evaluate((e: HTMLInputElement) => {
    const style = getComputedStyle(e);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = style.font;
    return parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth) + ctx.measureText(e.value).width;
  });
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

test('a pills picker that keeps only the title: the chosen diagnosis is read as its code', async ({
  context,
  server,
  saveScreenshot,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/fixtures/fhir-picker.html`);
  const annotation = page.getByLabel('Text');
  await annotation.pressSequentially(CERVICAL_NOTE, { delay: 1 });
  await page.getByRole('combobox', { name: 'Find a diagnosis' }).pressSequentially('m9960');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // The app removed its input and shows the title; the code lives only in React state.
  await expect(page.getByRole('combobox', { name: 'Find a diagnosis' })).toHaveCount(0);
  await expect(page.locator('#dx-state')).toHaveText('M99.60');
  await expect(page.locator('.pill')).toContainText('head region');

  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  // The one-line annotation is the note: cervical foraminal stenosis makes the head region wrong.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  const control = (await page.locator('.pills-box').boundingBox())!;
  expectOnControl(page, (await badge(page, 'M99.60').boundingBox())!, control);
  await expect(annotation).toHaveValue(CERVICAL_NOTE);
  await saveScreenshot(page, 'widget-pills-title-only');
});

test('an icon pill whose title is only its aria-label is read as its code', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/fixtures/icon-pills.html`);
  await page.getByLabel('Progress note').fill(CERVICAL_NOTE);
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  await expect(page.getByLabel('Progress note')).toHaveValue(CERVICAL_NOTE);
});

test('a field labelled only "Code": choosing by words with Enter at once gets a badge', async ({
  context,
  server,
  saveScreenshot,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/fixtures/fhir-picker.html`);
  await page.getByLabel('Text').fill(CERVICAL_NOTE);
  const code = page.getByLabel('Code', { exact: true });
  await code.pressSequentially('foramina head');
  await page.keyboard.press('Enter');
  await expect(code).toHaveValue('M99.60');
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  const box = (await badge(page, 'M99.60').boundingBox())!;
  const field = (await code.boundingBox())!;
  expectOnControl(page, box, field);
  // Outside the text: the code typed is never under the badge.
  expect(box.x).toBeGreaterThanOrEqual(field.x + (await textEnd(code)));
  await expect(code).toBeFocused();
  expect(await code.evaluate((e: HTMLInputElement) => e.selectionStart)).toBe(6);
  await saveScreenshot(page, 'widget-code-label');
});

test('a native select of titles, a narrow code input, and a fixed app bar', async ({
  context,
  server,
  saveScreenshot,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/fixtures/widget-controls.html`);
  await page.getByLabel('Progress note').fill(CERVICAL_NOTE);
  const pick = page.getByLabel('Diagnosis', { exact: true });
  await pick.selectOption({
    label: 'Osseous and subluxation stenosis of intervertebral foramina of head region',
  });
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  const select = (await pick.boundingBox())!;
  const selectBadge = (await badge(page, 'M99.60').boundingBox())!;
  expectOnControl(page, selectBadge, select);
  // Never over the native arrow (the last ~22 px) nor over the title's text.
  expect(overlaps(selectBadge, { ...select, x: select.x + select.width - 24, width: 24 })).toBe(false);
  await expect(pick).toHaveValue('opt-0');

  const short = page.getByLabel('ICD-10', { exact: true });
  await short.pressSequentially('M99.61');
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
  const shortBox = (await short.boundingBox())!;
  const shortBadge = (await badge(page, 'M99.61').boundingBox())!;
  expectOnControl(page, shortBadge, shortBox);
  expect(shortBadge.x).toBeGreaterThanOrEqual(shortBox.x + (await textEnd(short)));
  await expect(short).toBeFocused();
  await saveScreenshot(page, 'widget-select-and-narrow-input');

  // Scrolled under the fixed app bar: the badge hides instead of drawing over the bar.
  const bar = (await page.locator('.app-bar').boundingBox())!;
  await page.evaluate((y) => window.scrollTo(0, y), shortBox.y - bar.height / 2 - 10);
  await expect.poll(async () => (await short.boundingBox())!.y).toBeLessThan(bar.height);
  await expectOverlay(badge(page, 'M99.61')).toBeHidden();
  await saveScreenshot(page, 'widget-under-app-bar');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
  expect(await activeId(page)).toBe('short');
});

test('three linked controls showing one code get one badge', async ({ context, server, saveScreenshot }) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/fixtures/widget-controls.html`);
  await page.getByLabel('Problem', { exact: true }).selectOption('ICD10:M99.60');
  await expect(page.getByLabel('Problem code')).toHaveValue('M99.60');
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  await expectOverlay(overlay(page).locator('.badge[data-code~="M99.60"]')).toHaveCount(1);
  await saveScreenshot(page, 'widget-linked-controls');
});

test('CKEditor 5 on a textarea: the stale hidden mirror is not read, and no markup is quoted', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/fixtures/ckeditor-mirror.html`);
  await expect(page.locator('body')).toHaveAttribute('data-editor-ready', 'true');
  const editor = page.locator('.ck-editor__editable');
  await editor.click();
  await page.keyboard.type('Objective: no foraminal stenosis. Lumbar strain.');
  await page.getByRole('button', { name: 'Sign note' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-signed', 'true');
  // Edited after signing: the mirror still holds the old HTML, the editor the new text.
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(CERVICAL_NOTE);
  const dx = page.getByLabel('Diagnosis code');
  await dx.pressSequentially('M99.60');
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  const item = finding(page, 'region-mismatch', 'M99.60');
  await expectOverlay(item).toHaveCount(1);
  await badge(page, 'M99.60').locator('button').click();
  // Only the editor's text can document cervical stenosis; the signed mirror said "no foraminal stenosis".
  await expectOverlay(item.locator('.evidence')).toContainText(/foraminal stenosis/);
  await expectOverlay(overlay(page).locator('.panel')).not.toContainText('<p>');
  await expect(page.locator('#note')).toHaveValue(/<p>Objective: no foraminal stenosis/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the inline findings are readable in ${scheme} mode (axe), with their actions in view`, async ({
    context,
    server,
    saveScreenshot,
  }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${server.url}/fixtures/widget-controls.html`);
    await page.getByLabel('Progress note').fill(CERVICAL_NOTE);
    await page.getByLabel('Diagnosis', { exact: true }).selectOption({
      label: 'Osseous and subluxation stenosis of intervertebral foramina of head region',
    });
    await badge(page, 'M99.60').locator('button').click();
    const panel = overlay(page).getByRole('dialog', { name: 'ChartLint findings for M99.60' });
    await expectOverlay(panel).toBeVisible();
    // axe runs in the extension's world: in the page's, the closed overlay is an empty element.
    const { violations, passedInside } = await axeOverlay(page);
    expect(passedInside).toBeGreaterThan(10); // axe did see inside the closed root
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // "Open panel" stays visible inside the panel's box however many findings it lists.
    const open = (await panel.getByRole('button', { name: 'Open panel' }).boundingBox())!;
    const box = (await panel.boundingBox())!;
    expect(open.y + open.height).toBeLessThanOrEqual(box.y + box.height + 1);
    await saveScreenshot(page, `widget-popover-${scheme}`);
  });
}

test('a page script cannot dismiss a finding with a scripted click', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/fixtures/widget-controls.html`);
  await page.getByLabel('Progress note').fill(CERVICAL_NOTE);
  await page.getByLabel('ICD-10', { exact: true }).pressSequentially('M99.60');
  await badge(page, 'M99.60').locator('button').click();
  const item = finding(page, 'region-mismatch', 'M99.60');
  await expectOverlay(item).toHaveCount(1);
  // Untrusted (a page script's .click()): ignored. The user's own click still works.
  await item
    .getByRole('button', { name: /^Dismiss/ })
    .evaluate((button: HTMLButtonElement) => button.click());
  await expectOverlay(item).toHaveCount(1);
  await item.getByRole('button', { name: /^Dismiss/ }).click();
  await expectOverlay(item).toHaveCount(0);
});
