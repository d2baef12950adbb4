import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../harness/document';
import { PAGES, REAL, SHARED } from '../../harness/paths';
import { collectText } from '../../lib/article/collect';
import { findBody } from '../../lib/article/detect';

function bodyText(html: string): string {
  const { doc, close } = loadDocument(html);
  try {
    const body = findBody(doc);
    return body ? collectText(body).text : '';
  } finally {
    close();
  }
}

/** Arabic article text from the project's fixture pages (and ../shared when present). */
export function arabicArticles(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  if (existsSync(join(SHARED, 'seed-article.txt')))
    out.push({ name: 'seed-article.txt', text: readFileSync(join(SHARED, 'seed-article.txt'), 'utf8') });
  const dirs = [PAGES, join(PAGES, 'sites'), REAL];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const text = bodyText(readFileSync(join(dir, f), 'utf8'));
      if (/\p{Script=Arabic}/u.test(text) && text.length > 500) out.push({ name: f, text });
    }
  }
  return out;
}

/** About `bytes` of UTF-8 Arabic news text, made by repeating the articles. */
export function arabicCorpus(bytes: number): string {
  const parts = arabicArticles().map((a) => a.text);
  let text = '';
  for (let i = 0; Buffer.byteLength(text, 'utf8') < bytes; i++) text += `${parts[i % parts.length]}\n`;
  return text;
}
