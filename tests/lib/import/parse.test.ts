import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/export/backup';
import { parseBackup } from '@/lib/import/backup';
import { importBackupText } from '@/lib/import/import-text';
import { MB } from '@/lib/import/limits';
import { formatProblem, MAX_PROBLEMS, problemCount, summariseProblems } from '@/lib/import/problems';
import { translator } from '@/lib/i18n/messages';
import { aliasOwners } from '@/lib/kb/validate';
import { LIMITS } from '@/lib/store/limits';
import type { SiyaqDB } from '@/lib/store/db';
import { dumpText, fill, fixture, KNOWN, openDb } from '../export/fixture';
import { get, list, push, remove, set } from './json-edit';

const NOW = Date.UTC(2024, 4, 5);

/** The fixture's backup as parsed JSON, to break one thing in. */
function backupJson(): unknown {
  return JSON.parse(exportBackup(fixture(), { now: NOW }));
}
const noteAt = (id: string) => fixture().notes.findIndex((n) => n.id === id);

describe('parseBackup refuses a bad file before anything is written', () => {
  let db: SiyaqDB;
  let before: string;
  beforeEach(async () => {
    db = openDb();
    const local = fixture();
    local.notes = local.notes.map((n) => ({ ...n, body: `${n.body} (local)` }));
    await fill(db, local);
    before = await dumpText(db);
  });
  afterEach(() => db.delete());

  /** Imports `text` in replace mode (the mode that would lose most) and returns the problems. */
  async function problems(text: string, maxBytes?: number): Promise<string[]> {
    const r = await importBackupText(db, text, { knownActorIds: KNOWN, mode: 'replace', now: NOW, maxBytes });
    expect(r.ok).toBe(false);
    expect(await dumpText(db)).toBe(before);
    if (r.ok) return [];
    expect(r.error.code).toBe('invalid-input');
    expect(r.error.message).toContain(formatProblem(r.problems[0]!));
    return r.problems.map(formatProblem);
  }
  const broken = (edit: (b: unknown) => void) => {
    const b = backupJson();
    edit(b);
    return problems(JSON.stringify(b));
  };

  it('the fixture itself is accepted (so every failure below is the edit’s doing)', () => {
    const r = parseBackup(exportBackup(fixture(), { now: NOW }), { knownActorIds: KNOWN });
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('not JSON', async () => {
    const p = await problems('{"schema": "siyaq-backup", "version": 1,');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^file: not valid JSON \(.+\)$/);
  });

  it('JSON that is not an object', async () => {
    expect(await problems('[1, 2, 3]')).toEqual(['file: expected a JSON object (a Siyaq backup)']);
  });

  it('wrong schema', async () => {
    expect(await problems(JSON.stringify({ schema: 'something-else', version: 1 }))).toEqual([
      'schema: expected "siyaq-backup", found "something-else": not a Siyaq backup',
    ]);
    expect(await problems(JSON.stringify({ notes: [] }))).toEqual(['schema: expected "siyaq-backup", found nothing: not a Siyaq backup']);
  });

  it('a knowledge pack given as a backup', async () => {
    expect(await problems(JSON.stringify({ schema: 'siyaq-kb', version: 1, name: 'pack', actors: [] }))).toEqual([
      'schema: this is a knowledge pack, not a backup; import it as a pack',
    ]);
  });

  it('a newer version', async () => {
    expect(await broken((b) => set(b, 'version', 2))).toEqual([
      'version: 2 is newer than this version of Siyaq reads (1); update Siyaq first',
    ]);
  });

  it('an unknown version', async () => {
    expect(await broken((b) => set(b, 'version', 0))).toEqual(['version: 0 is not a backup version Siyaq knows']);
    expect(await broken((b) => set(b, 'version', '1'))).toEqual(['version: expected a whole number, found "1"']);
  });

  it('a missing field in a record', async () => {
    expect(await broken((b) => remove(b, `notes[${noteAt('n-actor')}].body`))).toEqual([`notes[${noteAt('n-actor')}].body: missing`]);
  });

  it('a missing table', async () => {
    expect(await broken((b) => remove(b, 'settings'))).toEqual(['settings: missing']);
  });

  it('wrong types', async () => {
    expect(
      await broken((b) => {
        set(b, 'claims[0].readAt', 'yesterday');
        set(b, 'articles[1].readCount', -1);
        set(b, 'notes[0].anchor', 'here');
        set(b, 'claims[1].figures[0].value', null);
      }),
    ).toEqual([
      'articles[1].readCount: expected a whole number ≥ 0, found number -1',
      'claims[0].readAt: expected a time in milliseconds, found "yesterday"',
      'claims[1].figures[0].value: expected a number, found null',
      'notes[0].anchor: expected an object, found "here"',
    ]);
  });

  it('an unknown kind of note', async () => {
    expect(await broken((b) => set(b, 'notes[0].kind', 'highlight'))).toEqual([
      'notes[0].kind: expected one of actor, claim, article, passage, found "highlight"',
    ]);
  });

  it('a note body longer than 100,000 characters', async () => {
    const at = noteAt('n-long');
    expect(await broken((b) => set(b, `notes[${at}].body`, `${get(b, `notes[${at}].body`)}x`))).toEqual([
      `notes[${at}].body: longer than 100000 characters`,
    ]);
  });

  it('any string larger than 1 MB (counted in UTF-8 bytes: 600,000 Arabic letters are 1.2 MB)', async () => {
    expect(await broken((b) => set(b, 'articles[0].title', 'ب'.repeat(600_000)))).toEqual([
      'articles[0].title: larger than 1 MB',
      `articles[0].title: longer than ${LIMITS.title} characters`,
    ]);
    expect(await broken((b) => set(b, 'settings[1].value', { deep: ['x'.repeat(MB + 1)] }))).toEqual([
      'settings[1].value.deep[0]: larger than 1 MB',
      `settings[1].value: larger than ${LIMITS.settingJson} characters of JSON`,
    ]);
  });

  it('a file larger than 50 MB, refused before it is even parsed', async () => {
    const text = exportBackup(fixture(), { now: NOW });
    expect(await problems(text + ' '.repeat(50 * MB))).toEqual(['file: larger than 50 MB']);
    expect(await problems(text, 1000)).toEqual(['file: larger than 1000 bytes']);
  });

  it('a claim or note naming an actor that exists nowhere', async () => {
    const c = list(backupJson(), 'claims').findIndex((x) => x.kind === 'figure');
    expect(
      await broken((b) => {
        push(b, `claims[${c}].actorIds`, 'ghost');
        set(b, `notes[${noteAt('n-actor')}].actorId`, 'Q999');
      }),
    ).toEqual([
      `claims[${c}].actorIds[2]: unknown actor "ghost": neither in the knowledge base nor among the backup's reader actors`,
      `notes[${noteAt('n-actor')}].actorId: unknown actor "Q999": neither in the knowledge base nor among the backup's reader actors`,
    ]);
  });

  it('a reader actor removed while claims and notes still name it', async () => {
    const p = await broken((b) => {
      set(
        b,
        'readerActors',
        list(b, 'readerActors').filter((r) => r.id !== 'reader-militia'),
      );
      set(b, 'counts.readerActors', 1);
    });
    expect(p).toContain('readerActors[0].actor.roles[0].of: refers to unknown actor "reader-militia"');
    expect(p).toContain(
      `notes[${noteAt('n-long')}].actorId: unknown actor "reader-militia": neither in the knowledge base nor among the backup's reader actors`,
    );
    expect(p.some((x) => /^claims\[\d\]\.actorIds\[1\]: unknown actor "reader-militia"/.test(x))).toBe(true);
    // The articles that mention it too.
    expect(p.some((x) => /^articles\[\d\]\.actorIds\[\d\]: unknown actor "reader-militia"/.test(x))).toBe(true);
    expect(p.some((x) => /^articles\[\d\]\.actorCounts\.reader-militia: unknown actor "reader-militia"/.test(x))).toBe(true);
  });

  it('an article naming an actor that exists nowhere', async () => {
    expect(
      await broken((b) => {
        set(b, 'articles[0].actorIds', [...(get(b, 'articles[0].actorIds') as string[]), 'ghost']);
      }),
    ).toEqual([
      `articles[0].actorIds[${(get(backupJson(), 'articles[0].actorIds') as string[]).length}]: unknown actor "ghost": neither in the knowledge base nor among the backup's reader actors`,
    ]);
  });

  it('an address that is not on the web, where it would become a link', async () => {
    const p = await broken((b) => {
      set(b, 'articles[0].url', 'javascript:alert(document.domain)');
      set(b, 'claims[0].articleUrl', 'data:text/html,<script>alert(1)</script>');
      set(b, `notes[${noteAt('n-passage')}].articleUrl`, 'file:///etc/passwd');
    });
    expect(p).toEqual([
      'articles[0].url: not a web address (http or https)',
      'claims[0].articleUrl: not a web address (http or https)',
      `notes[${noteAt('n-passage')}].articleUrl: not a web address (http or https)`,
    ]);
  });

  it('a reader actor taking a bundled actor’s name, as saving one in the panel refuses', () => {
    const text = exportBackup(fixture(), { now: NOW });
    const knownAliases = aliasOwners([
      { id: 'kadhimi', type: 'person', names: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' }, note: { ar: 'ن', en: 'n' } },
      { id: 'iraq', type: 'state', names: { ar: 'قائد الفصيل', en: 'Iraq' }, note: { ar: 'ن', en: 'n' } },
    ]);
    const r = parseBackup(text, { knownActorIds: KNOWN, knownAliases });
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^readerActors\[\d\]\.actor\.aliases: "قائد الفصيل" is also a name of "iraq"/),
    ]);
  });

  it('an invalid reader actor, checked by the knowledge base validator', async () => {
    expect(
      await broken((b) => {
        set(b, 'readerActors[1].actor.type', 'militia');
        set(b, 'readerActors[1].actor.names.ar', 'Local');
        set(b, 'readerActors[1].actor.affiliations[0].target', 'nobody');
      }),
    ).toEqual([
      'readerActors[1].actor.type: must be one of person, party, armed_group, organisation, state, place, international_body, media',
      'readerActors[1].actor.names.ar: has no Arabic letters',
      'readerActors[1].actor.affiliations[0].target: refers to unknown actor "nobody"',
    ]);
    expect(await broken((b) => set(b, 'readerActors[1].actor.affiliations[0].target', 'nobody'))).toEqual([
      'readerActors[1].actor.affiliations[0].target: refers to unknown actor "nobody"',
    ]);
  });

  it('a reader actor record whose id is not its actor’s', async () => {
    expect(await broken((b) => set(b, 'readerActors[0].id', 'someone-else'))).toContain(
      'readerActors[0].actor.id: must equal the record\'s id "someone-else"',
    );
  });

  it('duplicate ids', async () => {
    expect(
      await broken((b) => {
        push(b, 'notes', { ...list(b, 'notes')[2] });
        push(b, 'articles', { ...list(b, 'articles')[0] });
        push(b, 'settings', { key: 'ui.lang', value: 'en' });
        for (const t of ['notes', 'articles', 'settings']) set(b, `counts.${t}`, list(b, t).length);
      }),
    ).toEqual([
      'articles[3].url: duplicate of articles[0]',
      'notes[7].id: duplicate of notes[2]',
      'settings[3].key: duplicate of settings[2]',
    ]);
  });

  it('counts that do not match the records (a file cut short)', async () => {
    expect(await broken((b) => list(b, 'notes').pop())).toEqual(['counts.notes: says 7, but the file has 6 (was it cut short?)']);
  });

  it('fields the store does not know', async () => {
    expect(
      await broken((b) => {
        set(b, 'notes[0].html', '<b>x</b>');
        set(b, 'extra', true);
      }),
    ).toEqual(['extra: unknown field', 'notes[0].html: unknown field']);
  });

  it('a note missing what its kind points at', async () => {
    const at = noteAt('n-passage');
    expect(await broken((b) => set(b, `notes[${at}].anchor`, null))).toEqual([
      `notes[${at}].anchor: required for a note of kind "passage"`,
    ]);
  });

  it('claim index keys that name other actors', async () => {
    expect(await broken((b) => set(b, 'claims[0].actorDates[0]', `Q42\u00002020-01-01`))).toEqual([
      'claims[0].actorDates[0]: not one of the claim’s actors',
    ]);
  });

  it('a figure tied to an actor outside its claim', async () => {
    const at = fixture().claims.findIndex((c) => c.figures.some((f) => f.actorIds));
    expect(await broken((b) => set(b, `claims[${at}].figures[0].actorIds`, ['iraq']))).toEqual([
      `claims[${at}].figures[0].actorIds[0]: not one of the claim’s actors`,
    ]);
    expect(await broken((b) => set(b, `claims[${at}].figures[0].actorIds`, 'donald-trump'))).toEqual([
      `claims[${at}].figures[0].actorIds: expected a list, found "donald-trump"`,
    ]);
  });

  it('an export date that is not a date', async () => {
    expect(await broken((b) => set(b, 'exportedAt', 'last Tuesday'))).toEqual(['exportedAt: not a date']);
  });

  it('nesting deeper than any record needs', async () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 40; i++) deep = { x: deep };
    const p = await broken((b) => set(b, 'settings[1].value', deep));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^settings\[1\]\.value(\.x)+: nested deeper than 32 levels$/);
  });

  it('reports every problem at once, not only the first', async () => {
    const p = await broken((b) => {
      set(b, 'notes[0].body', 7);
      set(b, 'claims[2].text', null);
      set(b, 'readerActors[0].actor.type', 'wizard');
      set(b, 'settings[0].key', '');
      set(b, 'app', 42);
    });
    expect(p).toEqual([
      'app: expected a string, found number 42',
      'claims[2].text: expected a string, found null',
      'notes[0].body: expected a string, found number 7',
      'settings[0].key: must not be empty',
      'readerActors[0].actor.type: must be one of person, party, armed_group, organisation, state, place, international_body, media',
    ]);
  });

  it('a flood of problems is cut at 100, with the rest counted', async () => {
    const p = await broken((b) => {
      for (let i = 0; i < 300; i++) push(b, 'notes', { id: `bad-${i}` });
      set(b, 'counts.notes', list(b, 'notes').length);
    });
    expect(p).toHaveLength(MAX_PROBLEMS + 1);
    expect(p.at(-1)).toMatch(/^file: and \d+ more problems$/);
  });

  it('a flood is summed up for the reader with its true count and one line per kind of fault', () => {
    const b = backupJson();
    for (let i = 0; i < 300; i++) push(b, 'notes', { id: `bad-${i}` });
    set(b, 'counts.notes', list(b, 'notes').length);
    const r = parseBackup(JSON.stringify(b), { knownActorIds: KNOWN });
    if (r.ok) throw new Error('accepted');
    // Each bad note misses 8 fields.
    expect(problemCount(r.problems)).toBe(300 * 8);
    const summary = summariseProblems(r.problems, translator('en'));
    expect(summary.headline).toBe('This file cannot be imported (2400 problems found). Nothing was changed.');
    expect(summary.first).toEqual([
      `Note ${fixture().notes.length + 1}: a part is missing, of the wrong kind, or unknown to Siyaq (was the file edited by hand?)`,
    ]);
  });
});

describe('parseBackup accepts', () => {
  it('a file with a byte order mark in front, as Windows editors save it', () => {
    expect(parseBackup(`\ufeff${exportBackup(fixture(), { now: NOW })}`, { knownActorIds: KNOWN }).ok).toBe(true);
  });

  it('a partial export, and keeps its filter', () => {
    const r = parseBackup(exportBackup(fixture(), { now: NOW, filter: { actorIds: ['reader-militia'] } }), { knownActorIds: KNOWN });
    expect(r.ok && r.value.filter).toEqual({ actorIds: ['reader-militia'] });
  });
});
