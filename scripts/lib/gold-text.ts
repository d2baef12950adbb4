/**
 * The text of the claims-and-figures gold (tests/fixtures/gold/), read at run time from ../shared:
 * the gold itself stores only references and annotations, never the text (the ANERcorp licence
 * forbids shipping it, and the real pages are the publishers').
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
export const ANERCORP = join(SHARED, 'corpora', 'anercorp', 'ANERCorp_CamelLab_train.txt');
export const REAL_PAGES = join(SHARED, 'fixtures', 'real-pages');

/** Where each real page keeps its article body (shared/fixtures/README.md). */
const BODIES: Record<string, string> = {
  'cnn-arabic-2013': 'div.cnn_strycntntrgt',
  'lbci-2026': '.LongDesc',
  'assabah-tn': '.field-name-body div.field-item.even',
};

export function sharedPresent(): boolean {
  return existsSync(ANERCORP) && existsSync(REAL_PAGES);
}

const NO_SPACE_BEFORE = new Set(['.', '،', ',', ':', '؛', ';', ')', '؟', '?', '!', '%', '"', '»']);
const NO_SPACE_AFTER = new Set(['(', '«']);

/** ANERcorp's tokens joined back into text: no space before closing punctuation or after an opening one. */
export function detokenize(words: readonly string[]): string {
  let out = '';
  let quoteOpen = false;
  for (const w of words) {
    const isQuote = w === '"';
    // 9 , 4 مليار: a comma between digits was split off by the tokeniser; it is a decimal mark.
    if (/[0-9]$/u.test(out) && w === ',') {
      out += w;
      continue;
    }
    if (/[0-9],$/u.test(out) && /^[0-9]/u.test(w)) {
      out += w;
      continue;
    }
    if (out === '') out = w;
    else if (isQuote ? quoteOpen : NO_SPACE_BEFORE.has(w)) out += w;
    else if (NO_SPACE_AFTER.has(out[out.length - 1]!) || (out.endsWith('"') && quoteOpen)) out += w;
    else out += ` ${w}`;
    if (isQuote) quoteOpen = !quoteOpen;
  }
  return out;
}

let corpus: string[] | null = null;

/** ANERcorp's train split as sentences (a "." token ends one), each detokenised. */
export function anercorpSentences(path = ANERCORP): string[] {
  if (corpus && path === ANERCORP) return corpus;
  const sentences: string[] = [];
  let words: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const space = line.lastIndexOf(' ');
    const word = space > 0 ? line.slice(0, space) : line;
    words.push(word);
    if (word === '.') {
      sentences.push(detokenize(words));
      words = [];
    }
  }
  if (words.length) sentences.push(detokenize(words));
  if (path === ANERCORP) corpus = sentences;
  return sentences;
}

/** A real page's article body, its paragraphs (block elements or line breaks) joined by blank lines. */
export function realPageBody(name: string): string {
  const selector = BODIES[name];
  if (!selector) throw new Error(`no body selector for real page ${name}`);
  const html = readFileSync(join(REAL_PAGES, `${name}.html`), 'utf8');
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const body = doc.querySelector(selector);
    if (!body) throw new Error(`${name}: ${selector} not found`);
    for (const el of body.querySelectorAll('script, style, noscript')) el.remove();
    for (const br of body.querySelectorAll('br')) br.replaceWith('\n');
    for (const p of body.querySelectorAll('p, div, h1, h2, h3, h4, li')) p.append('\n');
    return body.textContent
      .split('\n')
      .map((l) => l.replace(/\s+/gu, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
  } finally {
    void window.happyDOM.close();
  }
}

/** A gold unit: one sentence of a document, by offsets into the document's text. */
export interface Unit {
  start: number;
  end: number;
}

/**
 * The gold's own sentence split, kept apart from lib/analysis/sentences.ts so that a change there
 * never moves the gold: a paragraph break, or . ؟ ? ! (and runs of them) followed by a space.
 */
export function goldUnits(text: string): Unit[] {
  const out: Unit[] = [];
  const re = /[^\n]+/gu;
  for (const para of text.matchAll(re)) {
    const base = para.index;
    const p = para[0];
    let from = 0;
    for (const m of p.matchAll(/[.؟?!]+(?=\s)/gu)) {
      const end = m.index + m[0].length;
      push(out, text, base + from, base + end);
      from = end;
    }
    push(out, text, base + from, base + p.length);
  }
  return out;
}

function push(out: Unit[], text: string, a: number, b: number): void {
  while (a < b && /\s/u.test(text[a]!)) a++;
  while (b > a && /\s/u.test(text[b - 1]!)) b--;
  if (b > a) out.push({ start: a, end: b });
}

/** FNV-1a of a unit's text, stored in the gold to notice when the source text moved under it. */
export function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
