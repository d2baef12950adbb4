/**
 * Which figures the page highlights, apart from the analyser so that the content script, which
 * paints but no longer analyses, does not load the number lexicons to ask.
 */
import type { Figure, FigureKind } from './types';

/** Kinds highlighted by default: what outlets can disagree about. */
const NEWS_KINDS: ReadonlySet<FigureKind> = new Set(['count', 'money', 'percent', 'measure', 'price']);
/** Counted things that are not news figures: "two countries", أربعين بلدا. */
const NOT_NEWS_UNITS: ReadonlySet<string> = new Set(['country']);

/**
 * Whether the page highlights a figure: the news kinds, and durations when the reader asked for them
 * (`showDurations` of the look in lib/page/look.ts): a span of time (ثلاث سنوات، two days) is a number
 * of the story, rarely one outlets disagree about.
 */
export function highlightedByDefault(f: Pick<Figure, 'kind' | 'unit'>, options: { showDurations?: boolean } = {}): boolean {
  if (NOT_NEWS_UNITS.has(f.unit)) return false;
  return NEWS_KINDS.has(f.kind) || (options.showDurations === true && f.kind === 'duration');
}
