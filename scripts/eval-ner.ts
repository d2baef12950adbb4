/**
 * npm run --silent eval:ner -- FILE [--part dev|held-out|all] [--list] [--missed N] [--size N] [--readings FILE] [--json]
 *
 * Scores the analyser (analyzeText with the bundled base, generated/matcher.json) on a CoNLL
 * named-entity file: precision of known-actor links and of names outside the base against the
 * gold spans, recall per type, and country recall. The file is cut into documents of `--size`
 * consecutive sentences (default 10: the corpus marks no article bounds, and the analysis links a
 * short name to a full one only within a document), and the sentences into two parts:
 *
 *   development  the first 75% of the sentences, rounded down to whole documents: tune here only;
 *   held-out     the rest: measured, never read while tuning.
 *
 * On the ANERcorp train split (4,149 sentences) that is sentences 0–3109 and 3110–4148.
 * `--list` prints, for the chosen part, every link and name that overlaps no gold entity, in its
 * context: the annotators left many institutions untagged, so read them before counting.
 * Each line starts with a key; a verdict written against it in scripts/eval-ner/NAME.readings.tsv
 * (`KEY<TAB>omission|error<TAB>why`, NAME the corpus file's name; or `--readings FILE`) gives the
 * precision after reading: an omission counts as right, an error or an unread one as wrong.
 * `--missed N` prints the N gold entities missed most often, per type.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeText } from '../lib/analysis/analyze';
import { parseConll, toDocuments } from './lib/conll';
import { isCountryName } from './lib/country-names';
import { loadMatcherData } from './lib/matcher-data';
import { emptyScore, goldTypeOf, type NerScore, type Predicted, parseReadings, scoreDocument, summaryTable } from './lib/ner-score';

/** Verdicts on predictions that overlap no gold entity, one file per corpus file (see --list). */
const READINGS = join(import.meta.dirname, 'eval-ner');

interface Args {
  file: string;
  part: 'dev' | 'held-out' | 'all';
  list: boolean;
  missed: number;
  size: number;
  json: boolean;
  readings?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { file: '', part: 'dev', list: false, missed: 0, size: 10, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--list') args.list = true;
    else if (a === '--json') args.json = true;
    else if (a === '--part') {
      const p = argv[++i];
      if (p !== 'dev' && p !== 'held-out' && p !== 'all') throw new Error('--part takes dev, held-out or all');
      args.part = p;
    } else if (a === '--missed') args.missed = Number(argv[++i]);
    else if (a === '--size') args.size = Number(argv[++i]);
    else if (a === '--readings') args.readings = argv[++i];
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.file = a;
  }
  if (!args.file)
    throw new Error('usage: npm run --silent eval:ner -- FILE [--part dev|held-out|all] [--list] [--missed N] [--size N] [--json]');
  if (!(args.size >= 1) || !Number.isInteger(args.size)) throw new Error('--size takes a whole number of sentences');
  return args;
}

/** What the analysis offers as names outside the base, whatever its version calls them. */
interface FoundName {
  start: number;
  end: number;
  text: string;
  type: string;
  key?: string;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const sentences = parseConll(readFileSync(args.file, 'utf8'));
  const split = Math.floor((sentences.length * 0.75) / args.size) * args.size;
  const parts: Record<'dev' | 'held-out', NerScore> = { dev: emptyScore(), 'held-out': emptyScore() };
  const data = loadMatcherData();
  const readingsFile = args.readings ?? join(READINGS, `${basename(args.file).replace(/\.[^.]*$/, '')}.readings.tsv`);
  const readings = existsSync(readingsFile) ? parseReadings(readFileSync(readingsFile, 'utf8')) : new Map<string, 'omission' | 'error'>();
  const started = performance.now();
  for (const doc of toDocuments(sentences, args.size)) {
    const a = analyzeText(doc.text, data);
    const links: Predicted[] = a.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      type: goldTypeOf(m.type),
      label: m.actorId,
    }));
    const found = ((a as { names?: FoundName[] }).names ?? []) as FoundName[];
    const names: Predicted[] = found.map((n) => ({
      start: n.start,
      end: n.end,
      text: n.text,
      type: goldTypeOf(n.type),
      label: n.key ?? n.type,
    }));
    scoreDocument(parts[doc.first < split ? 'dev' : 'held-out'], doc, { links, names }, (g) => isCountryName(g.text), readings);
  }
  const ms = performance.now() - started;
  const all = merge(parts.dev, parts['held-out']);
  const chosen = args.part === 'all' ? all : parts[args.part];
  if (args.json) {
    const plain = (s: NerScore) => ({
      ...s,
      missed: Object.fromEntries(Object.entries(s.missed).map(([k, m]) => [k, Object.fromEntries(m)])),
    });
    process.stdout.write(
      `${JSON.stringify({ split, sentences: sentences.length, dev: plain(parts.dev), heldOut: plain(parts['held-out']) })}\n`,
    );
    return;
  }
  const out = [
    `# ${args.file}: ${sentences.length} sentences in documents of ${args.size}; development = sentences 0–${split - 1}, held-out = ${split}–${sentences.length - 1}`,
    `(analysed in ${(ms / 1000).toFixed(1)} s)`,
    '',
    summaryTable([
      ['development', parts.dev],
      ['held-out', parts['held-out']],
      ['all', all],
    ]),
  ];
  if (args.list) {
    out.push('', `## Known-actor links overlapping no gold entity (${args.part}: ${chosen.links.unmatched.length})`);
    for (const u of chosen.links.unmatched) out.push(`${u.key}\t${readings.get(u.key) ?? 'unread'}\t${u.context}`);
    out.push('', `## Names outside the base overlapping no gold entity (${args.part}: ${chosen.names.unmatched.length})`);
    for (const u of chosen.names.unmatched) out.push(`${u.key}\t${readings.get(u.key) ?? 'unread'}\t${u.context}`);
  }
  if (args.missed > 0) {
    for (const [type, m] of Object.entries(chosen.missed)) {
      const top = [...m].sort((a, b) => b[1] - a[1]).slice(0, args.missed);
      out.push('', `## Missed ${type} (${args.part}), most frequent first`, top.map(([t, n]) => `${n}× ${t}`).join('، '));
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

/** Two parts' counts added up (lists concatenated). */
function merge(a: NerScore, b: NerScore): NerScore {
  const out = emptyScore();
  out.documents = a.documents + b.documents;
  for (const k of ['links', 'names'] as const) {
    out[k] = {
      total: a[k].total + b[k].total,
      matched: a[k].matched + b[k].matched,
      readRight: a[k].readRight + b[k].readRight,
      unread: a[k].unread + b[k].unread,
      wrongType: a[k].wrongType + b[k].wrongType,
      unmatched: [...a[k].unmatched, ...b[k].unmatched],
    };
  }
  for (const t of ['PERS', 'ORG', 'LOC', 'MISC'] as const) {
    out.recall[t] = {
      gold: a.recall[t].gold + b.recall[t].gold,
      known: a.recall[t].known + b.recall[t].known,
      knownOrName: a.recall[t].knownOrName + b.recall[t].knownOrName,
    };
    for (const s of [a, b]) for (const [text, n] of s.missed[t]) out.missed[t].set(text, (out.missed[t].get(text) ?? 0) + n);
  }
  out.countries = {
    gold: a.countries.gold + b.countries.gold,
    known: a.countries.known + b.countries.known,
    knownOrName: a.countries.knownOrName + b.countries.knownOrName,
  };
  return out;
}

try {
  main();
} catch (e) {
  process.stderr.write(`eval:ner: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
