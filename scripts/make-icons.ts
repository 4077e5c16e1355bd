/** Renders public/icons/icon.svg to the PNG sizes the manifest names, with the local Chromium. */
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findBrowser } from './lib/find-browser';

const svg = await readFile('public/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_FLAGS });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
  console.log(`public/icons/icon-${size}.png`);
}
await browser.close();
