import type { QuoteAnchor } from '../report';
import type { NoteRecord, TextPosition } from '../store/types';
import { dominantDirection } from './bidi';
import { filterBackupData } from './filter';
import { isoTime } from './time';
import { ANNOTATION_VERSION, APP_NAME, type BackupData, type ExportOptions } from './types';
import { SIYAQ_NAMESPACE, uuidV5 } from './uuid';

/** The W3C Web Annotation context, plus schema.org's term for the format version of this export. */
export const ANNOTATION_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { schemaVersion: 'http://schema.org/schemaVersion' }] as const;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/markdown' | 'text/plain';
  language?: string;
  /** The note itself is 'commenting'; each of the reader's tags is a body of its own, 'tagging'. */
  purpose?: 'commenting' | 'tagging';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting';
  created: string;
  modified: string;
  /** The note; with tags, a list: the note first, then one tagging body per tag. */
  body: TextualBody | TextualBody[];
  /** Both selectors describe the same passage: the position is exact, the quote survives edits. */
  target: { source: string; selector?: Selector[] };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { id: string; type: 'Software'; name: string; schemaVersion: string };
  generated: string;
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const urn = (name: string) => `urn:uuid:${uuidV5(name, SIYAQ_NAMESPACE)}`;

/** Annotations are about web pages: only an absolute http(s) URL is a target another tool can open. */
function webUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function quoteSelector(anchor: QuoteAnchor): TextQuoteSelector {
  // Empty context is left out rather than given as "": an empty prefix would claim the quote starts the page.
  return {
    type: 'TextQuoteSelector',
    exact: anchor.exact,
    ...(anchor.prefix ? { prefix: anchor.prefix } : {}),
    ...(anchor.suffix ? { suffix: anchor.suffix } : {}),
  };
}

function selectors(anchor: QuoteAnchor | undefined, position: TextPosition | undefined): Selector[] {
  return [
    ...(anchor ? [quoteSelector(anchor)] : []),
    ...(anchor && position ? [{ type: 'TextPositionSelector' as const, start: position.start, end: position.end }] : []),
  ];
}

/** The notes an annotation export holds; the rest (notes on actors, on pages that are not web pages) have no page to point at. */
export function annotatable(data: BackupData): { notes: NoteRecord[]; left: number } {
  const claimById = new Map(data.claims.map((c) => [c.id, c]));
  const notes = data.notes.filter((n) => n.kind !== 'actor' && targetUrl(n, claimById) !== null);
  return { notes, left: data.notes.length - notes.length };
}

function targetUrl(n: NoteRecord, claims: Map<string, BackupData['claims'][number]>): string | null {
  const claim = n.claimId === null ? undefined : claims.get(n.claimId);
  return webUrl(n.articleUrl ?? claim?.articleUrl ?? null);
}

/**
 * Notes on web pages as a W3C Web Annotation collection (JSON-LD), for Hypothesis-like tools:
 * passage notes target their quote and position, claim notes the claim's sentence (or their own
 * quote), article notes the page. Actor notes have no page and are not included; neither are
 * notes whose article URL is not a web address. Ids are name-based UUIDs, the same on every export.
 */
export function exportAnnotations(data: BackupData, options: ExportOptions): string {
  const d = filterBackupData(data, options.filter);
  const claimById = new Map(d.claims.map((c) => [c.id, c]));
  const items: WebAnnotation[] = [];
  for (const n of annotatable(d).notes) {
    const claim = n.claimId === null ? undefined : claimById.get(n.claimId);
    const anchor = n.anchor ?? (n.kind === 'claim' ? claim?.anchor : undefined);
    // A position counts characters of the passage the note was written on, not of a claim's sentence.
    items.push(annotation(n, targetUrl(n, claimById)!, selectors(anchor ?? undefined, n.anchor ? n.position : undefined)));
  }
  const exportedAt = isoTime(options.now);
  const seed = `${exportedAt}|${JSON.stringify(options.filter ?? {})}`;
  const collection: AnnotationCollection = {
    '@context': ANNOTATION_CONTEXT,
    id: urn(`collection|${seed}`),
    type: 'AnnotationCollection',
    label: `${APP_NAME} notes`,
    total: items.length,
    generator: { id: urn('generator|siyaq'), type: 'Software', name: APP_NAME, schemaVersion: `siyaq-annotations/${ANNOTATION_VERSION}` },
    generated: exportedAt,
    ...(items.length ? { first: { id: urn(`page|${seed}`), type: 'AnnotationPage' as const, startIndex: 0 as const, items } } : {}),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

const languageOf = (text: string) => {
  // The reader writes in Arabic or English; a text without letters has no language to state.
  const dir = dominantDirection(text);
  return dir === 'rtl' ? 'ar' : dir === 'ltr' ? 'en' : 'und';
};

function annotation(n: NoteRecord, source: string, selector: Selector[]): WebAnnotation {
  const comment: TextualBody = { type: 'TextualBody', value: n.body, format: 'text/markdown', language: languageOf(n.body) };
  const tags = (n.tags ?? []).map(
    (t): TextualBody => ({ type: 'TextualBody', value: t, format: 'text/plain', language: languageOf(t), purpose: 'tagging' }),
  );
  return {
    id: urn(`note|${n.id}`),
    type: 'Annotation',
    motivation: 'commenting',
    created: isoTime(n.createdAt),
    modified: isoTime(n.updatedAt),
    body: tags.length ? [{ ...comment, purpose: 'commenting' }, ...tags] : comment,
    target: selector.length ? { source, selector } : { source },
  };
}
