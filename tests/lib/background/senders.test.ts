import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { backgroundRoutes, guardRoutes } from '@/lib/background/routes';
import { refuseSender, type SenderInfo, senderKind } from '@/lib/background/senders';
import { BACKGROUND_SENDERS, type BackgroundProtocol } from '@/lib/messaging';
import { SiyaqDB } from '@/lib/store/db';
import { memoryArea } from '../../helpers/fakes';
import { BUNDLED } from '../../helpers/kb';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';
const ARTICLE = 'https://www.aljazeera.net/news/2024/1/2/story?utm_source=x#top';

// Senders as the browsers describe them (runtime.MessageSender).
const options: SenderInfo = { url: `${ORIGIN}options.html` };
const panelAsTab: SenderInfo = { url: `${ORIGIN}sidepanel.html`, tab: { id: 4, url: `${ORIGIN}sidepanel.html` } };
const firefoxPanel: SenderInfo = { url: 'moz-extension://0b7c-uuid/sidepanel.html' };
const content: SenderInfo = {
  url: 'https://www.aljazeera.net/news/2024/1/2/story',
  tab: { id: 7, url: 'https://www.aljazeera.net/news/2024/1/2/story' },
};
const otherExtension: SenderInfo = { url: 'chrome-extension://zzzzzzzzzzzzzzzz/page.html' };
const nobody: SenderInfo = {};

const TYPES = Object.keys(BACKGROUND_SENDERS) as (keyof BackgroundProtocol)[];
const CONTENT_MAY = ['page:analyse', 'panel:open-actor', 'kb:describe'];

describe('senderKind', () => {
  it('knows an extension page by its URL on the extension’s origin, even with a tab', () => {
    expect(senderKind(options, ORIGIN)).toBe('extension');
    expect(senderKind(panelAsTab, ORIGIN)).toBe('extension');
    expect(senderKind(firefoxPanel, 'moz-extension://0b7c-uuid/')).toBe('extension');
  });

  it('knows a content script by its tab, and trusts nothing else', () => {
    expect(senderKind(content, ORIGIN)).toBe('content');
    expect(senderKind(otherExtension, ORIGIN)).toBe('unknown');
    expect(senderKind(nobody, ORIGIN)).toBe('unknown');
    expect(senderKind(undefined, ORIGIN)).toBe('unknown');
    // A page whose URL only starts like the extension's origin is still a page.
    expect(senderKind({ url: 'https://chrome-extension.example/x', tab: { id: 1 } }, ORIGIN)).toBe('content');
  });
});

describe('refuseSender', () => {
  const report = (url: string) => ({ url });

  it('lets the extension’s own pages send everything but page reports', () => {
    for (const type of TYPES) {
      const refused = refuseSender(type, type === 'page:analyse' ? report(ARTICLE) : {}, panelAsTab, ORIGIN);
      expect(refused === null, type).toBe(type !== 'page:analyse');
    }
  });

  it('lets a content script send only what a page needs', () => {
    for (const type of TYPES) {
      const refused = refuseSender(type, report(ARTICLE), content, ORIGIN);
      expect(refused === null, type).toBe(CONTENT_MAY.includes(type));
      if (refused) expect(refused).toMatchObject({ code: 'not-allowed', message: expect.stringContaining(type) });
    }
  });

  it('lets a page report itself, or where it moved on its own site, and no other site', () => {
    expect(refuseSender('page:analyse', report(ARTICLE), content, ORIGIN)).toBeNull();
    // After history.pushState, as Firefox reports the sender: the document's first URL.
    expect(refuseSender('page:analyse', report('https://www.aljazeera.net/news/2024/1/2/next'), content, ORIGIN)).toBeNull();
    expect(refuseSender('page:analyse', report('https://www.bbc.com/arabic/1'), content, ORIGIN)).toMatchObject({
      code: 'not-allowed',
      message: expect.stringContaining('its own site'),
    });
    expect(refuseSender('page:analyse', report('http://www.aljazeera.net/news/1'), content, ORIGIN)).not.toBeNull();
    expect(refuseSender('page:analyse', report('https://aljazeera.net.evil.example/'), content, ORIGIN)).not.toBeNull();
    expect(refuseSender('page:analyse', report('javascript:alert(1)'), content, ORIGIN)).not.toBeNull();
    expect(refuseSender('page:analyse', null, content, ORIGIN)).not.toBeNull();
    expect(refuseSender('page:analyse', { url: 42 }, content, ORIGIN)).not.toBeNull();
  });

  it('refuses everything from a sender that is neither', () => {
    for (const type of TYPES) {
      expect(refuseSender(type, report(ARTICLE), nobody, ORIGIN), type).not.toBeNull();
      expect(refuseSender(type, report(ARTICLE), otherExtension, ORIGIN), type).not.toBeNull();
    }
  });
});

describe('the guarded routes over the real handlers', () => {
  let db: SiyaqDB;
  beforeEach(() => {
    db = new SiyaqDB(`senders-${Math.random()}`);
  });
  afterEach(() => db.delete());

  const routesOver = () =>
    guardRoutes(
      backgroundRoutes(
        createHandlers({
          db,
          session: memoryArea(),
          panel: {},
          now: () => 1_000,
          newId: () => 'n1',
          bundled: () => [],
          base: () => BUNDLED,
        }),
      ),
      ORIGIN,
    );

  it('answers every message of the protocol', () => {
    expect(Object.keys(routesOver()).sort()).toEqual([...TYPES].sort());
  });

  it('a content script can neither read notes nor erase nor import; the extension’s page can', async () => {
    const routes = routesOver();
    expect(await routes['notes:save']({ kind: 'actor', actorId: 'iraq', body: 'سري' }, options)).toMatchObject({ ok: true });
    expect(await routes['notes:save']({ kind: 'actor', actorId: 'iraq', body: 'x' }, content)).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    expect(await routes['panel:first-card']({ actorId: 'iraq' }, content)).toMatchObject({ ok: false });
    expect(await routes['data:erase'](undefined, content)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await routes['data:import']({ text: '{}', mode: 'replace' }, content)).toMatchObject({ ok: false });
    expect(await routes['settings:set']({ key: 'k', value: 1 }, content)).toMatchObject({ ok: false });
    expect((await db.notes.toArray()).map((n) => n.body)).toEqual(['سري']);
    expect(await routes['data:erase'](undefined, options)).toEqual({ ok: true, value: null });
    expect(await db.notes.count()).toBe(0);
  });

  it('analyses and stores a page’s text about itself and not about another site', async () => {
    const routes = routesOver();
    // Test text written for this test.
    const page = (url: string) => ({
      url,
      title: 'عنوان',
      site: 'aljazeera.net',
      byline: null,
      publishedAt: null,
      isArticle: true,
      text: 'وقال رئيس الوزراء العراقي مصطفى الكاظمي إن بغداد تريد علاقة متوازنة مع واشنطن.',
    });
    expect(await routes['page:analyse'](page('https://www.bbc.com/arabic/other'), content)).toMatchObject({ ok: false });
    expect(await routes['page:analyse'](page(ARTICLE), content)).toMatchObject({ ok: true });
    // The visit is stored after the answer: wait for it.
    for (let i = 0; i < 50 && (await db.articles.count()) === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await db.articles.toArray()).map((a) => a.url)).toEqual(['https://www.aljazeera.net/news/2024/1/2/story']);
  });
});
