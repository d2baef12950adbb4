import type { EnglishAnalyzer } from '../analysis/english';
import { importBackupText } from '../import/import-text';
import type { ImportMode } from '../import/plan';
import { compileMatcher, type MatcherData } from '../kb/compile';
import { roleLabel } from '../kb/labels';
import type { Actor } from '../kb/schema';
import { aliasOwners, formatIssue, validateActors } from '../kb/validate';
import type { ActorSummary, ImportSummary } from '../messaging';
import { once } from '../once';
import type { PageMarks, PageReport } from '../report';
import { attempt, fail, type Result } from '../result';
import type { StorageArea } from '../settings/area';
import { DATABASE_ITEMS, type TabState } from '../settings/items';
import { getSelection, getTabState, selectActor, setTabReport } from '../settings/tab-session';
import { normalizeUrl } from '../url';
import { recordVisit } from '../store/articles';
import { clip, clipAnchor, LIMITS } from '../store/limits';
import type { SiyaqDB } from '../store/db';
import { type FirstCard, readFirstCard } from '../store/first-card';
import { type NoteInput, saveNote } from '../store/notes';
import { readerActors, saveReaderActor } from '../store/reader-actors';
import type { NoteRecord, ReaderActorRecord } from '../store/types';
import { analysePage, readAnalyseRequest } from './analyse';
import { openPanel, type PanelApis } from './panel';
import { boundReport } from './report-input';

/** An analysis given up because its tab sent newer text. */
class Superseded extends Error {
  constructor() {
    super('A newer page from the same tab replaced this one.');
  }
}

export interface BackgroundDeps {
  db: SiyaqDB;
  /** storage.session (storage.local where a browser has none). */
  session: StorageArea;
  panel: PanelApis;
  now: () => number;
  newId: () => string;
  /** The bundled base, to validate reader actors against (ids, alias collisions). */
  bundled: () => readonly Actor[];
  /** The compiled bundled base (generated/matcher.json), loaded once per background life. */
  base: () => MatcherData | Promise<MatcherData>;
  /** English with compromise: loaded only here, never in a page. */
  english?: EnglishAnalyzer;
  /** Hands the background back to other messages between the pieces of a very long page. */
  pause?: () => Promise<void>;
  /** The toolbar badge: how many actors the tab's page mentions. */
  setBadge?: (tabId: number, count: number) => void;
}

/**
 * The background's answers to the protocol in lib/messaging.ts, as plain functions of their
 * dependencies so they run under test with a fake-indexeddb database and a fake session area.
 */
export function createHandlers(deps: BackgroundDeps) {
  const bundledById = once(() => new Map(deps.bundled().map((a) => [a.id, a])));
  const bundledAliases = once(() => aliasOwners(deps.bundled()));
  // The reader's actors, compiled once per change (not on every analysis: 5,000 of them cost
  // seconds); every handler that writes them forgets the compiled copy.
  let reader: Promise<MatcherData | undefined> | undefined;
  const readerBase = () =>
    (reader ??= readerActors(deps.db).then(
      (actors) => (actors.length ? compileMatcher(actors) : undefined),
      () => {
        reader = undefined;
        return undefined;
      },
    ));
  const readerChanged = <T>(res: T): T => {
    reader = undefined;
    return res;
  };
  // The latest analysis asked for by each tab: an older one that ends later does not overwrite
  // the tab's state (a page navigated away from while it was being analysed).
  const latest = new Map<number, number>();
  let asked = 0;
  return {
    /**
     * A page's text, analysed where the base and the compiled reader actors stay warm: the visit
     * is stored here and the marks go back to the page that sent it. `stored` settles when the
     * store is written (the answer does not wait for it).
     */
    async analyse(data: unknown, tabId: number | undefined): Promise<{ answer: Result<PageMarks>; stored: Promise<unknown> }> {
      const request = readAnalyseRequest(data);
      if (!request) return { answer: fail('invalid-input', 'A page analysis needs a URL, metadata and text.'), stored: Promise.resolve() };
      const seq = ++asked;
      if (tabId !== undefined) latest.set(tabId, seq);
      const superseded = () => tabId !== undefined && latest.get(tabId) !== seq;
      // Between two pieces of a long page: other messages get in, and a tab that already sent
      // newer text (the page changed, or another page opened) ends this one: no backlog builds up.
      const pause = async () => {
        await (deps.pause ?? (() => Promise.resolve()))();
        if (superseded()) throw new Superseded();
      };
      const result = await attempt(async () => {
        const [base, extra] = await Promise.all([deps.base(), readerBase()]);
        return analysePage(request, base, { ...(extra ? { extra } : {}), ...(deps.english ? { english: deps.english } : {}), pause });
      });
      if (!result.ok) return { answer: result, stored: Promise.resolve() };
      const stored = this.report(result.value.report, superseded() ? undefined : tabId);
      return { answer: { ok: true, value: result.value.marks }, stored };
    },

    async report(input: PageReport, tabId: number | undefined): Promise<Result<{ url: string }>> {
      // Cut to the store's limits here, where the page's words enter (lib/store/limits.ts).
      const report = boundReport(input);
      if (!report) return fail('invalid-input', 'A page report needs a URL, a title and claims, each of the expected kind.');
      // The tab's last report says whether this is the same page load analysed again (a live page).
      const previous = tabId === undefined ? null : ((await getTabState(deps.session, tabId).catch(() => null))?.report ?? null);
      const sameLoad =
        report.load !== undefined && previous?.load === report.load && normalizeUrl(previous.url) === normalizeUrl(report.url);
      // The visit first, in the database: a failing session area (below) then loses nothing saved.
      const stored = report.isArticle
        ? await attempt(async () => ({ url: (await recordVisit(deps.db, report, deps.now(), { sameLoad })).url }))
        : ({ ok: true, value: { url: report.url } } as const);
      if (tabId !== undefined) {
        deps.setBadge?.(tabId, report.isArticle ? report.actors.length : 0);
        await setTabReport(deps.session, tabId, report).catch(() => {});
      }
      return stored;
    },

    /** Synchronous start: the panel must open inside the click's gesture, before any await. */
    openActor(actorId: string, tabId: number | undefined): Promise<Result<{ opened: boolean }>> {
      const opening = openPanel(deps.panel, tabId);
      return attempt(async () => {
        await selectActor(deps.session, tabId ?? null, actorId, deps.now());
        return { opened: await opening };
      });
    },

    selectActor(actorId: string, tabId: number | null): Promise<Result<null>> {
      return attempt(async () => {
        await selectActor(deps.session, tabId, actorId, deps.now());
        return null;
      });
    },

    tabState(tabId: number): Promise<Result<TabState | null>> {
      return attempt(() => getTabState(deps.session, tabId));
    },

    saveNote(input: NoteInput): Promise<Result<NoteRecord>> {
      if (!input || typeof input.body !== 'string') return Promise.resolve(fail('invalid-input', 'A note needs a body.'));
      const a = input.anchor;
      if (a && (typeof a.exact !== 'string' || typeof a.prefix !== 'string' || typeof a.suffix !== 'string'))
        return Promise.resolve(fail('invalid-input', 'A note’s passage needs its words and their context.'));
      // A passage is the page's text: kept within the limits a backup carries.
      return attempt(() => saveNote(deps.db, a ? { ...input, anchor: clipAnchor(a) } : input, deps.now(), deps.newId));
    },

    deleteNote(id: string): Promise<Result<null>> {
      return attempt(async () => {
        await deps.db.notes.delete(id);
        return null;
      });
    },

    async describe(id: string): Promise<Result<ActorSummary | null>> {
      const reader = await readerActors(deps.db).catch(() => [] as Actor[]);
      const all = new Map([...deps.bundled(), ...reader].map((a) => [a.id, a]));
      const actor = all.get(id);
      if (!actor) return { ok: true, value: null };
      const role = roleLabel(actor, all);
      return { ok: true, value: { id, type: actor.type, names: actor.names, role: role ? { ar: role[0], en: role[1] } : null } };
    },

    /**
     * The card of `actorId`, or of the reader's last selection (null), with the tab that
     * selection was made in. Read afresh each time: the actor or its notes may have changed.
     */
    firstCard(actorId: string | null): Promise<Result<FirstCard | null>> {
      return attempt(async () => {
        const selection = actorId === null ? await getSelection(deps.session) : null;
        const id = actorId ?? selection?.actorId;
        if (!id) return null;
        const card = await readFirstCard(deps.db, id, bundledById());
        return card && selection ? { ...card, selectedIn: selection.tabId } : card;
      });
    },

    /**
     * A reader actor is checked like a bundled one: the schema, and no alias that means another
     * actor unless both flag it ambiguous. With a bundled id it extends that actor instead.
     */
    async saveActor(actor: Actor, source: ReaderActorRecord['source'] = { kind: 'reader' }): Promise<Result<Actor>> {
      const bundled = deps.bundled();
      const others = await readerActors(deps.db).catch(() => [] as Actor[]);
      const base = [...bundled.filter((a) => a.id !== actor?.id), ...others.filter((a) => a.id !== actor?.id)];
      const knownAliases = aliasOwners(base);
      const { errors, actors } = validateActors([actor], { knownIds: new Set(base.map((a) => a.id)), knownAliases });
      if (errors.length || !actors[0]) return fail('invalid-input', errors.map(formatIssue).join('\n') || 'Invalid actor.');
      return attempt(async () => (await saveReaderActor(deps.db, actors[0]!, source, deps.now())).actor).then(readerChanged);
    },

    async importPack(fullName: string, actors: Actor[]): Promise<Result<{ saved: number; rejected: string[] }>> {
      if (typeof fullName !== 'string' || !Array.isArray(actors)) return fail('invalid-input', 'A pack needs a name and actors.');
      const name = clip(fullName, LIMITS.packName);
      const rejected: string[] = [];
      let saved = 0;
      for (const actor of actors) {
        const res = await this.saveActor(actor, { kind: 'pack', name });
        if (res.ok) saved++;
        else rejected.push(`${actor?.id ?? '?'}: ${res.error.message}`);
      }
      return { ok: true, value: { saved, rejected } };
    },

    /** Only the settings declared in lib/settings/items.ts, each with a value of its type. */
    setSetting(key: string, value: unknown): Promise<Result<null>> {
      const item = DATABASE_ITEMS.find((i) => i.key === key);
      if (!item) return Promise.resolve(fail('invalid-input', `There is no setting "${String(key)}".`));
      if (item.parse(value) !== value) return Promise.resolve(fail('invalid-input', `Not a value of the setting "${key}".`));
      return attempt(async () => {
        await deps.db.settings.put({ key, value });
        return null;
      });
    },

    erase(): Promise<Result<null>> {
      return attempt(async () => {
        await deps.db.transaction(
          'rw',
          [deps.db.articles, deps.db.claims, deps.db.notes, deps.db.readerActors, deps.db.settings],
          async () => {
            await Promise.all([
              deps.db.articles.clear(),
              deps.db.claims.clear(),
              deps.db.notes.clear(),
              deps.db.readerActors.clear(),
              deps.db.settings.clear(),
            ]);
          },
        );
        return null;
      }).then(readerChanged);
    },

    async importBackup(text: string, mode: ImportMode): Promise<Result<ImportSummary>> {
      if (typeof text !== 'string' || (mode !== 'merge' && mode !== 'replace'))
        return fail('invalid-input', 'An import needs a file and a mode.');
      const knownActorIds = new Set(deps.bundled().map((a) => a.id));
      // The same name-clash check as saving an actor: a backup's actor cannot take a bundled actor's name.
      const res = readerChanged(
        await importBackupText(deps.db, text, { knownActorIds, knownAliases: bundledAliases(), mode, now: deps.now() }),
      );
      if (res.ok) return { ok: true, value: { counts: res.value.counts, problems: [] } };
      const problems = 'problems' in res ? res.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)) : [];
      return { ok: false, error: { ...res.error, message: [res.error.message, ...problems].join('\n') } };
    },

    deleteActor(id: string): Promise<Result<null>> {
      return attempt(async () => {
        await deps.db.readerActors.delete(id);
        return null;
      }).then(readerChanged);
    },
  };
}

export type BackgroundHandlers = ReturnType<typeof createHandlers>;
