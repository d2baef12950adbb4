/**
 * Composes docs/screenshot.png (the README's picture) from the demo's two screenshots:
 * run `npm run demo -- --headless` first, then `npx tsx scripts/screenshot.ts`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../harness/browsers';

const ROOT = resolve(import.meta.dirname, '..');
const img = (f: string) => `data:image/png;base64,${readFileSync(join(ROOT, 'artifacts', 'demo', f)).toString('base64')}`;
const browser = await chromium.launch({ executablePath: findChromium().path, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280 + 420 + 8, height: 900 } });
await page.setContent(
  `<body style="margin:0;display:flex;gap:8px;background:#888"><img src="${img('article.png')}"><img src="${img('panel.png')}"></body>`,
);
await page.screenshot({ path: join(ROOT, 'docs', 'screenshot.png') });
await browser.close();
