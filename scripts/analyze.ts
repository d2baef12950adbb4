/**
 * npm run --silent analyze -- [--json] [--url URL] FILE_OR_URL...
 *
 * Runs Siyaq's analysis on saved pages, text files or URLs, with the same article detection and
 * analysis code as the content script (on a DOM built in Node by happy-dom). With --json it
 * prints one JSON object per input on one line; without, a readable report. --url gives the
 * address a saved file came from: it names the page's outlet, as the page's own address does.
 * A URL is fetched only because you asked for it on the command line.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { loadDocument } from '../harness/document';
import { analyzeText } from '../lib/analysis/analyze';
import { analyzeEnglish } from '../lib/analysis/english';
import { highlightedByDefault } from '../lib/analysis/figures';
import type { ArticleAnalysis, NameType } from '../lib/analysis/types';
import type { MatcherData } from '../lib/kb/compile';
import { analyzeDocument } from '../lib/article/analyze-document';
import { siteOf } from '../lib/url';
import { loadMatcherData } from './lib/matcher-data';

export interface AnalyzerOutput {
  isArticle: boolean;
  lang: string;
  title: string;
  site: string;
  byline: string | null;
  publishedAt: string | null;
  bodyText: string;
  /** The outlet that publishes the page, named from its address. */
  outlet: { actorId: string; name: { ar: string; en: string } } | null;
  mentions: { actorId: string; name: { ar: string; en: string }; text: string; start: number; end: number }[];
  /** The figures highlighted by default, each with its kind. */
  figures: { value: number; unit: string; kind: string; text: string; start: number; end: number }[];
  claims: {
    text: string;
    speakerId: string | null;
    actorIds: string[];
    figures: { value: number; unit: string; text: string }[];
    /** Outlets (actor ids) credited with the claim. */
    credits: string[];
  }[];
  /** Names outside the base (people, organisations, places), offsets into bodyText. */
  names: { text: string; start: number; end: number; type: NameType }[];
}

function shape(
  meta: Omit<AnalyzerOutput, 'mentions' | 'figures' | 'claims' | 'bodyText' | 'lang' | 'outlet' | 'names'>,
  a: ArticleAnalysis | null,
): AnalyzerOutput {
  return {
    ...meta,
    lang: a?.lang ?? 'other',
    bodyText: a?.text ?? '',
    outlet: a?.outlet ?? null,
    mentions: (a?.mentions ?? []).map((m) => ({ actorId: m.actorId, name: m.name, text: m.text, start: m.start, end: m.end })),
    figures: (a?.figures ?? [])
      .filter((f) => highlightedByDefault(f))
      .map((f) => ({ value: f.value, unit: f.unit, kind: f.kind, text: f.text, start: f.start, end: f.end })),
    claims: (a?.claims ?? []).map((c) => ({
      text: c.text,
      speakerId: c.speakerId,
      actorIds: c.actorIds,
      figures: c.figures.map((i) => {
        const f = a!.figures[i]!;
        return { value: f.value, unit: f.unit, text: f.text };
      }),
      credits: c.credits ?? [],
    })),
    names: (a?.names ?? []).map((n) => ({ text: n.text, start: n.start, end: n.end, type: n.type })),
  };
}

export function analyzeHtml(html: string, url: string, data: MatcherData): AnalyzerOutput {
  const { doc, close } = loadDocument(html, url);
  try {
    const { detection, analysis } = analyzeDocument(doc, url, data, { english: analyzeEnglish });
    return shape(
      {
        isArticle: detection.isArticle,
        title: detection.title,
        site: detection.site,
        byline: detection.byline,
        publishedAt: detection.publishedAt,
      },
      analysis,
    );
  } finally {
    close();
  }
}

/** Plain text: the first line is the title, the whole text is the body. */
export function analyzePlainText(text: string, name: string, data: MatcherData, url?: string): AnalyzerOutput {
  const title =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  return shape(
    { isArticle: true, title, site: name, byline: null, publishedAt: null },
    analyzeText(text, data, { english: analyzeEnglish, ...(url ? { url } : {}) }),
  );
}

async function load(input: string, from: string | undefined): Promise<{ body: string; url: string; html: boolean; given: boolean }> {
  if (/^https?:\/\//i.test(input)) {
    const res = await fetch(input, { headers: { 'user-agent': 'Siyaq analyser (command line)' } });
    if (!res.ok) throw new Error(`${input}: HTTP ${res.status}`);
    return { body: await res.text(), url: input, html: true, given: true };
  }
  const body = readFileSync(input, 'utf8');
  return { body, url: from ?? `file://${input}`, html: extname(input).toLowerCase() !== '.txt', given: from !== undefined };
}

function report(input: string, out: AnalyzerOutput): string {
  const lines = [`# ${input}`, `${out.isArticle ? 'article' : 'not an article'} · ${out.lang} · ${out.site}`, `title: ${out.title}`];
  if (out.byline) lines.push(`by: ${out.byline}`);
  if (out.publishedAt) lines.push(`published: ${out.publishedAt}`);
  if (out.outlet) lines.push(`outlet: ${out.outlet.name.en} (${out.outlet.name.ar}) [${out.outlet.actorId}]`);
  const counts = new Map<string, { name: string; n: number; forms: Set<string> }>();
  for (const m of out.mentions) {
    const c = counts.get(m.actorId) ?? { name: `${m.name.en} (${m.name.ar})`, n: 0, forms: new Set<string>() };
    c.n++;
    c.forms.add(m.text);
    counts.set(m.actorId, c);
  }
  lines.push('', `actors (${counts.size}):`);
  for (const [id, c] of [...counts].sort((a, b) => b[1].n - a[1].n)) lines.push(`  ${c.n}× ${c.name} [${id}] — ${[...c.forms].join('، ')}`);
  lines.push('', `figures (${out.figures.length}):`);
  for (const f of out.figures) lines.push(`  ${f.text} → ${f.value} ${f.unit} (${f.kind})`);
  lines.push('', `claims (${out.claims.length}):`);
  for (const c of out.claims) {
    const credited = c.credits.length ? ` (credited: ${c.credits.join(', ')})` : '';
    lines.push(`  [${c.speakerId ?? '?'}] ${c.text.length > 160 ? `${c.text.slice(0, 160)}…` : c.text}${credited}`);
  }
  lines.push('', `names outside the base (${out.names.length}):`);
  for (const n of out.names) lines.push(`  ${n.type}: ${n.text}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const at = args.indexOf('--url');
  const from = at >= 0 ? args[at + 1] : undefined;
  const inputs = args.filter((a, i) => a !== '--json' && (at < 0 || (i !== at && i !== at + 1)));
  if (inputs.length === 0 || (at >= 0 && (from === undefined || !/^https?:\/\//i.test(from)))) {
    console.error('usage: npm run --silent analyze -- [--json] [--url https://…] FILE_OR_URL...');
    process.exit(2);
  }
  const data = loadMatcherData();
  let failed = 0;
  for (const input of inputs) {
    try {
      const { body, url, html, given } = await load(input, from);
      const out = html ? analyzeHtml(body, url, data) : analyzePlainText(body, siteOf(url) || input, data, given ? url : undefined);
      console.log(json ? JSON.stringify(out) : `${report(input, out)}\n`);
    } catch (e) {
      failed++;
      console.error(`${input}: ${(e as Error).message}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
