import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MatcherData } from '../../lib/kb/compile';

const GENERATED = join(import.meta.dirname, '..', '..', 'generated', 'matcher.json');

/** The compiled bundled knowledge base, as `npm run kb:build` wrote it. */
export function loadMatcherData(): MatcherData {
  if (!existsSync(GENERATED)) throw new Error('generated/matcher.json is missing: run `npm run kb:build` first.');
  return JSON.parse(readFileSync(GENERATED, 'utf8')) as MatcherData;
}
