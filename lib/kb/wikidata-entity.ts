/**
 * Reading the Wikidata JSON entity format (Special:EntityData and the JSON dumps). Exports are
 * untrusted input, so every accessor checks the shape it reads and answers `undefined` or an
 * empty list instead of throwing: one odd statement must not cost the whole entity.
 */
import type { PartialDate } from './schema';

export interface WdText {
  language: string;
  value: string;
}

export interface WdSnak {
  snaktype?: string;
  property?: string;
  datavalue?: { type?: string; value?: unknown };
}

export interface WdStatement {
  mainsnak?: WdSnak;
  qualifiers?: Record<string, WdSnak[]>;
  rank?: string;
}

export interface WdEntity {
  id: string;
  type?: string;
  labels?: Record<string, WdText>;
  aliases?: Record<string, WdText[]>;
  descriptions?: Record<string, WdText>;
  claims?: Record<string, WdStatement[]>;
  sitelinks?: Record<string, { title?: string }>;
}

export const QID = /^Q[1-9]\d*$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The entity when `raw` looks like a Wikidata item; properties and lexemes are not actors. */
export function asItem(raw: unknown): WdEntity | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'string' || !QID.test(raw.id)) return undefined;
  if (raw.type !== undefined && raw.type !== 'item') return undefined;
  // Only the id and type are vouched for: every reader of the claims and labels checks its own.
  return { ...raw, id: raw.id };
}

function text(v: unknown): string | undefined {
  if (!isRecord(v) || typeof v.value !== 'string') return undefined;
  const s = v.value.trim();
  return s === '' ? undefined : s;
}

export function label(e: WdEntity, lang: string): string | undefined {
  return isRecord(e.labels) ? text(e.labels[lang]) : undefined;
}

export function description(e: WdEntity, lang: string): string | undefined {
  return isRecord(e.descriptions) ? text(e.descriptions[lang]) : undefined;
}

export function aliasesIn(e: WdEntity, lang: string): string[] {
  const list = isRecord(e.aliases) ? e.aliases[lang] : undefined;
  if (!Array.isArray(list)) return [];
  return list.map(text).filter((s): s is string => s !== undefined);
}

export function sitelinkTitle(e: WdEntity, site: string): string | undefined {
  const link = isRecord(e.sitelinks) ? e.sitelinks[site] : undefined;
  if (!isRecord(link) || typeof link.title !== 'string') return undefined;
  const t = link.title.trim();
  return t === '' ? undefined : t;
}

/**
 * Statements of a property, deprecated ones left out (Wikidata keeps them to record that a
 * claim is known to be wrong). Preferred statements come first, so "the first one that
 * resolves" picks the value the community marked as current.
 */
export function statements(e: WdEntity, property: string): WdStatement[] {
  const list = isRecord(e.claims) ? e.claims[property] : undefined;
  if (!Array.isArray(list)) return [];
  const kept = list.filter((s): s is WdStatement => isRecord(s) && s.rank !== 'deprecated');
  return [...kept.filter((s) => s.rank === 'preferred'), ...kept.filter((s) => s.rank !== 'preferred')];
}

/** The item a snak points to; "no value" and "unknown value" snaks point nowhere. */
export function snakItem(snak: unknown): string | undefined {
  if (!isRecord(snak) || (snak.snaktype !== undefined && snak.snaktype !== 'value')) return undefined;
  const dv = snak.datavalue;
  if (!isRecord(dv) || !isRecord(dv.value)) return undefined;
  const v = dv.value;
  if (typeof v.id === 'string' && QID.test(v.id)) return v.id;
  // Older dumps carry only the numeric id.
  if (v['entity-type'] === 'item' && typeof v['numeric-id'] === 'number' && v['numeric-id'] > 0) return `Q${v['numeric-id']}`;
  return undefined;
}

const TIME = /^\+(\d{1,16})-(\d{2})-(\d{2})T/;

/**
 * A time snak as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as its precision says
 * (9 year, 10 month, 11 day). Coarser values (decades, centuries) and years before 1 or
 * after 9999 do not fit the schema's dates and come back undefined.
 */
export function snakDate(snak: unknown): PartialDate | undefined {
  if (!isRecord(snak) || (snak.snaktype !== undefined && snak.snaktype !== 'value')) return undefined;
  const dv = snak.datavalue;
  if (!isRecord(dv) || !isRecord(dv.value)) return undefined;
  const { time, precision } = dv.value;
  if (typeof time !== 'string' || typeof precision !== 'number' || precision < 9) return undefined;
  const m = TIME.exec(time);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1 || year > 9999) return undefined;
  const yyyy = String(year).padStart(4, '0');
  // Month or day "00" means unknown even when the precision claims otherwise.
  if (precision === 9 || m[2] === '00') return yyyy;
  if (precision === 10 || m[3] === '00') return `${yyyy}-${m[2]}`;
  return `${yyyy}-${m[2]}-${m[3]}`;
}

export function mainItem(s: WdStatement): string | undefined {
  return snakItem(s.mainsnak);
}

/** Items of a property, in statement order (preferred first), without repeats. */
export function itemValues(e: WdEntity, property: string): string[] {
  const out = statements(e, property)
    .map(mainItem)
    .filter((q): q is string => q !== undefined);
  return [...new Set(out)];
}

function qualifierSnaks(s: WdStatement, property: string): unknown[] {
  const list = isRecord(s.qualifiers) ? s.qualifiers[property] : undefined;
  return Array.isArray(list) ? list : [];
}

export function qualifierItems(s: WdStatement, property: string): string[] {
  return qualifierSnaks(s, property)
    .map(snakItem)
    .filter((q): q is string => q !== undefined);
}

export function qualifierDate(s: WdStatement, property: string): PartialDate | undefined {
  for (const snak of qualifierSnaks(s, property)) {
    const d = snakDate(snak);
    if (d) return d;
  }
  return undefined;
}

/**
 * The entities of a whole JSON document: `{ entities: { Q1: {...} } }` from
 * Special:EntityData, a plain array as in the dumps, or a single entity object.
 */
export function entitiesOfDocument(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (!isRecord(doc)) return [];
  if (isRecord(doc.entities)) return Object.values(doc.entities);
  return typeof doc.id === 'string' ? [doc] : [];
}

export type ExportFormat = 'array' | 'lines' | 'document';

/**
 * The layout of an export, from its first non-empty line: `[` opens an array (the dump), to be
 * cut into elements as lines arrive; a first line that is a whole entity means one entity per
 * line without brackets (NDJSON, as dump filters write it); any other `{` is one document
 * (Special:EntityData), read whole. Undefined: not a Wikidata JSON export.
 */
export function detectFormat(firstLine: string): ExportFormat | undefined {
  const t = firstLine.trim().replace(/^\uFEFF/, '');
  if (t.startsWith('[')) return 'array';
  if (!t.startsWith('{')) return undefined;
  try {
    const v: unknown = JSON.parse(t.replace(/,$/, ''));
    if (isRecord(v) && typeof v.id === 'string' && v.entities === undefined) return 'lines';
  } catch {
    // an object spread over several lines
  }
  return 'document';
}

export interface JsonArraySplitter {
  /** Feeds more text; returns the source of every top-level object completed by it. */
  push(chunk: string): string[];
  /** True once the closing `]` of the top-level array has been read. */
  readonly closed: boolean;
  /** True while an element is open (the input ended in the middle of an object). */
  readonly pending: boolean;
}

/**
 * Cuts a JSON array into its object elements without parsing the whole array, so a dump
 * far larger than memory can be read a line at a time. It works for the dump's own layout
 * (one entity per line, each followed by a comma), for pretty-printed arrays where an object
 * spans many lines, and for several objects on one line. Scalars at the top level are skipped.
 */
export function createJsonArraySplitter(): JsonArraySplitter {
  // Most of an entity is string content: jump through it with indexOf rather than char by char.
  const STRUCTURE = /[{}[\]"]/g;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let capturing = false;
  let closed = false;
  let parts: string[] = [];
  return {
    get closed() {
      return closed;
    },
    get pending() {
      return capturing;
    },
    push(chunk: string): string[] {
      const out: string[] = [];
      let from = capturing ? 0 : -1;
      let i = 0;
      while (i < chunk.length) {
        if (inString) {
          if (escaped) {
            escaped = false;
            i++;
            continue;
          }
          const q = chunk.indexOf('"', i);
          const stop = q < 0 ? chunk.length : q;
          let slashes = 0;
          while (stop - slashes - 1 >= i && chunk.charCodeAt(stop - slashes - 1) === 0x5c) slashes++;
          if (q < 0) {
            // The string goes on into the next chunk; an odd run of backslashes escapes its first character.
            escaped = slashes % 2 === 1;
            break;
          }
          if (slashes % 2 === 0) inString = false;
          i = q + 1;
          continue;
        }
        STRUCTURE.lastIndex = i;
        const m = STRUCTURE.exec(chunk);
        if (!m) break;
        const at = m.index;
        const c = m[0];
        i = at + 1;
        if (c === '"') inString = true;
        else if (c === '{' || c === '[') {
          depth++;
          if (depth === 2 && c === '{' && !closed) {
            capturing = true;
            from = at;
          }
        } else {
          depth--;
          if (depth === 1 && capturing) {
            parts.push(chunk.slice(from, at + 1));
            out.push(parts.join(''));
            parts = [];
            capturing = false;
            from = -1;
          } else if (depth === 0) closed = true;
        }
      }
      if (capturing && from >= 0) parts.push(chunk.slice(from));
      return out;
    },
  };
}
