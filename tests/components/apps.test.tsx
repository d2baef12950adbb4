// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '@/components/OptionsApp';
import { PanelApp } from '@/components/PanelApp';
import { exportBackup } from '@/lib/export/backup';
import { collectBackupData } from '@/lib/export/collect';
import { LAST_EXPORT, SELECTION } from '@/lib/settings/items';
import type { FirstCard } from '@/lib/store/first-card';
import { ok } from '@/lib/result';
import { SiyaqDB } from '@/lib/store/db';
import type { ClaimRecord } from '@/lib/store/types';
import { ACTORS, fillStore } from './fixtures';
import { byText, click, expectAccessible, fakeServices, memoryStorage, track, type, unmountAll, until } from './harness';

function fakeSession(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  const listeners = new Set<(c: Record<string, { newValue?: unknown }>, area: string) => void>();
  return {
    area: { get: async (k: string) => (data.has(k) ? { [k]: data.get(k) } : {}) },
    name: 'session',
    events: { addListener: (f: never) => listeners.add(f), removeListener: (f: never) => listeners.delete(f) },
    set(key: string, value: unknown) {
      data.set(key, value);
      for (const l of listeners) l({ [key]: { newValue: value } }, 'session');
    },
  };
}

async function renderApp(ui: preact.ComponentChildren) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  track(root);
  await act(() => render(ui, root));
  return root;
}

describe('the side panel', () => {
  let db: SiyaqDB;
  beforeEach(async () => {
    db = new SiyaqDB(`app-${Math.random()}`);
    await fillStore(db);
  });
  afterEach(async () => {
    await unmountAll();
    await db.delete();
  });

  it('paints a card the background read before the base and the database are open, then its live queries take over', async () => {
    const { services } = fakeServices(db, ACTORS);
    const byId = (id: string) => ACTORS.find((a) => a.id === id)!;
    const stored = await db.claims.where('speakerId').equals('mustafa-al-kadhimi').toArray();
    // A claim the database no longer holds: shown from the card, then gone when the live query answers.
    const stale: ClaimRecord = { ...stored[0]!, id: 'stale', text: 'تصريح قديم حذف منذ ذلك الحين.', publishedAt: '2030-01-01' };
    const first: FirstCard = {
      actorId: 'mustafa-al-kadhimi',
      entry: { bundled: [byId('mustafa-al-kadhimi'), byId('iraq')], reader: [] },
      claims: [stale],
      notes: [],
    };
    const root = await renderApp(
      <PanelApp services={services} bundled={null} first={first} lang="en" tabId={7} session={fakeSession()} drafts={memoryStorage()} />,
    );
    // In the first render: the actor, its roles' bodies, and the claims, with no base and no query.
    expect(root.querySelector('#actor-title')?.textContent).toBe('Mustafa al-Kadhimi');
    expect(root.querySelector('.affiliations button')?.textContent).toBe('Iraq');
    expect([...root.querySelectorAll('.claims blockquote')].map((q) => q.textContent)).toEqual(['تصريح قديم حذف منذ ذلك الحين.']);
    await until(() => expect(root.querySelectorAll('.claims blockquote')).toHaveLength(2));
    expect(root.querySelector('[data-claim-id="stale"]')).toBeNull();
  });

  it('opens the actor the reader clicked on the page, then goes back', async () => {
    const { services } = fakeServices(db, ACTORS);
    const session = fakeSession();
    const root = await renderApp(
      <PanelApp services={services} bundled={ACTORS} lang="ar" tabId={7} session={session} drafts={memoryStorage()} />,
    );
    expect(document.documentElement.dir).toBe('rtl');
    await act(() => session.set(SELECTION.key, { tabId: 7, actorId: 'mustafa-al-kadhimi', at: 1 }));
    await until(() => expect(root.querySelector('[data-actor-id="mustafa-al-kadhimi"] #actor-title')?.textContent).toBe('مصطفى الكاظمي'));
    await click(byText(root, '.affiliations button', 'العراق'));
    await until(() => expect(root.querySelector('#actor-title')?.textContent).toBe('العراق'));
    await click(byText(root, 'button.back', 'رجوع'));
    await until(() => expect(root.querySelector('#actor-title')?.textContent).toBe('مصطفى الكاظمي'));
    await expectAccessible(root);
  });

  it('ignores a click made in another tab', async () => {
    const { services } = fakeServices(db, ACTORS);
    const session = fakeSession({ [SELECTION.key]: { tabId: 99, actorId: 'iraq', at: 1 } });
    const root = await renderApp(
      <PanelApp services={services} bundled={ACTORS} lang="en" tabId={7} session={session} drafts={memoryStorage()} />,
    );
    await until(() => expect(root.textContent).toContain('has not analysed this tab'));
  });

  it('turns the text selected on the page into a new actor', async () => {
    const { services } = fakeServices(db, ACTORS);
    vi.mocked(services.pageSelection).mockResolvedValue(ok('نقابة عمال نفط البصرة'));
    const root = await renderApp(
      <PanelApp services={services} bundled={ACTORS} lang="en" tabId={7} session={fakeSession()} drafts={memoryStorage()} />,
    );
    await click(byText(root, 'button', 'New actor'));
    await until(() => expect((root.querySelector('.actor-editor input') as HTMLInputElement | null)?.value).toBe('نقابة عمال نفط البصرة'));
    await type(root.querySelectorAll('.actor-editor input')[1], 'Basra Oil Workers Union');
    const notes = root.querySelectorAll('.actor-editor textarea');
    await type(notes[3], 'نقابة عمالية في البصرة.');
    await type(notes[4], 'A trade union in Basra.');
    await click(root.querySelector('.actor-editor button[type=submit]'));
    await until(() => expect(services.saveActor).toHaveBeenCalled());
    expect(vi.mocked(services.saveActor).mock.calls[0]![0]).toMatchObject({
      id: 'basra-oil-workers-union',
      names: { ar: 'نقابة عمال نفط البصرة', en: 'Basra Oil Workers Union' },
    });
  });
});

describe('the options page', () => {
  let db: SiyaqDB;
  beforeEach(() => {
    db = new SiyaqDB(`options-${Math.random()}`);
  });
  afterEach(async () => {
    await unmountAll();
    await db.delete();
  });

  it('shows why an actor cannot be saved, field by field', async () => {
    const { services } = fakeServices(db, ACTORS);
    vi.mocked(services.saveActor).mockResolvedValue({
      ok: false,
      error: { code: 'invalid-input', message: 'actor "x" names.en: missing\nactor "x" note.ar: missing' },
    });
    const root = await renderApp(
      <OptionsApp services={services} bundled={ACTORS} lang="en" estimate={async () => ({ usage: 1048576, quota: 10485760 })} />,
    );
    await until(() => expect(root.textContent).toContain('Storage used: 1.0 MB of 10.0 MB'));
    await click(byText(root, 'button', 'New actor'));
    await click(root.querySelector('.actor-editor button[type=submit]'));
    await until(() =>
      expect([...root.querySelectorAll('[role=alert] li')].map((l) => l.textContent)).toEqual([
        'actor "x" names.en: missing',
        'actor "x" note.ar: missing',
      ]),
    );
    await expectAccessible(root);
  });

  it('previews a pack before importing it, then imports what is valid', async () => {
    const { services } = fakeServices(db, ACTORS);
    const root = await renderApp(<OptionsApp services={services} bundled={ACTORS} lang="en" estimate={async () => ({})} />);
    const pack = {
      schema: 'siyaq-kb',
      version: 1,
      name: 'unions',
      actors: [
        {
          id: 'basra-union',
          type: 'organisation',
          names: { ar: 'نقابة البصرة', en: 'Basra Union' },
          note: { ar: 'نقابة.', en: 'A union.' },
        },
        { id: 'bad', type: 'wizard', names: { ar: 'س', en: 'x' }, note: { ar: 'ن', en: 'n' } },
      ],
    };
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File([JSON.stringify(pack)], 'pack.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() =>
      expect(root.querySelector('[data-pack-preview]')?.textContent).toContain(
        'adds 1, changes 0, leaves 0 as they are, and cannot import 1',
      ),
    );
    expect(services.importPack).not.toHaveBeenCalled();
    await click(byText(root, '[data-pack-preview] button', 'Import'));
    expect(vi.mocked(services.importPack).mock.calls[0]![1].map((a) => a.id)).toEqual(['basra-union']);
  });

  it('erases everything only after the reader types ERASE', async () => {
    const { services } = fakeServices(db, ACTORS);
    const root = await renderApp(<OptionsApp services={services} bundled={ACTORS} lang="en" estimate={async () => ({})} />);
    const button = byText(root, 'button.danger', 'Erase everything') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await type(byText(root, '.field', 'Type ERASE')?.querySelector('input'), 'ERASE');
    await click(button);
    expect(services.erase).toHaveBeenCalledOnce();
  });
});

describe('export and import from the options page', () => {
  let db: SiyaqDB;
  let other: SiyaqDB;
  beforeEach(async () => {
    db = new SiyaqDB(`export-${Math.random()}`);
    other = new SiyaqDB(`import-${Math.random()}`);
    await fillStore(db);
  });
  afterEach(async () => {
    await unmountAll();
    await db.delete();
    await other.delete();
  });

  it('says why a Web Annotation export is empty when every note is on an actor', async () => {
    await db.notes.clear();
    await db.notes.add({
      id: 'only',
      kind: 'actor',
      actorId: ACTORS[0]!.id,
      claimId: null,
      articleUrl: null,
      anchor: null,
      body: 'x',
      createdAt: 1,
      updatedAt: 1,
    });
    const { services } = fakeServices(db, ACTORS);
    const root = await renderApp(<OptionsApp services={services} bundled={ACTORS} lang="en" estimate={async () => ({})} />);
    await click(byText(root, 'button', 'Web Annotations (JSON-LD)'));
    await until(() => expect(root.querySelector('[role=status]')?.textContent).toMatch(/empty: .*your 1 notes are all on actors/));
  });

  it('exports the Obsidian vault as a zip file', async () => {
    const { services } = fakeServices(db, ACTORS);
    const root = await renderApp(<OptionsApp services={services} bundled={ACTORS} lang="en" estimate={async () => ({})} />);
    await click(byText(root, 'button', 'Obsidian vault (ZIP)'));
    await until(() => expect(services.download).toHaveBeenCalledOnce());
    const [name, data, typeName] = vi.mocked(services.download).mock.calls[0]!;
    expect(name).toMatch(/^siyaq-obsidian-v2-.*\.zip$/);
    expect(typeName).toBe('application/zip');
    // A zip starts with a local file header, PK\x03\x04.
    expect([...(data as Uint8Array).slice(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
  });

  it('exports a backup that another profile previews and imports, and records the export date', async () => {
    const { services } = fakeServices(db, ACTORS);
    let root = await renderApp(<OptionsApp services={services} bundled={ACTORS} lang="en" estimate={async () => ({})} />);
    await click(byText(root, 'button', 'Backup (JSON)'));
    await until(() => expect(services.download).toHaveBeenCalledOnce());
    const [name, text, typeName] = vi.mocked(services.download).mock.calls[0]!;
    expect(name).toMatch(/^siyaq-backup-v1-.*\.json$/);
    expect(typeName).toContain('application/json');
    expect(services.setSetting).toHaveBeenCalledWith(LAST_EXPORT, expect.any(Number));

    await unmountAll();
    const second = fakeServices(other, ACTORS);
    root = await renderApp(<OptionsApp services={second.services} bundled={ACTORS} lang="en" estimate={async () => ({})} />);
    const input = byText(root, '.field', 'Import a backup')?.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text as string], name, { type: 'application/json' })] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => expect(root.querySelector('[data-import-preview] [data-table="claims"] td')?.textContent).toBe('4'));
    expect(await other.claims.count()).toBe(0);
    await click(byText(root, '[data-import-preview] button', 'Import'));
    await until(() => expect(root.textContent).toContain('Imported.'));
    expect(await other.claims.count()).toBe(4);
    expect((await other.articles.toArray()).map((a) => a.url).sort()).toEqual((await db.articles.toArray()).map((a) => a.url).sort());
  });

  it('shows why a broken file cannot be imported, and writes nothing', async () => {
    const { services } = fakeServices(other, ACTORS);
    const root = await renderApp(<OptionsApp services={services} bundled={ACTORS} lang="en" estimate={async () => ({})} />);
    const input = byText(root, '.field', 'Import a backup')?.querySelector('input[type=file]') as HTMLInputElement;
    const bad = JSON.stringify({ schema: 'siyaq-backup', version: 99 });
    Object.defineProperty(input, 'files', { value: [new File([bad], 'b.json')] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => expect(root.querySelector('[role=alert]')?.textContent).toContain('cannot be imported'));
    expect(root.querySelector('[data-import-preview]')).toBeNull();
    expect(await other.articles.count()).toBe(0);
  });

  it('sums up a file with many problems in the interface language: how many, then the first few in words', async () => {
    const { services } = fakeServices(other, ACTORS);
    const root = await renderApp(<OptionsApp services={services} bundled={ACTORS} lang="ar" estimate={async () => ({})} />);
    const data = await collectBackupData(db);
    if (!data.ok) throw new Error(data.error.message);
    const file = JSON.parse(exportBackup(data.value, { now: 1 })) as {
      articles: Record<string, unknown>[];
      claims: { figures: Record<string, unknown>[] }[];
    };
    // A hand-edited file: every article gains a field Siyaq does not know, and every claim a
    // figure about an actor the claim does not name.
    for (const a of file.articles) a.html = '<b>x</b>';
    for (const c of file.claims) c.figures.push({ value: 1, unit: 'soldier', text: '1', actorIds: ['atlantis'] });
    const problems = file.articles.length + file.claims.length;
    const input = byText(root, '.field', 'استيراد')?.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(file)], 'b.json')] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => expect(root.querySelector('[data-import-refusal]')).not.toBeNull());
    const refusal = root.querySelector('[data-import-refusal]')!;
    expect(refusal.querySelector('p')?.textContent).toBe(`لا يمكن استيراد هذا الملف (عدد المشكلات: ${problems}). لم يتغير شيء.`);
    const first = [...refusal.querySelectorAll(':scope > ul > li')].map((li) => li.textContent);
    expect(first).toEqual([
      'المقال رقم 1: جزء منه مفقود أو من نوع خاطئ أو لا يعرفه سياق (هل عُدّل الملف يدويًا؟)',
      'التصريح رقم 1: أجزاؤه يناقض بعضها بعضًا',
    ]);
    // The raw paths are there for whoever repairs the file, folded away.
    expect(refusal.querySelector('details ul')?.textContent).toContain('articles[0].html: unknown field');
    expect(await other.articles.count()).toBe(0);
  });
});

describe('the backup reminder', () => {
  let db: SiyaqDB;
  beforeEach(async () => {
    db = new SiyaqDB(`reminder-${Math.random()}`);
    await fillStore(db);
  });
  afterEach(async () => {
    await unmountAll();
    await db.delete();
  });

  it('appears when the last export is older than the setting, and not after a fresh one', async () => {
    const { services } = fakeServices(db, ACTORS);
    const day = 86_400_000;
    await db.settings.put({ key: 'backup.lastExportAt', value: Date.now() - 31 * day });
    let root = await renderApp(
      <PanelApp services={services} bundled={ACTORS} lang="en" tabId={7} session={fakeSession()} drafts={memoryStorage()} />,
    );
    await until(() => expect(root.querySelector('.banner')?.textContent).toContain('more than 30 days'));
    await unmountAll();
    await db.settings.put({ key: 'backup.lastExportAt', value: Date.now() - 2 * day });
    root = await renderApp(
      <PanelApp services={services} bundled={ACTORS} lang="en" tabId={7} session={fakeSession()} drafts={memoryStorage()} />,
    );
    await settleFor(200);
    expect(root.querySelector('.banner')).toBeNull();
  });
});

async function settleFor(ms: number) {
  await act(() => new Promise((r) => setTimeout(r, ms)));
}

describe('sites', () => {
  let db: SiyaqDB;
  beforeEach(() => {
    db = new SiyaqDB(`sites-${Math.random()}`);
  });
  afterEach(async () => {
    await unmountAll();
    await db.delete();
  });

  it('switches a listed site off, and allows another site for good after cleaning the address', async () => {
    const { services } = fakeServices(db, ACTORS);
    const root = await renderApp(<OptionsApp services={services} bundled={ACTORS} lang="en" estimate={async () => ({})} />);
    const box = byText(root, '.sites.listed label', 'aljazeera.net')?.querySelector('input') as HTMLInputElement;
    expect(box.checked).toBe(true);
    await click(box);
    expect(services.sites.setDisabled).toHaveBeenCalledWith('aljazeera.net', true);
    await type(byText(root, '.field', 'Run Siyaq on another site')?.querySelector('input'), 'https://www.example-news.org/world/1');
    await click(byText(root, 'button', 'Allow'));
    await until(() => expect(root.textContent).toContain('Siyaq now runs on example-news.org.'));
    expect(services.sites.allow).toHaveBeenCalledWith('example-news.org');
    await type(byText(root, '.field', 'Run Siyaq on another site')?.querySelector('input'), 'not a site');
    await click(byText(root, 'button', 'Allow'));
    await until(() => expect(root.textContent).toContain('That is not a site address.'));
  });
});
