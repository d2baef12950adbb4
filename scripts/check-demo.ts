/**
 * npx tsx scripts/check-demo.ts [chromium] [firefox]
 *
 * After `npm run demo -- [--firefox] --headless` (CI runs both): every screenshot the demo
 * promises (scripts/demo/tour.ts) is in artifacts/demo/<browser>/, decodes as a PNG, and is not
 * one flat colour. Exits 1 with the list of what is missing or blank.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../harness/paths';
import { blankness } from '../harness/png';
import { SHOTS } from './demo/tour';

const browsers = process.argv.slice(2);
if (browsers.length === 0) browsers.push('chromium');
const problems: string[] = [];
for (const browser of browsers) {
  for (const shot of SHOTS) {
    const path = join(ARTIFACTS, 'demo', browser, shot.file);
    const why = existsSync(path) ? blankness(path) : 'missing';
    if (why) problems.push(`${path} (${shot.what}): ${why}`);
    else console.log(`ok  ${path}`);
  }
}
if (problems.length) {
  for (const p of problems) console.error(`BAD ${p}`);
  process.exit(1);
}
