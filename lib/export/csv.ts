import { claimDate } from '../store/claims';
import type { ClaimRecord, NoteRecord } from '../store/types';
import { siteOf } from '../url';
import { filterBackupData } from './filter';
import { isoTime } from './time';
import type { ActorNames, BackupData, ExportOptions } from './types';

export interface CsvOptions extends ExportOptions {
  names: ActorNames;
}

export const CSV_COLUMNS = ['kind', 'id', 'actor_ids', 'actor_names', 'site', 'date', 'url', 'text', 'quote', 'note', 'tags'] as const;
type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Without a byte order mark, Excel reads UTF-8 as the local code page and Arabic turns to mojibake. */
const BOM = '\ufeff';

/**
 * A spreadsheet would run a cell that starts with one of these as a formula (`=HYPERLINK(…)`,
 * `@SUM(…)`); tab and carriage return are on OWASP's list too. A leading apostrophe makes it text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field, RFC 4180, always quoted (quotes doubled): a spreadsheet in a locale whose list
 * separator is `;` splits an unquoted `قال;=HYPERLINK(…)` into a second cell that starts with
 * `=`, past the formula guard, which sees only the field's start.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * One row per claim, then one per note. `date` is when a claim was published (else read) and
 * when a note was last edited; `text` is the claim, or for a claim note the claim it is on.
 */
export function exportCsv(data: BackupData, options: CsvOptions): string {
  const d = filterBackupData(data, options.filter);
  const claimById = new Map(d.claims.map((c) => [c.id, c]));
  const siteByUrl = new Map(d.articles.map((a) => [a.url, a.site]));
  const nameOf = (id: string) => {
    const n = options.names(id);
    if (!n) return id;
    return n.ar && n.en && n.ar !== n.en ? `${n.ar} (${n.en})` : n.ar || n.en || id;
  };
  const actorCells = (ids: string[]) => ({ actor_ids: ids.join(';'), actor_names: ids.map(nameOf).join(';') });

  const claimRow = (c: ClaimRecord): Row => ({
    kind: 'claim',
    id: c.id,
    ...actorCells(c.actorIds),
    site: c.site,
    date: claimDate(c.publishedAt, c.readAt),
    url: c.articleUrl,
    text: c.text,
    quote: c.anchor.exact,
    note: '',
    tags: '',
  });
  const noteRow = (n: NoteRecord): Row => {
    const claim = n.claimId === null ? undefined : claimById.get(n.claimId);
    const url = n.articleUrl ?? claim?.articleUrl ?? '';
    const actors = claim ? claim.actorIds : n.actorId === null ? [] : [n.actorId];
    return {
      kind: `${n.kind}_note`,
      id: n.id,
      ...actorCells(actors),
      site: claim?.site ?? siteByUrl.get(url) ?? (url ? siteOf(url) : ''),
      date: isoTime(n.updatedAt).slice(0, 19),
      url,
      text: claim?.text ?? '',
      quote: n.anchor?.exact ?? '',
      note: n.body,
      // Tags never hold ; (lib/store/tags.ts), so the cell splits back into them.
      tags: (n.tags ?? []).join(';'),
    };
  };

  const rows = [...d.claims.map(claimRow), ...d.notes.map(noteRow)];
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((col) => csvField(r[col])).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
