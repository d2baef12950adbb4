import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/export/backup';
import { exportMarkdown } from '@/lib/export/markdown';
import { BACKUP_VERSION } from '@/lib/export/types';
import { applyImport } from '@/lib/import/apply';
import { parseBackup } from '@/lib/import/backup';
import type { SiyaqDB } from '@/lib/store/db';
import { dump, fill, fixture, KNOWN, names, openDb, XSS } from '../export/fixture';

const NOW = Date.UTC(2024, 4, 5, 10, 30);

describe('backup round trip', () => {
  let source: SiyaqDB;
  let target: SiyaqDB;
  beforeEach(() => {
    source = openDb();
    target = openDb();
  });
  afterEach(async () => {
    await source.delete();
    await target.delete();
  });

  it('export → parse → import into an empty store gives back every table, equal in depth', async () => {
    const data = fixture();
    await fill(source, data);
    const before = await dump(source);
    expect(before).toEqual(data);

    const text = exportBackup(before, { now: NOW });
    const parsed = parseBackup(text, { knownActorIds: KNOWN });
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(parsed.value).toMatchObject({
      schema: 'siyaq-backup',
      version: BACKUP_VERSION,
      app: 'Siyaq',
      exportedAt: '2024-05-05T10:30:00.000Z',
    });

    const applied = await applyImport(target, parsed.value, 'merge', NOW);
    expect(applied.ok).toBe(true);
    const after = await dump(target);
    expect(after).toEqual(before);
    // Byte for byte, not only structurally: surrogates, controls and key order survive.
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
  });

  it('keeps the details that break naive exports', async () => {
    await fill(source, fixture());
    const parsed = parseBackup(exportBackup(await dump(source), { now: NOW }), { knownActorIds: KNOWN });
    if (!parsed.ok) throw new Error(parsed.error.message);
    await applyImport(target, parsed.value, 'replace', NOW);
    const notes = new Map((await target.notes.toArray()).map((n) => [n.id, n.body]));
    expect(notes.get('n-long')).toHaveLength(100_000);
    expect(notes.get('n-controls')).toContain('\ud83d هنا'); // a lone surrogate half
    expect(notes.get('n-controls')).toContain('\u202eمعكوس');
    expect(notes.get('n-actor')).toContain('\n\n\t');
    expect((await target.articles.get('https://aawsat.com/مقال/😀'))?.title).toBe('مقال 😀👨‍👩‍👧 \u200fاختبار\u200c والـ\u200cنص');
    expect((await target.claims.where('figureKeys').equals('reader-militia|soldier').first())?.figures[1]?.value).toBe(2500.5);
  });

  it("imported markup round-trips byte for byte, and the Markdown export keeps the reader's note as written", async () => {
    await fill(source, fixture());
    const parsed = parseBackup(exportBackup(await dump(source), { now: NOW }), { knownActorIds: KNOWN });
    if (!parsed.ok) throw new Error(parsed.error.message);
    await applyImport(target, parsed.value, 'merge', NOW);
    const body = (await target.notes.get('n-passage'))!.body;
    expect(body.startsWith(XSS)).toBe(true);
    expect(body).toBe(fixture().notes.find((n) => n.id === 'n-passage')!.body);

    const md = exportMarkdown(await dump(target), { now: NOW, names });
    expect(md).toContain(`\n${body}\n`);
  });
});
