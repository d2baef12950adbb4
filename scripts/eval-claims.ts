/**
 * npm run eval:claims [-- --json] [--split dev|held-out] [--quiet]
 *
 * Scores Siyaq's figures and claims against the hand-written gold in tests/fixtures/gold/ (read
 * its README for the annotation rules): figures precision and recall, unit agreement, claims
 * precision and recall, speaker accuracy, and every error. The gold holds only offsets; the text
 * comes from ../shared (real pages and the ANERcorp train split), so without it there is nothing
 * to score and the script says so.
 */
import { analyzeText } from '../lib/analysis/analyze';
import { analyzeEnglish } from '../lib/analysis/english';
import { highlightedByDefault } from '../lib/analysis/figures';
import type { ArticleAnalysis, Figure } from '../lib/analysis/types';
import {
  addCounts,
  type Counts,
  emptyCounts,
  type Metrics,
  metrics,
  type PredictedClaim,
  type ScoreError,
  scoreDocument,
} from './lib/claims-score';
import { readGold, resolveDocument } from './lib/gold';
import { sharedPresent } from './lib/gold-text';
import { loadMatcherData } from './lib/matcher-data';

const args = process.argv.slice(2);
const json = args.includes('--json');
const quiet = args.includes('--quiet');
const only = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;

if (!sharedPresent()) {
  console.log('eval:claims: ../shared (real pages and ANERcorp) is not here, so there is no text to score: skipped.');
  process.exit(0);
}

/** What the reader sees highlighted by default. */
const highlighted = (f: Figure): boolean => highlightedByDefault(f);

function predictedClaims(a: ArticleAnalysis): PredictedClaim[] {
  return a.claims
    .filter((c) => c.kind === 'statement')
    .map((c) => {
      const extra = c as { speakerName?: string | null; unnamedSource?: boolean };
      return {
        start: c.start,
        end: c.end,
        speakerId: c.speakerId,
        speakerName: extra.speakerName ?? null,
        unnamedSource: extra.unnamedSource ?? false,
      };
    });
}

const data = loadMatcherData();
const gold = readGold();
const totals = new Map<string, Counts>();
const report: string[] = [];
for (const doc of gold.documents) {
  if (only && doc.split !== only) continue;
  const { text, units } = resolveDocument(doc);
  const analysis = analyzeText(text, data, { english: analyzeEnglish });
  const figures = analysis.figures.filter(highlighted);
  const { counts, errors } = scoreDocument(text, units, figures, predictedClaims(analysis));
  totals.set(doc.split, addCounts(totals.get(doc.split) ?? emptyCounts(), counts));
  if (errors.length)
    report.push(`\n## ${doc.id} (${doc.split}): ${errors.length} error${errors.length > 1 ? 's' : ''}`, ...errors.map(line));
}

function line(e: ScoreError): string {
  return `  [${e.unit}] ${e.kind}: ${e.detail}`;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
function table(name: string, c: Counts, m: Metrics): string[] {
  return [
    `${name}`,
    `  figures   precision ${pct(m.figuresPrecision)} (${c.figTp}/${c.figTp + c.figFp})  recall ${pct(m.figuresRecall)} (${c.figTp}/${c.figTp + c.figFn})  unit agreement ${pct(m.unitAgreement)} (${c.unitAgree}/${c.figTp})${m.kindAgreement === null ? '' : `  kind agreement ${pct(m.kindAgreement)}`}`,
    `  claims    precision ${pct(m.claimsPrecision)} (${c.claimTp}/${c.claimTp + c.claimFp})  recall ${pct(m.claimsRecall)} (${c.claimTp}/${c.claimTp + c.claimFn})`,
    `  speakers  known actor right ${pct(m.knownSpeakerAccuracy)} (${c.knownRight}/${c.knownSpeakers})  outside the base named ${pct(m.outsideSpeakersNamed)} (${c.outsideNamed}/${c.outsideSpeakers})`,
    `  unnamed   sources ${c.unnamedSources}: credited to a named actor ${c.unnamedCredited}, kept as unnamed ${c.unnamedKept}`,
  ];
}

const splits = [...totals.keys()].sort();
if (json) {
  console.log(JSON.stringify(Object.fromEntries(splits.map((s) => [s, { counts: totals.get(s), metrics: metrics(totals.get(s)!) }]))));
} else {
  if (!quiet) console.log(report.join('\n'));
  console.log('');
  for (const s of splits) console.log(table(s, totals.get(s)!, metrics(totals.get(s)!)).join('\n'));
}
