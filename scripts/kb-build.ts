/**
 * Validates the bundled knowledge base and compiles the matcher's data. Fails on the first
 * invalid file with every problem listed, each naming its actor:
 *   generated/actors.json   the full actors (names, roles, notes) for the side panel
 *   generated/matcher.json  the token trie the content script loads
 *   generated/kb-meta.json  how current the base is ({ asOf }), for the actor card
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { latestFactDate } from '../lib/kb/as-of';
import { compileMatcher } from '../lib/kb/compile';
import { outletTable } from '../lib/kb/outlets';
import { buildBundledBase } from './lib/kb-base';

// --dir and --out let the build be tried on another folder (tests do, with broken actors).
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const outDir = arg('--out') ?? join(import.meta.dirname, '..', 'generated');
const result = buildBundledBase(arg('--dir'));
if (!result.ok) {
  for (const line of result.problems) console.error(line);
  console.error(`kb:build failed: ${result.problems.length} problem(s) in the knowledge base`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const matcher = compileMatcher(result.actors);
writeFileSync(join(outDir, 'actors.json'), JSON.stringify(result.actors));
writeFileSync(join(outDir, 'matcher.json'), JSON.stringify(matcher));
const asOf = latestFactDate(result.actors);
writeFileSync(join(outDir, 'kb-meta.json'), JSON.stringify({ asOf }));
// The store names the outlet of pages it already holds from this table, in any context, without
// loading the base. It is committed, so a checkout builds without running this first.
if (!arg('--dir')) {
  const table = join(import.meta.dirname, '..', 'lib', 'kb', 'outlet-table.json');
  const text = `${JSON.stringify(outletTable(result.actors))}\n`;
  if (!existsSync(table) || readFileSync(table, 'utf8') !== text) writeFileSync(table, text);
}
console.log(`kb:build: ${result.actors.length} actors from ${result.files} files, as of ${asOf ?? '?'} → ${outDir}`);
