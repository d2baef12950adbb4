/**
 * Converts a Wikidata entity export into a Siyaq knowledge pack: the pack on stdout, warnings
 * on stderr, exit 1 when nothing could be converted.
 *   npm run kb:wikidata -- entities.json > pack.json
 *   npx tsx scripts/kb-wikidata.ts [--name "Pack name"] FILE|-
 * FILE is Special:EntityData JSON ({ "entities": {...} }), a JSON array of entities such as the
 * Wikidata dump (one entity per line), or one entity per line without brackets. Arrays and
 * lines are read a line at a time, so a dump need not fit in memory; only the small drafts of
 * its entities are kept (a filtered dump, not the whole of Wikidata).
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Actor } from '../lib/kb/schema';
import { actorKeys } from '../lib/kb/validate';
import {
  createJsonArraySplitter,
  createWikidataConverter,
  detectFormat,
  type ExportFormat,
  entitiesOfDocument,
  formatWarning,
  type WikidataConverter,
} from '../lib/kb/wikidata';
import { readKbFiles } from './lib/kb-files';

const USAGE = 'usage: tsx scripts/kb-wikidata.ts [--name "Pack name"] FILE|-';

function parseArgs(argv: string[]): { file: string; name?: string } | undefined {
  let file: string | undefined;
  let name: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--name' && i + 1 < argv.length) name = argv[++i];
    else if (a.startsWith('--name=')) name = a.slice('--name='.length);
    else if (a.startsWith('--') || file !== undefined) return undefined;
    else file = a;
  }
  return file === undefined ? undefined : { file, name };
}

/** QIDs of the bundled base (its `links.wikidata`) and its names, so a pack links into it. */
function bundledBase(): {
  knownIds: Map<string, string>;
  knownAliases: Map<string, { actorId: string; ambiguous: boolean }>;
} {
  const knownIds = new Map<string, string>();
  const knownAliases = new Map<string, { actorId: string; ambiguous: boolean }>();
  for (const f of readKbFiles()) {
    if (f.parseError || !Array.isArray(f.data)) continue;
    for (const a of f.data as Actor[]) {
      if (typeof a?.id !== 'string') continue;
      if (typeof a.links?.wikidata === 'string') knownIds.set(a.links.wikidata, a.id);
      try {
        for (const k of actorKeys(a)) if (!knownAliases.has(k.key)) knownAliases.set(k.key, { actorId: a.id, ambiguous: k.ambiguous });
      } catch {
        // a malformed actor is kb:build's to report
      }
    }
  }
  return { knownIds, knownAliases };
}

/** Feeds the converter from `input` a line at a time (see detectFormat for the formats). */
async function read(input: Readable, converter: WikidataConverter, problem: (message: string) => void): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let format: ExportFormat | undefined;
  const splitter = createJsonArraySplitter();
  const document: string[] = [];
  const add = (text: string, lineNo: number) => {
    try {
      converter.add(JSON.parse(text));
    } catch (e) {
      problem(`line ${lineNo}: not valid JSON (${(e as Error).message}): entity skipped`);
    }
  };
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (format === undefined) {
      if (line.trim() === '') continue;
      format = detectFormat(line);
      if (!format) {
        problem(`line ${lineNo}: expected a JSON array or object`);
        return;
      }
    }
    if (format === 'document') document.push(line);
    else if (format === 'lines') {
      const t = line.trim().replace(/,$/, '');
      if (t !== '') add(t, lineNo);
    } else for (const element of splitter.push(`${line}\n`)) add(element, lineNo);
  }
  if (format === 'array' && (splitter.pending || !splitter.closed)) problem('the array ends early (truncated file?)');
  if (format === 'document') {
    let doc: unknown;
    try {
      doc = JSON.parse(document.join('\n'));
    } catch (e) {
      problem(`not valid JSON: ${(e as Error).message}`);
      return;
    }
    for (const entity of entitiesOfDocument(doc)) converter.add(entity);
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  const { knownIds, knownAliases } = bundledBase();
  const name = args.name ?? `Wikidata: ${args.file === '-' ? 'stdin' : basename(args.file)}`;
  const converter = createWikidataConverter({ name, knownIds, knownAliases });
  const input = args.file === '-' ? process.stdin : createReadStream(args.file, { encoding: 'utf8' });
  try {
    await read(input, converter, (m) => console.error(`${args.file}: ${m}`));
  } catch (e) {
    console.error(`${args.file}: ${(e as Error).message}`);
    return 1;
  }
  const { pack, warnings, stats } = converter.finish();
  for (const w of warnings) console.error(formatWarning(w));
  console.error(
    `${args.file}: ${stats.actors} actors from ${stats.entities} entities (${stats.references} positions/classes, ${stats.skipped} skipped)`,
  );
  if (!pack.actors.length) {
    console.error(`${args.file}: nothing could be converted`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(pack, null, 2)}\n`);
  return 0;
}

process.exitCode = await main();
