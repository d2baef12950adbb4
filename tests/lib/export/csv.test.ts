import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, exportCsv } from '@/lib/export/csv';
import { claimDate } from '@/lib/store/claims';
import { fixture, names } from './fixture';

const NOW = Date.UTC(2024, 4, 5);

/** A strict RFC 4180 reader: CRLF between records, quoted fields may hold anything, `""` is a quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const field = (): string => {
    if (text[i] !== '"') {
      const end = text.slice(i).search(/,|\r\n/);
      const value = end < 0 ? text.slice(i) : text.slice(i, i + end);
      if (/["\r\n]/.test(value)) throw new Error(`unquoted field with a quote or line break at ${i}`);
      i += value.length;
      return value;
    }
    let value = '';
    i++;
    for (;;) {
      const q = text.indexOf('"', i);
      if (q < 0) throw new Error('unterminated quote');
      value += text.slice(i, q);
      i = q + 1;
      if (text[i] !== '"') return value;
      value += '"';
      i++;
    }
  };
  while (i < text.length) {
    row.push(field());
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      i += 2;
      rows.push(row);
      row = [];
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  if (row.length) throw new Error('last record has no CRLF');
  return rows;
}

describe('exportCsv', () => {
  const text = exportCsv(fixture(), { now: NOW, names });

  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('parses back, cell for cell, to the store’s text: Arabic, quotes, commas, tabs, line breaks', () => {
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const byId = new Map(rows.map((r) => [r[1], Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]))]));
    const data = fixture();

    for (const c of data.claims) {
      expect(byId.get(c.id)).toEqual({
        kind: 'claim',
        id: c.id,
        actor_ids: c.actorIds.join(';'),
        actor_names: c.actorIds.map((id) => `${names(id)!.ar} (${names(id)!.en})`).join(';'),
        site: c.site,
        date: claimDate(c.publishedAt, c.readAt),
        url: c.articleUrl,
        text: c.text,
        quote: c.anchor.exact,
        note: '',
        tags: '',
      });
    }
    for (const n of data.notes) {
      const row = byId.get(n.id)!;
      expect(row.kind).toBe(`${n.kind}_note`);
      // Only a leading = + - @ is changed, and only by an apostrophe in front.
      expect(row.note).toBe(/^[=+\-@]/.test(n.body) ? `'${n.body}` : n.body);
      expect(row.quote).toBe(n.anchor?.exact ?? '');
    }
    expect(byId.get('n-long')!.note).toHaveLength(100_000);
    expect(byId.get('n-claim')).toMatchObject({
      text: data.claims.find((c) => c.kind === 'statement' && c.lang === 'ar')!.text,
      site: 'aljazeera.net',
    });
    expect(byId.get('n-article')).toMatchObject({ site: 'reuters.com', actor_ids: '' });
    // The reader's tags, split back by the cell's separator.
    expect(byId.get('n-article')!.tags!.split(';')).toEqual(data.notes.find((n) => n.id === 'n-article')!.tags);
  });

  it('quotes every field, doubling quotes', () => {
    expect(csvField('plain نص')).toBe('"plain نص"');
    expect(csvField('')).toBe('""');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField('+1')).toBe(`"'+1"`);
    expect(csvField('-2+3')).toBe(`"'-2+3"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvField('\tcmd')).toBe(`"'\tcmd"`);
    expect(csvField('a=b')).toBe('"a=b"');
    // In a locale whose list separator is ";", an unquoted field would split here, and its
    // second cell start with "=": quoted, it stays one cell of text.
    expect(csvField('قال;=HYPERLINK("http://evil")')).toBe('"قال;=HYPERLINK(""http://evil"")"');
    const data = fixture();
    data.notes[0]!.body = '=1+1';
    const rows = parseCsv(exportCsv(data, { now: NOW, names }).slice(1));
    expect(rows.find((r) => r[1] === data.notes[0]!.id)![9]).toBe("'=1+1");
  });

  it('applies the export filter', () => {
    const rows = parseCsv(exportCsv(fixture(), { now: NOW, names, filter: { sites: ['reuters.com'] } }).slice(1));
    expect(rows.slice(1).map((r) => r[0])).toEqual(['claim', 'actor_note', 'article_note']);
  });
});
