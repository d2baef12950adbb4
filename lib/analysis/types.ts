import type { ActorType } from '../kb/schema';
import type { PageOutlet } from './outlet';
import type { LinkReason } from './resolve';

/** Bumped when the shape of an analysis changes; stored claims carry it. */
export const ANALYSIS_SCHEMA_VERSION = 1;

/** Offsets are UTF-16 indexes into the analysed text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  actorId: string;
  type: ActorType;
  name: { ar: string; en: string };
  /** The text as written on the page (without a stripped proclitic). */
  text: string;
  /** A proclitic written before the name and left out of the span (و، ب، لل …), if any. */
  prefix?: string;
  via: LinkReason;
  /** A capital's state: the speaker when the capital "says" something (أعلنت واشنطن). */
  speaksFor?: string;
}

/**
 * What a figure measures. News figures are what outlets can disagree about (count, money, percent,
 * measure, price); a duration is highlighted only when the reader asks; a bare number has no unit.
 */
export type FigureKind = 'count' | 'money' | 'percent' | 'measure' | 'price' | 'duration' | 'number';

export interface Figure extends Span {
  value: number;
  /** Normalised unit key: `soldier`, `usd`, `percent`, `year` … or `''` for a bare number. */
  unit: string;
  kind: FigureKind;
  text: string;
}

export type ClaimKind = 'statement' | 'figure';

export interface Claim extends Span {
  text: string;
  kind: ClaimKind;
  speakerId: string | null;
  /**
   * The speaker or source as written (وقال رمضان، بحسب مراقبين), kept when it is not in the
   * knowledge base, and for an unnamed source, which is never credited to a named actor.
   */
  speakerName?: string | null;
  /** The source names nobody (مصادر مطلعة، بحسب مراقبين، a diplomat). */
  unnamedSource?: boolean;
  /** The verb that made it a claim (قال، أكد …), as written. */
  verb: string | null;
  /** The reported or quoted content, when it can be separated from the attribution. */
  content: string | null;
  actorIds: string[];
  /** Indexes into `ArticleAnalysis.figures`. */
  figures: number[];
  /**
   * For each figure, the actors named in its own clause (between commas): what the number is
   * about. "2500 soldiers in Iraq, and 900 in Syria" ties 900 to Syria, not to the whole sentence.
   */
  figureActors: string[][];
  /**
   * The outlets (actor ids) credited with what the claim reports: a dateline's agency, بحسب
   * وكالة تسنيم, (رويترز) closing its paragraph (lib/analysis/credits.ts). Set by analyze.ts on
   * every claim it returns.
   */
  credits?: string[];
}

/** A person, organisation or place the English analyser recognised that the knowledge base does not know. */
export interface Proposal extends Span {
  text: string;
  kind: 'person' | 'organisation' | 'place';
}

export type NameType = 'person' | 'organisation' | 'place' | 'other';

/** How a name outside the base was found: the evidence the reader can be shown. */
export type NameEvidence = 'given-name' | 'title' | 'apposition' | 'head-noun' | 'place-noun' | 'coreference' | 'english';

/**
 * A name the knowledge base does not know, found from evidence in the text (names/). Never
 * overlaps a mention of a known actor.
 */
export interface FoundName extends Span {
  /** As written, without a proclitic (و، ب، ل …). */
  text: string;
  type: NameType;
  /** Normalised form of the fullest name the article gives this one (أنان → كوفي أنان): one key per person. */
  key: string;
  via: NameEvidence;
  /** What the article calls them: a title before (وزيرة الخارجية الأميركية) or an apposition after. */
  role?: string;
  roleSpan?: Span;
}

export interface ArticleAnalysis {
  schema: number;
  lang: 'ar' | 'en' | 'other';
  text: string;
  mentions: Mention[];
  figures: Figure[];
  sentences: Span[];
  claims: Claim[];
  proposals: Proposal[];
  /** The outlet that publishes the page, named from its address; null without one or off any known outlet. */
  outlet: PageOutlet | null;
  /** Every outlet the text credits, where it does. */
  credits: Credit[];
  /** Names outside the base, in text order. */
  names: FoundName[];
}

/**
 * How far a credit reaches: the whole article (a dateline, بيروت (أ ف ب) -), its paragraph (a
 * credit in brackets closing a paragraph), its sentence (بحسب وكالة تسنيم، قال لرويترز), or no
 * claim at all (a photo's caption, (الجزيرة - أرشيف)).
 */
export type CreditScope = 'article' | 'paragraph' | 'sentence' | 'caption';

/** A news outlet named as the source of what the text reports. Offsets into the original text (lib/analysis/credits.ts). */
export interface Credit extends Span {
  actorId: string;
  scope: CreditScope;
}
