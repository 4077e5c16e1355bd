/**
 * Issue 15, problem 4, written as the attacker: a page script (the page's own world, running before
 * ChartLint and again after the user has opened the findings) tries every way we know to read the
 * overlay: `host.shadowRoot`, attaching its own root, wrapping attachShadow and the DOM insertion
 * methods before our content script runs, defining `chartlint-overlay` itself to get at the root
 * through ElementInternals, the composed path and targets of every event the user's clicks and keys
 * send through the overlay, the host's text, the document's text, selection, find and hit testing.
 * It must get nothing of the findings or their evidence, while the user (real input) still can.
 * Also: a cross-origin frame's findings never reach the top frame's badge.
 */
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { badge, CERVICAL_NOTE, expectOverlay, finding, overlay } from './page-helpers';

type Loot = { probe: string; value: string }[];

/**
 * Installed before any page or extension script (addInitScript runs at document start in the
 * page's world): wraps what a hostile EHR page could wrap, and records every event's path.
 */
function installAttacker(): void {
  const loot: { probe: string; value: string }[] = [];
  const w = window as unknown as { __loot: typeof loot; __roots: ShadowRoot[]; __internals: ElementInternals[] };
  w.__loot = loot;
  w.__roots = [];
  w.__internals = [];
  const keep = (probe: string, value: unknown) => loot.push({ probe, value: String(value) });
  const describe = (node: unknown): string => {
    if (!(node instanceof Node)) return String(node);
    const classes = node instanceof Element ? node.getAttribute('class') : null;
    return `${node.nodeName}${classes ? `.${classes}` : ''} ${(node.textContent ?? '').slice(0, 400)}`;
  };

  // Any shadow root attached through the page's own prototype is kept.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the element as `this`
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    const root = attachShadow.call(this, { ...init, mode: 'open' });
    w.__roots.push(root);
    return root;
  };
  // Every node inserted through the page's own DOM methods is kept.
  for (const [proto, name] of [
    [Node.prototype, 'appendChild'],
    [Node.prototype, 'insertBefore'],
    [Element.prototype, 'append'],
    [Element.prototype, 'prepend'],
  ] as const) {
    const original = (proto as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
    (proto as unknown as Record<string, unknown>)[name] = function (this: Node, ...args: unknown[]) {
      for (const a of args) if (a instanceof Node) keep(`inserted via ${name}`, describe(a));
      return original.apply(this, args);
    };
  }
  // Text written through the page's own textContent setter is kept.
  const text = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
  Object.defineProperty(Node.prototype, 'textContent', {
    ...text,
    set(value: string) {
      keep('textContent set', value);
      text.set!.call(this, value);
    },
  });
  // Every event's composed path, target and related target, as the page sees them.
  for (const type of [
    'click', 'mousedown', 'mouseup', 'mouseover', 'mouseout', 'pointerover', 'pointerdown', 'pointerup',
    'focusin', 'focusout', 'focus', 'blur', 'keydown', 'keyup', 'copy', 'toggle', 'beforetoggle', 'command',
  ]) {
    addEventListener(
      type,
      (event) => {
        for (const node of event.composedPath()) keep(`${type} path`, describe(node));
        keep(`${type} target`, describe(event.target));
        if ('relatedTarget' in event) keep(`${type} relatedTarget`, describe((event as FocusEvent).relatedTarget));
      },
      { capture: true },
    );
  }
}

/** The page defines `chartlint-overlay` before ChartLint runs, to reach its root through ElementInternals. */
function defineOverlayElement(): void {
  const w = window as unknown as { __internals: ElementInternals[] };
  w.__internals = [];
  customElements.define(
    'chartlint-overlay',
    class extends HTMLElement {
      constructor() {
        super();
        w.__internals.push(this.attachInternals());
      }
    },
  );
}

/** Everything the page's world can still read after the findings have been shown and used. */
function plunder(): Loot {
  const w = window as unknown as {
    __loot: Loot;
    __roots: ShadowRoot[];
    __internals: ElementInternals[] | undefined;
  };
  const loot = w.__loot;
  const keep = (probe: string, value: unknown) => loot.push({ probe, value: String(value) });
  const hosts = [...document.querySelectorAll<HTMLElement>('[data-chartlint], chartlint-overlay')];
  keep('hosts', hosts.length);
  keep('host names', hosts.map((h) => h.localName).join());
  keep('internals attached', w.__internals?.length ?? 0);
  for (const host of hosts) {
    keep('host.shadowRoot', host.shadowRoot?.innerHTML);
    try {
      const root = host.attachShadow({ mode: 'open' });
      keep('attachShadow on the host', root.innerHTML);
    } catch (error) {
      keep('attachShadow on the host threw', (error as Error).name);
    }
    keep('host.innerText', host.innerText);
    keep('host.textContent', host.textContent);
    keep('host.innerHTML', host.innerHTML);
    keep('host.outerHTML', host.outerHTML);
    keep('host.getHTML', host.getHTML({ serializableShadowRoots: true }));
    keep('host.ariaLabel', host.ariaLabel);
    keep('host.children', host.children.length);
    // Hit testing at the badge's place returns at most the host.
    const box = host.getBoundingClientRect();
    keep('host box', `${box.width}x${box.height}`);
  }
  for (const root of w.__roots) keep('root from wrapped attachShadow', root.innerHTML);
  for (const internals of w.__internals ?? []) keep('ElementInternals.shadowRoot', internals.shadowRoot?.innerHTML);
  keep('document innerText', document.documentElement.innerText);
  keep('document textContent', document.documentElement.textContent);
  keep('document getHTML', document.documentElement.getHTML({ serializableShadowRoots: true }));
  keep('popovers open', [...document.querySelectorAll(':popover-open')].map((e) => e.outerHTML).join());
  keep('active element', `${document.activeElement?.nodeName} ${document.activeElement?.shadowRoot?.innerHTML}`);
  keep('animations', document.getAnimations().length);
  // Selecting the whole document and reading the selection.
  const selection = getSelection()!;
  selection.selectAllChildren(document.documentElement);
  keep('selection of the document', selection.toString());
  // window.find() searches the rendered text, closed roots included: from a word it finds, the
  // selection is extended as far as it goes and read back.
  const find = (window as unknown as { find: (text: string, ...flags: boolean[]) => boolean }).find;
  for (const word of ['Open panel', 'Dismiss', 'Suggested', 'region', 'ChartLint', 'M99.61', 'Error']) {
    selection.removeAllRanges();
    find(word, false, false, true);
    keep(`selection after find(${word})`, selection.toString());
    selection.modify('extend', 'forward', 'documentboundary');
    keep(`selection extended forward from ${word}`, selection.toString());
    selection.modify('extend', 'backward', 'documentboundary');
    keep(`selection extended backward from ${word}`, selection.toString());
  }
  selection.removeAllRanges();
  return loot;
}

/** Points the badge and the panel's actions cover, for hit tests done by the page. */
async function hitTests(page: Page, points: { x: number; y: number }[]): Promise<Loot> {
  return page.evaluate((pts) => {
    const loot: Loot = [];
    for (const { x, y } of pts) {
      for (const e of document.elementsFromPoint(x, y)) loot.push({ probe: 'elementsFromPoint', value: `${e.nodeName} ${e.textContent}` });
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- an attacker uses what the browser still has
      const range = document.caretRangeFromPoint(x, y);
      loot.push({ probe: 'caretRangeFromPoint', value: `${range?.startContainer.nodeName} ${range?.startContainer.textContent}` });
      const position = document.caretPositionFromPoint(x, y);
      loot.push({ probe: 'caretPositionFromPoint', value: `${position?.offsetNode.nodeName} ${position?.offsetNode.textContent}` });
    }
    return loot;
  }, points);
}

/** What the user sees in the overlay (read as the extension can): the secrets the page must not get. */
async function secretsOf(page: Page): Promise<string[]> {
  const item = finding(page, 'region-mismatch', 'M99.60');
  const secrets = [
    (await badge(page, 'M99.60').getAttribute('aria-label'))!,
    (await item.locator('.message').textContent())!.trim(),
    'ChartLint findings for',
    'Open panel',
  ];
  for (const s of secrets) expect(s.length).toBeGreaterThan(8);
  return secrets;
}

function leaks(loot: Loot, secrets: string[]): string[] {
  const found: string[] = [];
  for (const { probe, value } of loot)
    for (const secret of secrets) if (value.includes(secret)) found.push(`${probe}: …${secret}…`);
  return found;
}

test('a page script reads nothing of the findings: shadowRoot, wrapped DOM methods, events, text, selection, hit tests', async ({ openPage }) => {
  const { page } = await openPage('M99.60', {
    path: '/fixtures/plain-form.html',
    beforeLoad: (page) => page.addInitScript(installAttacker),
    before: (page) => page.getByLabel('Progress note').fill(CERVICAL_NOTE),
    field: 'Diagnosis code',
  });
  const status = badge(page, 'M99.60');

  // The user uses the findings: Tab to the badge, hover, click to pin, copy, dismiss and show again.
  await page.keyboard.press('Tab');
  await expectOverlay(status.locator('button')).toBeFocused();
  await status.locator('button').click();
  const panel = overlay(page).getByRole('dialog', { name: 'ChartLint findings for M99.60' });
  await expectOverlay(panel).toBeVisible();
  const item = finding(page, 'region-mismatch', 'M99.60');
  await expectOverlay(item.locator('.evidence')).toContainText(/foramin/);
  const secrets = await secretsOf(page);
  await item.getByRole('button', { name: /^Dismiss/ }).click();
  await expectOverlay(item).toHaveCount(0);
  await overlay(page).getByRole('button', { name: /^Show 1 dismissed/ }).click();
  await expectOverlay(item).toHaveCount(1);
  await item.getByRole('button', { name: /^Copy/ }).hover();
  const points = [await status.boundingBox(), await panel.boundingBox(), await item.locator('.evidence').boundingBox()].map(
    (b) => ({ x: b!.x + b!.width / 2, y: b!.y + Math.min(b!.height / 2, 8) }),
  );

  const loot = [...(await page.evaluate(plunder)), ...(await hitTests(page, points))];
  // The attacker did run and did see our events and host; it got nothing out of them.
  expect(loot.find((l) => l.probe === 'hosts')?.value).toBe('1');
  expect(loot.find((l) => l.probe === 'host.shadowRoot')?.value).toBe('undefined');
  expect(loot.find((l) => l.probe === 'attachShadow on the host threw')?.value).toBe('NotSupportedError');
  expect(loot.some((l) => l.probe === 'click path' && l.value.startsWith('CHARTLINT-OVERLAY'))).toBe(true);
  expect(loot.some((l) => l.probe === 'click target' && l.value.startsWith('CHARTLINT-OVERLAY'))).toBe(true);
  expect(leaks(loot, secrets)).toEqual([]);
  // The evidence quote is the note's own text (the page has it); the element showing it never reaches the page.
  expect(loot.filter((l) => /\bevidence\b|\bfinding\b|badge-button|\bpanel\b/.test(l.value)).map((l) => l.probe)).toEqual([]);
  // The overlay still works for the user after all that.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
});

test('keyboard through the findings frame: Tab into the findings, Shift+Tab and Esc back to the badge, Tab from the last action on to the page; window.find cannot confirm a text only the open findings show', async ({ openPage }) => {
  const { page } = await openPage('M99.60', {
    path: '/fixtures/plain-form.html',
    before: (page) => page.getByLabel('Progress note').fill(CERVICAL_NOTE),
    field: 'Diagnosis code',
  });
  const button = badge(page, 'M99.60').locator('button');
  await expectOverlay(button).toBeVisible();
  const panel = overlay(page).getByRole('dialog', { name: 'ChartLint findings for M99.60' });
  const close = panel.getByRole('button', { name: 'Close' });
  const open = panel.getByRole('button', { name: 'Open panel' });

  // Tab from the field reaches the badge (focus opens the findings), Tab again moves into them.
  await page.keyboard.press('Tab');
  await expectOverlay(button).toBeFocused();
  await expectOverlay(panel).toBeVisible();
  await page.keyboard.press('Tab');
  await expectOverlay(close).toBeFocused();
  await expectOverlay(button).not.toBeFocused();
  // Shift+Tab from the first control goes back to the badge; the findings stay open.
  await page.keyboard.press('Shift+Tab');
  await expectOverlay(button).toBeFocused();
  await expectOverlay(panel).toBeVisible();
  // Into the findings again, and Esc there closes them and gives focus back to the badge.
  await page.keyboard.press('Tab');
  await expectOverlay(close).toBeFocused();
  await page.keyboard.press('Escape');
  await expectOverlay(panel).toBeHidden();
  await expectOverlay(button).toBeFocused();

  // Enter pins the findings open; Tab through them to the last action, and on to what follows the field.
  await page.keyboard.press('Enter');
  await expectOverlay(panel).toBeVisible();
  await page.keyboard.press('Tab');
  await expectOverlay(close).toBeFocused();
  for (let i = 0; i < 20 && !(await open.isFocused()); i++) await page.keyboard.press('Tab');
  await expectOverlay(open).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Progress note')).toBeFocused();

  // Chromium's window.find() searches rendered text in closed roots too and answers true or false,
  // which would let a script confirm a guessed text while the findings are open. The findings are
  // drawn in an extension-origin frame inside the root, so none of their text is in the page's
  // document (and find never looks into a cross-origin frame). (Its own test loaded the same page
  // and typed the same code again.)
  await test.step('window.find cannot confirm a text that only the open findings show', async () => {
    // Pinned with Enter, the findings stay open when focus moves on to the page.
    await expectOverlay(panel).toBeVisible();
    await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toBeVisible();
    const secrets = await secretsOf(page);
    const find = (texts: string[]) =>
      page.evaluate((all) => all.map((t) => (window as unknown as { find: (t: string, ...f: boolean[]) => boolean }).find(t, false, false, true)), texts);
    // The probe works: a text the page itself shows is found.
    expect(await find(['Progress note'])).toEqual([true]);
    expect(await find(secrets.slice(1))).toEqual(secrets.slice(1).map(() => false));
    // The findings are still open and usable.
    await expectOverlay(panel).toBeVisible();
  });
});

test('a page that defines chartlint-overlay itself gets no root through ElementInternals, and the badge still shows', async ({ openPage }) => {
  const { page } = await openPage('M99.60', {
    path: '/fixtures/plain-form.html',
    beforeLoad: async (page) => {
      await page.addInitScript(installAttacker);
      await page.addInitScript(defineOverlayElement);
    },
    before: (page) => page.getByLabel('Progress note').fill(CERVICAL_NOTE),
    field: 'Diagnosis code',
  });
  await badge(page, 'M99.60').locator('button').click();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60').locator('.evidence')).toContainText(/foramin/);
  const secrets = await secretsOf(page);

  const loot = await page.evaluate(plunder);
  // The page's constructor did run on the element ChartLint created (and got its internals)…
  expect(loot.find((l) => l.probe === 'internals attached')?.value).toBe('1');
  expect(loot.filter((l) => l.probe === 'ElementInternals.shadowRoot').map((l) => l.value)).toEqual(
    loot.filter((l) => l.probe === 'ElementInternals.shadowRoot').map(() => 'undefined'),
  );
  expect(leaks(loot, secrets)).toEqual([]);
});

test("a cross-origin frame's findings and evidence never reach the top frame's badge", async ({ page, server }) => {
  await page.goto(`${server.url}/fixtures/plain-form.html`);
  // The top page: a note of its own that documents nothing about the spine.
  await page.getByLabel('Progress note').fill('Follow-up visit. Patient reports improvement after home exercise.');
  // A frame from another origin (a documents server) with its own code and a cervical note.
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.id = 'other';
    frame.src = src;
    frame.width = '900';
    frame.height = '500';
    document.body.append(frame);
  }, `${server.otherOriginUrl}/fixtures/plain-form.html`);
  const frame = page.frameLocator('#other');
  await frame.getByLabel('Progress note').fill(CERVICAL_NOTE);
  await frame.getByLabel('Diagnosis code').pressSequentially('M99.60', { delay: 20 });
  // The frame's own badge holds its finding, with its note as evidence…
  await expectOverlay(finding(frame, 'region-mismatch', 'M99.60')).toHaveCount(1);
  await expectOverlay(finding(frame, 'region-mismatch', 'M99.60').locator('.evidence')).toContainText(/foramin/);

  // …the top frame's badge, for the same code typed there, has nothing of it.
  await page.getByLabel('Diagnosis code').pressSequentially('M99.60', { delay: 20 });
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(0);
  const top = (await overlay(page).locator('.panel').textContent()) ?? '';
  for (const word of ['foramin', 'uncovertebral', 'C5-6', 'C6 radiculopathy']) expect(top).not.toContain(word);
  // And the frame's badge never shows the top page's note.
  const inFrame = (await overlay(frame).locator('.panel').textContent()) ?? '';
  expect(inFrame).not.toContain('home exercise');
});

test('no test or script reads the overlay through the page-world path that a closed root makes empty', () => {
  // Playwright locators, `document.querySelector(…).shadowRoot` and axe in the page see nothing
  // inside a closed root: an assertion made that way (e.g. toHaveCount(0)) could never fail.
  const files = ['test/e2e', 'test/e2e-firefox', 'scripts', 'scripts/lib'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'page-sealed-overlay.spec.ts')
      .map((f) => join(dir, f)),
  );
  const readers = [/['"`]\[data-chartlint\] +[.[\w:]/, /(chartlint-overlay|data-chartlint\])['"`]\)\??\.shadowRoot/, /include\(['"]chartlint-overlay/];
  const found = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
      .filter(({ line }) => readers.some((r) => r.test(line)) && !line.includes('toBeNull()'))
      .map(({ at, line }) => `${at}: ${line.trim()}`),
  );
  expect(found).toEqual([]);
});
