import type { MatcherData } from '../kb/compile';
import { normalize } from '../text/normalize';
import { detectLanguage } from '../text/scripts';
import { tokenize } from '../text/tokenize';
import { findMentions } from './actors';
import { findClaims } from './claims';
import { attachCredits, findCredits } from './credits';
import type { EnglishAnalysis } from './english';
import { findFigures } from './figures';
import { outletOfUrl } from './outlet';
import { findNames } from './names/find-names';
import { findRoleMentions } from './roles';
import { splitSentences } from './sentences';
import { ANALYSIS_SCHEMA_VERSION, type ArticleAnalysis, type Claim, type Mention, type Proposal, type Span } from './types';

export interface AnalyzeOptions {
  /** ISO date of publication, to tell who held a title at the time. */
  publishedAt?: string;
  /**
   * English analysis (lib/analysis/english.ts), passed in rather than imported so that compromise
   * stays out of the Arabic content script. Without it English text gets the same rules as Arabic.
   */
  english?: (text: string) => EnglishAnalysis;
  /** The reader's own actors, compiled at run time (they change without a reinstall). */
  extra?: MatcherData;
  /** The page's address: it names the outlet that publishes the article. */
  url?: string;
}

// In lib/text, below the analysis, so that the content script's detector gets it without the analysis.
export { detectLanguage } from '../text/scripts';

/** The whole analysis of one article's text: pure, no DOM, no browser. */
export function analyzeText(text: string, data: MatcherData, options: AnalyzeOptions = {}): ArticleAnalysis {
  const steps = analysisSteps(text, data, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same analysis as a generator that stops between its stages (names, roles, figures,
 * claims), so that the content script can hand the main thread back to the page there: on a cold
 * page each stage costs several milliseconds of compiling as well as running.
 */
export function* analysisSteps(text: string, data: MatcherData, options: AnalyzeOptions = {}): Generator<void, ArticleAnalysis> {
  const norm = normalize(text);
  const tokens = tokenize(norm.text);
  const names = findMentions(text, norm, data, options.publishedAt, options.extra);
  yield;
  const mentions = options.publishedAt
    ? [...names, ...findRoleMentions({ original: text, norm, tokens, data, mentions: names, publishedAt: options.publishedAt })].sort(
        (a, b) => a.start - b.start,
      )
    : names;
  yield;
  const figures = findFigures(text, norm, tokens);
  const lang = detectLanguage(text);
  const english = lang === 'en' && options.english ? options.english(text) : null;
  yield;
  const sentences = english?.sentences ?? splitSentences(text);
  const claims = findClaims({ original: text, norm, tokens, sentences, mentions, figures });
  if (english) quoteContents(text, claims, english.quotations);
  const credits = findCredits(norm, data);
  attachCredits(text, claims, credits, sentences);
  const proposals = english ? unknownNames(english.proposals, mentions) : [];
  const outlet = options.url ? outletOfUrl(options.url, data, options.extra) : null;
  return {
    schema: ANALYSIS_SCHEMA_VERSION,
    lang,
    text,
    mentions,
    figures,
    sentences,
    claims,
    proposals,
    outlet,
    credits,
    names: findNames(text, norm, mentions, english?.proposals),
  };
}

/** In English the content of a claim is its quotation, when it has one. */
function quoteContents(text: string, claims: Claim[], quotations: readonly Span[]): void {
  for (const c of claims) {
    const q = quotations.find((s) => s.start >= c.start && s.start < c.end);
    if (q)
      c.content = text
        .slice(q.start, q.end)
        .trim()
        .replace(/^["“‘']+|["”’']+$/gu, '');
  }
}

/** Names the knowledge base does not know, once each: what a mention already covers is known. */
function unknownNames(proposals: readonly Proposal[], mentions: readonly Mention[]): Proposal[] {
  const seen = new Set<string>();
  return proposals.filter((p) => {
    if (mentions.some((m) => m.start < p.end && m.end > p.start)) return false;
    const key = p.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
