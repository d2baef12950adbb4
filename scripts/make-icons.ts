/**
 * Renders public/icon/*.png from one SVG with the machine's Chromium. Run by hand when the
 * design changes (`npx tsx scripts/make-icons.ts`); the PNGs are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../harness/browsers';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" role="img" aria-label="Siyaq">
  <title>Siyaq</title>
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1d1b16"/>
  <rect x="22" y="78" width="84" height="14" rx="7" fill="#ffbe00"/>
  <text x="64" y="76" text-anchor="middle" font-family="Noto Naskh Arabic, Noto Sans Arabic, DejaVu Sans, sans-serif"
    font-size="78" font-weight="700" fill="#fbfaf7">س</text>
</svg>`;

const outDir = join(import.meta.dirname, '..', 'public', 'icon');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'icon.svg'), SVG);
const browser = await chromium.launch({ executablePath: findChromium().path, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: join(outDir, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons written to ${outDir}`);
