import type { Actor } from '../kb/schema';
import type { QuoteAnchor, StoredFigure } from '../report';

export interface ArticleRecord {
  /** Normalised URL (see lib/url.ts): the key. */
  url: string;
  title: string;
  site: string;
  lang: string;
  byline: string | null;
  publishedAt: string | null;
  firstReadAt: number;
  readAt: number;
  readCount: number;
  /** Mentions per actor id. */
  actorCounts: Record<string, number>;
  /** The same ids, as a multi-entry index for "articles that mention X". */
  actorIds: string[];
  claimCount: number;
  /** The outlet (media actor id) that publishes the article; null off every known outlet. Absent only in an imported backup from before outlets. */
  outletId?: string | null;
}

export interface ClaimRecord {
  /** Stable across re-reads: the article and the sentence. */
  id: string;
  articleUrl: string;
  site: string;
  articleTitle: string;
  publishedAt: string | null;
  readAt: number;
  lang: string;
  kind: 'statement' | 'figure';
  text: string;
  speakerId: string | null;
  /** The speaker as written when not in the knowledge base, or an unnamed source's words (مصادر مطلعة). */
  speakerName?: string;
  /** The source names nobody: it stays unnamed, credited to no actor. */
  unnamedSource?: boolean;
  verb: string | null;
  content: string | null;
  /** Every actor in the claim, the speaker included. */
  actorIds: string[];
  figures: StoredFigure[];
  anchor: QuoteAnchor;
  /**
   * `actorId␀date` for each actor: a multi-entry index sorted by date within an actor, so
   * "the newest claims about X" is a bounded range read, whatever the store's size.
   */
  actorDates: string[];
  /** `actorId|unit` for each figure and actor: where stored figures can disagree. */
  figureKeys: string[];
  /** The outlet of the claim's article (see ArticleRecord.outletId). */
  outletId?: string | null;
  /** Outlets the text credits with the claim (رويترز، أ ف ب), by actor id. */
  credits?: string[];
}

export type NoteKind = 'actor' | 'claim' | 'article' | 'passage';

/**
 * Where a passage is in the collected article text, in UTF-16 units, end exclusive (W3C
 * TextPositionSelector). A quick first guess on return; the quote decides when the page changed.
 */
export interface TextPosition {
  start: number;
  end: number;
}

export interface NoteRecord {
  id: string;
  kind: NoteKind;
  actorId: string | null;
  claimId: string | null;
  articleUrl: string | null;
  anchor: QuoteAnchor | null;
  /** A passage note's place in the article text; absent on notes saved before it was kept. */
  position?: TextPosition;
  /** Markdown-light text as the reader wrote it; always rendered as text, never as HTML. */
  body: string;
  /** The reader's own labels, as written (see lib/store/tags.ts); absent means none. */
  tags?: string[];
  createdAt: number;
  updatedAt: number;
}

export interface ReaderActorRecord {
  id: string;
  actor: Actor;
  /** Added by the reader in the panel, or imported from a pack (its name). */
  source: { kind: 'reader' } | { kind: 'pack'; name: string };
  createdAt: number;
  updatedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The separator in `actorDates` keys: sorts before every character of an id or a date. */
export const KEY_SEPARATOR = '\u0000';
