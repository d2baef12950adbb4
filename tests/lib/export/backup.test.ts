import { describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/export/backup';
import { exportFileName } from '@/lib/export/filename';
import { filterBackupData } from '@/lib/export/filter';
import { BACKUP_VERSION } from '@/lib/export/types';
import { parseBackup } from '@/lib/import/backup';
import { ARTICLE_AR, ARTICLE_EMOJI, ARTICLE_EN, fixture, KNOWN } from './fixture';

const NOW = Date.UTC(2024, 4, 5, 10, 30);

describe('exportBackup', () => {
  it('writes a versioned, self-describing file with counts that match', () => {
    const file = JSON.parse(exportBackup(fixture(), { now: NOW }));
    expect(Object.keys(file)).toEqual([
      'schema',
      'version',
      'exportedAt',
      'app',
      'counts',
      'articles',
      'claims',
      'notes',
      'readerActors',
      'settings',
    ]);
    expect(file).toMatchObject({
      schema: 'siyaq-backup',
      version: BACKUP_VERSION,
      exportedAt: '2024-05-05T10:30:00.000Z',
      app: 'Siyaq',
      counts: { articles: 3, claims: 3, notes: 7, readerActors: 2, settings: 3 },
    });
    expect(file.notes).toEqual(fixture().notes);
  });

  it('puts one record on a line, so the file can be read and diffed', () => {
    const lines = exportBackup(fixture(), { now: NOW }).split('\n');
    const noteLines = lines.filter((l) => l.startsWith('{"id":"n-'));
    expect(noteLines).toHaveLength(7);
    for (const l of noteLines) expect(() => JSON.parse(l.replace(/,$/, ''))).not.toThrow();
  });

  it('leaves out a setting whose value is undefined rather than write a record that cannot be read back', () => {
    const data = {
      ...fixture(),
      settings: [
        { key: 'gone', value: undefined },
        { key: 'kept', value: 0 },
      ],
    };
    const text = exportBackup(data, { now: NOW });
    expect(JSON.parse(text).settings).toEqual([{ key: 'kept', value: 0 }]);
    expect(parseBackup(text, { knownActorIds: KNOWN }).ok).toBe(true);
  });

  it('writes an empty store as a valid backup', () => {
    const empty = { articles: [], claims: [], notes: [], readerActors: [], settings: [] };
    const r = parseBackup(exportBackup(empty, { now: NOW }), { knownActorIds: new Set() });
    expect(r.ok && r.value.counts).toEqual({ articles: 0, claims: 0, notes: 0, readerActors: 0, settings: 0 });
  });
});

describe('export filters', () => {
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
  const urls = (rows: { url: string }[]) => rows.map((r) => r.url).sort();

  it('no filter, or an empty one, is the whole store, settings included', () => {
    expect(filterBackupData(fixture(), undefined)).toEqual(fixture());
    expect(filterBackupData(fixture(), { actorIds: [], sites: [] })).toEqual(fixture());
  });

  it('by actor: their claims, notes on those claims, on them and on articles that mention them, those articles', () => {
    const d = filterBackupData(fixture(), { actorIds: ['reader-militia'] });
    expect(d.claims.map((c) => c.kind)).toEqual(['figure']);
    // n-empty is on the claim, n-long on the actor, n-controls on a passage of an article that names it.
    expect(ids(d.notes)).toEqual(['n-controls', 'n-empty', 'n-long']);
    expect(urls(d.articles)).toEqual([ARTICLE_AR]);
    // The actor, and the reader actor it refers to (its ally), so the file validates on its own.
    expect(ids(d.readerActors)).toEqual(['reader-leader', 'reader-militia']);
    expect(d.settings).toEqual([]);
  });

  it('by site: claims and article notes from it, and notes on the actors of those claims', () => {
    const d = filterBackupData(fixture(), { sites: ['www.Reuters.com'] });
    expect(d.claims.map((c) => c.site)).toEqual(['reuters.com']);
    expect(ids(d.notes)).toEqual(['n-actor', 'n-article']);
    expect(urls(d.articles)).toEqual([ARTICLE_EN]);
    expect(d.readerActors).toEqual([]);
  });

  it('by date, inclusive, by prefix: published date first, else the reading date', () => {
    const d = filterBackupData(fixture(), { from: '2021', to: '2021-03' });
    expect(d.claims).toEqual([]);
    expect(ids(d.notes)).toEqual(['n-passage']);
    expect(urls(d.articles)).toEqual([ARTICLE_EMOJI]);
    const august = filterBackupData(fixture(), { from: '2020-08-24', to: '2020-08-24' });
    expect(august.claims).toHaveLength(2);
  });

  it('criteria combine: every one must hold', () => {
    expect(filterBackupData(fixture(), { actorIds: ['reader-militia'], sites: ['reuters.com'] }).claims).toEqual([]);
  });

  it('a filtered export says so in the file and still parses on its own', () => {
    const text = exportBackup(fixture(), { now: NOW, filter: { actorIds: ['reader-militia'] } });
    const file = JSON.parse(text);
    expect(file.filter).toEqual({ actorIds: ['reader-militia'] });
    expect(file.counts).toEqual({ articles: 1, claims: 1, notes: 3, readerActors: 2, settings: 0 });
    expect(parseBackup(text, { knownActorIds: KNOWN }).ok).toBe(true);
  });
});

describe('exportFileName', () => {
  it('names the format, its version and the time to the minute, in ASCII', () => {
    expect(exportFileName('backup', NOW)).toBe('siyaq-backup-v1-2024-05-05-1030.json');
    expect(exportFileName('markdown', NOW)).toBe('siyaq-notes-v2-2024-05-05-1030.md');
    expect(exportFileName('csv', NOW)).toBe('siyaq-table-v2-2024-05-05-1030.csv');
    expect(exportFileName('annotations', NOW)).toBe('siyaq-annotations-v1-2024-05-05-1030.jsonld');
  });
});
