import type { NoteRecord, QuoteAnchor } from '../store/types';
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

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting';
  created: string;
  modified: string;
  body: { type: 'TextualBody'; value: string; format: 'text/markdown'; language: string };
  target: { source: string; selector?: TextQuoteSelector[] };
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

function selector(anchor: QuoteAnchor): TextQuoteSelector {
  // Empty context is left out rather than given as "": an empty prefix would claim the quote starts the page.
  return {
    type: 'TextQuoteSelector',
    exact: anchor.exact,
    ...(anchor.prefix ? { prefix: anchor.prefix } : {}),
    ...(anchor.suffix ? { suffix: anchor.suffix } : {}),
  };
}

/**
 * Notes on web pages as a W3C Web Annotation collection (JSON-LD), for Hypothesis-like tools:
 * passage notes target their quote, claim notes the claim's sentence (or their own quote),
 * article notes the page. Actor notes have no page and are not included; neither are notes whose
 * article URL is not a web address. Ids are name-based UUIDs, the same on every export.
 */
export function exportAnnotations(data: BackupData, options: ExportOptions): string {
  const d = filterBackupData(data, options.filter);
  const claimById = new Map(d.claims.map((c) => [c.id, c]));
  const items: WebAnnotation[] = [];
  for (const n of d.notes) {
    if (n.kind === 'actor') continue;
    const claim = n.claimId === null ? undefined : claimById.get(n.claimId);
    const source = webUrl(n.articleUrl ?? claim?.articleUrl ?? null);
    if (source === null) continue;
    const anchor = n.anchor ?? (n.kind === 'claim' ? claim?.anchor : undefined);
    items.push(annotation(n, source, anchor));
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

function annotation(n: NoteRecord, source: string, anchor: QuoteAnchor | undefined): WebAnnotation {
  const dir = dominantDirection(n.body);
  return {
    id: urn(`note|${n.id}`),
    type: 'Annotation',
    motivation: 'commenting',
    created: isoTime(n.createdAt),
    modified: isoTime(n.updatedAt),
    // The reader writes in Arabic or English; a note without letters has no language to state.
    body: { type: 'TextualBody', value: n.body, format: 'text/markdown', language: dir === 'rtl' ? 'ar' : dir === 'ltr' ? 'en' : 'und' },
    target: anchor ? { source, selector: [selector(anchor)] } : { source },
  };
}
