import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { loadDocument } from '../../harness/document';
import { overlap, pageCases } from '../../harness/page-cases';
import { ROOT } from '../../harness/paths';
import { collectText } from '../../lib/article/collect';
import { detectArticle } from '../../lib/article/detect';
import type { Section } from './matcher';
import { fmt, measure } from './stats';

const DETECTOR = ['detect', 'body', 'blocks', 'boilerplate', 'metadata', 'language'].map((f) => join(ROOT, 'lib', 'page', `${f}.ts`));
const READABILITY = join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js');

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * Article detection, Siyaq against Readability 0.6.0 on every fixture page: the body's word
 * precision and recall against the expected story, the article/not-article call, and the time.
 * Siyaq's time is detectArticle + collectText on the page; Readability's is cloning the document
 * and parsing the clone (it changes the document it reads, so it can only run on a copy).
 */
export function benchDetection(): Section {
  const { cases, missing } = pageCases();
  const rows: string[] = [];
  let siyaqOk = 0;
  let readOk = 0;
  for (const c of cases) {
    const { doc, close } = loadDocument(c.html, c.url);
    try {
      const siyaq = () => {
        const d = detectArticle(doc, c.url);
        return { isArticle: d.isArticle, text: d.body ? collectText(d.body, d.exclude).text : '' };
      };
      const readability = () => new Readability(doc.cloneNode(true) as Document).parse();
      const s = siyaq();
      const r = readability();
      const rIsArticle = r !== null && isProbablyReaderable(doc);
      const ts = measure(7, 2, siyaq);
      const tr = measure(7, 2, readability);
      const e = c.expected;
      const cell = (isArticle: boolean, text: string) => {
        if (!e.isArticle) return isArticle ? '**article** ✗' : 'not an article ✓';
        if (!isArticle) return '**not an article** ✗';
        const o = overlap(e.body.join('\n'), text);
        const ok = o.precision >= 0.95 && o.recall >= 0.95;
        return `${pct(o.precision)} / ${pct(o.recall)}${ok ? '' : ' ✗'}`;
      };
      const sCell = cell(s.isArticle, s.text);
      const rCell = cell(rIsArticle, r?.textContent ?? '');
      if (!sCell.includes('✗')) siyaqOk++;
      if (!rCell.includes('✗')) readOk++;
      rows.push(`| ${c.name} | ${sCell} | ${rCell} | ${fmt(ts.median, 1)} ms | ${fmt(tr.median, 1)} ms |`);
    } finally {
      close();
    }
  }
  const detectorBytes = DETECTOR.reduce((n, f) => n + statSync(f).size, 0);
  const readabilityBytes = Buffer.byteLength(readFileSync(READABILITY, 'utf8'));
  return {
    title: 'Article detection',
    markdown: [
      `${cases.length} pages: the seed page, the site fixtures (tests/fixtures/pages/sites) and the real pages of ../shared/fixtures` +
        `${missing.length ? ` (skipped: ${missing.join('; ')})` : ''}. Body precision / recall over word multisets` +
        ' (normalised, letters and digits); on pages that are not articles, the article call. Target: both ≥ 95%.' +
        ' Readability counts a page as an article when `isProbablyReaderable` says so and `parse()` returns one.',
      '',
      '| page | Siyaq P / R | Readability P / R | Siyaq time | Readability time |',
      '|---|---:|---:|---:|---:|',
      ...rows,
      '',
      `Pages meeting the target: Siyaq **${siyaqOk}/${cases.length}**, Readability ${readOk}/${cases.length}.` +
        " Times are medians of 7 runs after 2 warm-ups in happy-dom (a browser DOM is faster); Readability's include cloning the document." +
        ` Source size: Siyaq's detector ${kb(detectorBytes)} of TypeScript (lib/article/{detect,body,blocks,boilerplate,metadata,language}.ts),` +
        ` Readability.js ${kb(readabilityBytes)}; Readability is used here only as the comparison, not in the extension.`,
    ].join('\n'),
  };
}
