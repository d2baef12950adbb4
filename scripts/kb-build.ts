/**
 * Validates the bundled knowledge base and compiles the matcher's data. Fails on the first
 * invalid file with every problem listed, each naming its actor:
 *   generated/actors.json   the full actors (names, roles, notes) for the side panel
 *   generated/matcher.json  the token trie the content script loads
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMatcher } from '../lib/kb/compile';
import { buildBundledBase } from './lib/kb-base';

const outDir = join(import.meta.dirname, '..', 'generated');
const result = buildBundledBase();
if (!result.ok) {
  for (const line of result.problems) console.error(line);
  console.error(`kb:build failed: ${result.problems.length} problem(s) in the knowledge base`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const matcher = compileMatcher(result.actors);
writeFileSync(join(outDir, 'actors.json'), JSON.stringify(result.actors));
writeFileSync(join(outDir, 'matcher.json'), JSON.stringify(matcher));
console.log(`kb:build: ${result.actors.length} actors from ${result.files} files → generated/`);
