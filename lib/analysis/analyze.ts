import type { MatcherData } from '../kb/compile';
import { normalize } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { findMentions } from './actors';
import { findClaims } from './claims';
import { findFigures } from './figures';
import { findRoleMentions } from './roles';
import { splitSentences } from './sentences';
import { ANALYSIS_SCHEMA_VERSION, type ArticleAnalysis } from './types';

export interface AnalyzeOptions {
  /** ISO date of publication, to tell who held a title at the time. */
  publishedAt?: string;
}

const ARABIC_LETTER = /\p{Script=Arabic}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

export function detectLanguage(text: string): 'ar' | 'en' | 'other' {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const ar = sample.match(ARABIC_LETTER)?.length ?? 0;
  const la = sample.match(LATIN_LETTER)?.length ?? 0;
  if (ar === 0 && la === 0) return 'other';
  return ar >= la * 0.5 ? 'ar' : 'en';
}

/** The whole analysis of one article's text: pure, no DOM, no browser. */
export function analyzeText(text: string, data: MatcherData, options: AnalyzeOptions = {}): ArticleAnalysis {
  const norm = normalize(text);
  const tokens = tokenize(norm.text);
  const names = findMentions(text, norm, data, options.publishedAt);
  const mentions = options.publishedAt
    ? [...names, ...findRoleMentions({ original: text, norm, tokens, data, mentions: names, publishedAt: options.publishedAt })].sort(
        (a, b) => a.start - b.start,
      )
    : names;
  const figures = findFigures(text, norm, tokens);
  const sentences = splitSentences(text);
  const claims = findClaims({ original: text, norm, tokens, sentences, mentions, figures });
  return { schema: ANALYSIS_SCHEMA_VERSION, lang: detectLanguage(text), text, mentions, figures, sentences, claims };
}
