import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../lib/analysis/analyze';
import { Matcher } from '../../lib/analysis/matcher';
import { compileMatcher } from '../../lib/kb/compile';
import type { Actor } from '../../lib/kb/schema';
import { actorKeys } from '../../lib/kb/validate';
import { normalize } from '../../lib/text/normalize';
import { arabicArticles, arabicCorpus } from './corpus';
import { fmt, measure } from './stats';
import { grownBase } from './synthetic-kb';

const ROOT = join(import.meta.dirname, '..', '..');

export interface Section {
  title: string;
  markdown: string;
}

/** Matcher throughput on Arabic news text with the bundled base and with 20,000 aliases. */
export function benchMatcher(): Section {
  const actors = JSON.parse(readFileSync(join(ROOT, 'generated', 'actors.json'), 'utf8')) as Actor[];
  const corpus = arabicCorpus(8_000_000);
  const mb = Buffer.byteLength(corpus, 'utf8') / 1e6;
  const norm = normalize(corpus);
  const rows: string[] = [];
  for (const target of [0, 20_000]) {
    const { actors: base, aliases } = target ? grownBase(actors, target) : { actors, aliases: 0 };
    const data = compileMatcher(base);
    const count = target ? aliases : actors.reduce((n, a) => n + actorKeys(a).length, 0);
    const build = measure(5, 1, () => new Matcher(data));
    const matcher = new Matcher(data);
    const scan = measure(7, 2, () => matcher.scan(norm.text));
    const normAndScan = measure(5, 1, () => matcher.scan(normalize(corpus).text));
    rows.push(
      `| ${target ? 'grown to 20,000' : 'bundled'} | ${count.toLocaleString('en')} | ${fmt(build.median)} ms | ` +
        `**${fmt(mb / (scan.median / 1000))} MB/s** | ${fmt(mb / (normAndScan.median / 1000))} MB/s |`,
    );
  }
  const bundled = compileMatcher(actors);
  const seed = arabicArticles().find((a) => a.name === 'seed-article.txt') ?? arabicArticles()[0]!;
  const whole = measure(30, 5, () => analyzeText(seed.text, bundled, { publishedAt: '2020-08-24' }));
  return {
    title: 'Analysis engine',
    markdown: [
      `Arabic news text: ${fmt(mb)} MB (UTF-8) made of the fixture articles, repeated. Medians of 5–7 runs after warm-up.`,
      '',
      '| knowledge base | names and aliases | build matcher | matcher scan | normalise + scan |',
      '|---|---:|---:|---:|---:|',
      ...rows,
      '',
      `Whole analysis of \`${seed.name}\` (${seed.text.length.toLocaleString('en')} characters: normalise, match, disambiguate,` +
        ` figures, sentences, claims): **${fmt(whole.median, 2)} ms** median (min ${fmt(whole.min, 2)}, max ${fmt(whole.max, 2)}).`,
      '',
      'Target: the matcher at 50 MB/s or more with 20,000 aliases.',
    ].join('\n'),
  };
}
