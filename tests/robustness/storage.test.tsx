// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActorCard } from '@/components/ActorCard';
import { createHandlers } from '@/lib/background/handlers';
import type { PanelServices } from '@/lib/panel/services';
import { anchorOf, type PageReport, REPORT_SCHEMA_VERSION } from '@/lib/report';
import type { Result } from '@/lib/result';
import { SiyaqDB } from '@/lib/store/db';
import type { NoteRecord } from '@/lib/store/types';
import { ACTORS, fillStore } from '../components/fixtures';
import { byText, click, fakeServices, memoryStorage, mount, type, unmountAll, until } from '../components/harness';
import { memoryArea } from '../helpers/fakes';
import { BUNDLED } from '../helpers/kb';

/*
 * Storage faults on the real save path: the panel's NoteEditor → services.saveNote → the
 * background's own handler (createHandlers) → saveNote → Dexie → fake-indexeddb. Nothing in
 * between is stubbed; the fault is raised by the database itself (a Dexie hook on the notes table
 * throwing the DOMException a full disk raises, or a closed connection), and must come back as a
 * Result the editor shows, with the text still in the editor to save again.
 *
 * As in the extension, the panel and the background hold separate connections to one database:
 * the panel reads through its own (live queries), the background writes through its own.
 */

const QUOTA_MESSAGE = 'The browser has no room left for Siyaq’s data.';
const CLOSED_MESSAGE = 'Siyaq’s database was closed; try again.';
/** What the editor shows: the cause in the interface language (public/_locales). */
const QUOTA_SHOWN = { en: 'the browser has no room left for Siyaq’s data', ar: 'لم تعد لدى المتصفح مساحة لبيانات سياق' };
const CLOSED_SHOWN = { en: 'Siyaq’s database was closed. Try again.', ar: 'أُغلقت قاعدة بيانات سياق' };

function backgroundFor(db: SiyaqDB) {
  let n = 0;
  return createHandlers({
    db,
    session: memoryArea(),
    panel: {},
    now: () => Date.now(),
    newId: () => `note-${++n}`,
    bundled: () => ACTORS,
    base: () => BUNDLED,
  });
}

/** What a full disk raises from IndexedDB. */
const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

const textarea = (root: Element) => root.querySelector('textarea') as HTMLTextAreaElement;
const status = (root: Element) => root.querySelector('[role=status]')?.textContent ?? '';

describe('saving a note when storage fails', () => {
  let name: string;
  let panelDb: SiyaqDB;
  let backgroundDb: SiyaqDB;
  let services: PanelServices;
  /** Every answer the background's handler gave the editor. */
  let answers: Result<NoteRecord>[];
  /** Set to close the background's database while the next save is on its way. */
  let closeDuringNextSave: boolean;

  beforeEach(async () => {
    name = `storage-${Math.random()}`;
    panelDb = new SiyaqDB(name);
    await fillStore(panelDb);
    backgroundDb = new SiyaqDB(name);
    await backgroundDb.open();
    const background = backgroundFor(backgroundDb);
    answers = [];
    closeDuringNextSave = false;
    services = fakeServices(panelDb, ACTORS).services;
    // The panel's saveNote is a message to the background: here, the background's handler itself.
    services.saveNote = async (note) => {
      const saving = background.saveNote(note);
      if (closeDuringNextSave) {
        closeDuringNextSave = false;
        backgroundDb.close();
      }
      const answer = await saving;
      answers.push(answer);
      return answer;
    };
  });

  afterEach(async () => {
    await unmountAll();
    backgroundDb.close();
    await panelDb.delete();
  });

  it('a full disk: the quota error is shown, the note stays in the editor, and "try again" saves it once there is room', async () => {
    const drafts = memoryStorage();
    const { root } = await mount(<ActorCard actorId="iraq" drafts={drafts} />, services, 'en');
    await until(() => expect(textarea(root)).not.toBeNull());
    backgroundDb.notes.hook('creating', quotaExceeded);

    const body = 'ملاحظة عن **العراق**: 5000 جندي';
    await type(textarea(root), body);
    await until(() => expect(status(root)).toContain(QUOTA_SHOWN.en));

    expect(answers).toEqual([{ ok: false, error: { code: 'quota-exceeded', message: QUOTA_MESSAGE } }]);
    expect(status(root)).toMatch(/^Not saved: the browser has no room left/);
    expect(textarea(root).value).toBe(body);
    expect([...drafts.data.values()]).toEqual([body]);
    expect(await backgroundDb.notes.count()).toBe(0);
    const retry = byText(root, 'button', 'Try again');
    expect(retry).toBeDefined();

    // Room again: the same click saves the same text, into the database.
    backgroundDb.notes.hook('creating').unsubscribe(quotaExceeded);
    await click(retry);
    await until(() => expect(status(root)).toBe('Saved'));
    expect(answers.map((a) => a.ok)).toEqual([false, true]);
    const stored = await backgroundDb.notes.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'actor', actorId: 'iraq', body });
    expect(await panelDb.notes.get(stored[0]!.id)).toMatchObject({ body });
    expect(textarea(root).value).toBe(body);
    expect(drafts.data.size).toBe(0);
    expect(byText(root, 'button', 'Try again')).toBeUndefined();
  });

  it('a full disk while editing a saved note: the stored note keeps its last body, the editor keeps the new one', async () => {
    const drafts = memoryStorage();
    const { root } = await mount(<ActorCard actorId="iraq" drafts={drafts} />, services, 'ar');
    await until(() => expect(textarea(root)).not.toBeNull());
    await type(textarea(root), 'أول');
    await until(() => expect(status(root)).toBe('حُفظت'));
    const [first] = await backgroundDb.notes.toArray();

    backgroundDb.notes.hook('updating', quotaExceeded);
    await type(textarea(root), 'أول وثانٍ');
    await until(() => expect(status(root)).toContain(QUOTA_SHOWN.ar));
    expect(answers.at(-1)).toEqual({ ok: false, error: { code: 'quota-exceeded', message: QUOTA_MESSAGE } });
    expect(status(root)).toContain('لم تُحفظ:');
    expect(textarea(root).value).toBe('أول وثانٍ');
    expect(await backgroundDb.notes.toArray()).toEqual([first]);

    backgroundDb.notes.hook('updating').unsubscribe(quotaExceeded);
    await click(byText(root, 'button', 'أعد المحاولة'));
    await until(() => expect(status(root)).toBe('حُفظت'));
    // The same note, updated: not a second one.
    expect(await backgroundDb.notes.toArray()).toEqual([expect.objectContaining({ id: first!.id, body: 'أول وثانٍ' })]);
  });

  it('a database closed while the note is being saved: the message is shown, the text kept, and it saves once reopened', async () => {
    const drafts = memoryStorage();
    const { root } = await mount(<ActorCard actorId="iraq" drafts={drafts} />, services, 'en');
    await until(() => expect(textarea(root)).not.toBeNull());

    closeDuringNextSave = true;
    const body = 'نص كتب قبل أن تغلق القاعدة';
    await type(textarea(root), body);
    await until(() => expect(status(root)).toContain(CLOSED_SHOWN.en));

    expect(answers).toEqual([{ ok: false, error: { code: 'database-closed', message: CLOSED_MESSAGE } }]);
    expect(backgroundDb.isOpen()).toBe(false);
    expect(textarea(root).value).toBe(body);
    expect([...drafts.data.values()]).toEqual([body]);
    expect(await panelDb.notes.count()).toBe(0);

    // Trying again on a database still closed fails the same way and loses nothing.
    await click(byText(root, 'button', 'Try again'));
    await until(() => expect(answers).toHaveLength(2));
    expect(answers[1]).toEqual({ ok: false, error: { code: 'database-closed', message: CLOSED_MESSAGE } });
    await until(() => expect(status(root)).toContain(CLOSED_SHOWN.en));
    expect(textarea(root).value).toBe(body);

    await backgroundDb.open();
    await click(byText(root, 'button', 'Try again'));
    await until(() => expect(status(root)).toBe('Saved'));
    expect(await backgroundDb.notes.toArray()).toEqual([expect.objectContaining({ kind: 'actor', actorId: 'iraq', body })]);
    expect(drafts.data.size).toBe(0);
  });
});

describe('background handlers on a failing database', () => {
  let db: SiyaqDB;
  beforeEach(async () => {
    db = new SiyaqDB(`handlers-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  const report = (): PageReport => ({
    schema: REPORT_SCHEMA_VERSION,
    url: 'https://www.amad.ps/news/1',
    title: 'لن تنسحب الولايات المتحدة من العراق',
    site: 'amad.ps',
    lang: 'ar',
    byline: null,
    publishedAt: '2020-08-24',
    isArticle: true,
    actors: [{ id: 'iraq', type: 'state', name: { ar: 'العراق', en: 'Iraq' }, count: 3 }],
    figures: [],
    claims: [],
  });

  it('saving a report into a closed database returns a failure value and does not throw', async () => {
    const h = backgroundFor(db);
    db.close();
    // A rejection here would fail the test: the handler must answer, not throw.
    await expect(h.report(report(), 7)).resolves.toEqual({ ok: false, error: { code: 'database-closed', message: CLOSED_MESSAGE } });
    await db.open();
    expect(await db.articles.count()).toBe(0);
    // Reopened, the same report is stored.
    expect(await h.report(report(), 7)).toEqual({ ok: true, value: { url: 'https://www.amad.ps/news/1' } });
    expect(await db.articles.count()).toBe(1);
  });

  it('every handler that touches the database answers a closed one with a failure value', async () => {
    const h = backgroundFor(db);
    db.close();
    const closed = { ok: false, error: { code: 'database-closed', message: CLOSED_MESSAGE } };
    expect(await h.saveNote({ kind: 'actor', actorId: 'iraq', body: 'x' })).toEqual(closed);
    expect(await h.deleteNote('x')).toEqual(closed);
    expect(await h.setSetting('lang', 'ar')).toEqual(closed);
    expect(await h.erase()).toEqual(closed);
    expect(await h.deleteActor('x')).toEqual(closed);
    // A page is still painted: only the visit, which cannot be stored, is lost.
    const meta = { url: 'https://www.amad.ps/news/1', title: 't', site: 'amad.ps', byline: null, publishedAt: null, isArticle: true };
    const { answer, stored } = await h.analyse({ ...meta, text: 'قال مصطفى الكاظمي إن العراق مستعد.' }, 7);
    expect(answer.ok && answer.value.mentions.map((m) => m.actorId)).toContain('mustafa-al-kadhimi');
    expect(await stored).toEqual(closed);
    const saved = await h.saveActor({ ...ACTORS[0]!, id: 'reader-1', names: { ar: 'ممثل جديد', en: 'New actor' } });
    expect(saved).toEqual(closed);
  });

  it('a report whose claims overflow the quota stores nothing: the visit and its claims are one transaction', async () => {
    const h = backgroundFor(db);
    db.claims.hook('creating', quotaExceeded);
    const text = 'ولدى الولايات المتحدة نحو 5000 جندي في العراق.';
    const withClaim: PageReport = {
      ...report(),
      claims: [
        {
          kind: 'figure',
          text,
          speakerId: null,
          verb: null,
          content: null,
          actorIds: ['iraq'],
          figures: [{ value: 5000, unit: 'soldier', text: '5000 جندي', actorIds: ['iraq'] }],
          anchor: anchorOf(text, 0, text.length),
        },
      ],
    };
    expect(await h.report(withClaim, 7)).toEqual({ ok: false, error: { code: 'quota-exceeded', message: QUOTA_MESSAGE } });
    expect(await db.articles.count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
  });

  it('a close that comes once the write has begun lets that transaction finish: the note is saved', async () => {
    const h = backgroundFor(db);
    const closeNow = () => db.close();
    db.notes.hook('creating', closeNow);
    const res = await h.saveNote({ kind: 'actor', actorId: 'iraq', body: 'نجت' });
    db.notes.hook('creating').unsubscribe(closeNow);
    expect(res.ok).toBe(true);
    await db.open();
    expect((await db.notes.toArray()).map((n) => n.body)).toEqual(['نجت']);
  });
});
