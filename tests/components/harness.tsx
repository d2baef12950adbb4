import axe from 'axe-core';
import { type ComponentChildren, render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, vi } from 'vitest';
import { PanelContext } from '@/components/context';
import { type Lang, translator } from '@/lib/i18n/messages';
import { importBackupText } from '@/lib/import/import-text';
import { createDirectory } from '@/lib/kb/directory';
import type { Actor } from '@/lib/kb/schema';
import { DEFAULT_LOOK, type Look } from '@/lib/settings/look';
import { storeQueries } from '@/lib/panel/queries';
import type { PanelServices } from '@/lib/panel/services';
import { attempt, fail, ok } from '@/lib/result';
import type { SiyaqDB } from '@/lib/store/db';
import { saveNote } from '@/lib/store/notes';
import { saveReaderActor } from '@/lib/store/reader-actors';

/** Services as the background would answer them, writing to the test's database, every call recorded. */
export function fakeServices(db: SiyaqDB, actors: Actor[] = []) {
  let failNext: { code: 'quota-exceeded' | 'database-closed'; message: string } | null = null;
  const calls: { name: string; args: unknown[] }[] = [];
  const record = (name: string, args: unknown[]) => calls.push({ name, args });
  const services: PanelServices = {
    queries: storeQueries(db),
    directory: () => createDirectory(actors, []),
    saveNote: vi.fn(async (note) => {
      record('saveNote', [note]);
      if (failNext) {
        const f = failNext;
        failNext = null;
        return fail(f.code, f.message);
      }
      return attempt(() => saveNote(db, note, Date.now(), () => `note-${Math.random().toString(36).slice(2)}`));
    }),
    deleteNote: vi.fn(async (id) => {
      await db.notes.delete(id);
      return ok(null);
    }),
    saveActor: vi.fn(async (actor) => ok((await saveReaderActor(db, actor, { kind: 'reader' }, Date.now())).actor)),
    deleteActor: vi.fn(async () => ok(null)),
    selectActor: vi.fn(async () => ok(null)),
    focusMention: vi.fn(async () => ok(true)),
    focusQuote: vi.fn(async () => ok(true)),
    pageSelection: vi.fn(async () => ok('')),
    importPack: vi.fn(async (_name, list) => ok({ saved: list.length, rejected: [] })),
    setSetting: vi.fn(async () => ok(null)),
    erase: vi.fn(async () => ok(null)),
    importBackup: vi.fn(async (text, mode) => {
      const res = await importBackupText(db, text, { knownActorIds: new Set(actors.map((a) => a.id)), mode, now: Date.now() });
      return res.ok
        ? ok({ counts: res.value.counts, problems: [] })
        : fail(
            'invalid-input',
            [res.error.message, ...('problems' in res ? res.problems.map((p) => `${p.path}: ${p.message}`) : [])].join('\n'),
          );
    }),
    download: vi.fn(),
    look: (() => {
      let look: Look = DEFAULT_LOOK;
      return {
        get: vi.fn(async () => look),
        set: vi.fn(async (l: Look) => {
          look = l;
        }),
      };
    })(),
    sites: (() => {
      let disabled: string[] = [];
      let allowed: string[] = [];
      return {
        disabled: vi.fn(async () => disabled),
        setDisabled: vi.fn(async (host: string, off: boolean) => {
          disabled = off ? [...disabled.filter((h) => h !== host), host] : disabled.filter((h) => h !== host);
          return disabled;
        }),
        allowed: vi.fn(async () => allowed),
        allow: vi.fn(async (host: string) => {
          allowed = [...allowed, host];
          return true;
        }),
        revoke: vi.fn(async (host: string) => {
          allowed = allowed.filter((h) => h !== host);
        }),
      };
    })(),
    openOptions: vi.fn(),
    now: () => Date.now(),
  };
  return {
    services,
    calls,
    /** The next saveNote fails as the browser would report it. */
    failNextSave(code: 'quota-exceeded' | 'database-closed', message: string) {
      failNext = { code, message };
    },
  };
}

export function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const mounted = new Set<Element>();

export function track(root: Element): void {
  mounted.add(root);
}

/** Unmounts what the tests rendered, before their database is deleted under them. */
export async function unmountAll(): Promise<void> {
  for (const root of mounted) await act(() => render(null, root));
  mounted.clear();
}

/** Renders inside the panel context, right to left when the language is Arabic. */
export async function mount(ui: ComponentChildren, services: PanelServices, lang: Lang = 'ar', openActor = vi.fn()) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  mounted.add(root);
  await act(() => {
    render(<PanelContext.Provider value={{ services, lang, t: translator(lang), tabId: 7, openActor }}>{ui}</PanelContext.Provider>, root);
  });
  return { root, openActor };
}

/** Lets live queries and timers settle, re-rendering in between. */
export async function settle(ms = 30): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, ms / 5)));
}

export async function until(check: () => void | Promise<void>, timeout = 3000): Promise<void> {
  await vi.waitFor(
    async () => {
      await settle(10);
      await check();
    },
    { timeout, interval: 20 },
  );
}

export function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  return act(() => {
    (el as HTMLElement).click();
  });
}

export function type(el: Element | null | undefined, value: string): Promise<void> {
  if (!el) throw new Error('nothing to type in');
  return act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function byText(root: ParentNode, selector: string, text: string): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.includes(text));
}

/** No accessibility violations that axe can find without layout. */
export async function expectAccessible(root: Element): Promise<void> {
  const res = await axe.run(root, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}
