// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryView } from '@/components/HistoryView';
import { MarkdownLight } from '@/components/MarkdownLight';
import { SearchView } from '@/components/SearchView';
import { ThisPage } from '@/components/ThisPage';
import { SiyaqDB } from '@/lib/store/db';
import { saveNote } from '@/lib/store/notes';
import { ACTORS, fillStore, report } from './fixtures';
import { byText, click, expectAccessible, fakeServices, mount, type, unmountAll, until } from './harness';

describe('panel views', () => {
  let db: SiyaqDB;
  beforeEach(async () => {
    db = new SiyaqDB(`views-${Math.random()}`);
    await fillStore(db);
  });
  afterEach(async () => {
    await unmountAll();
    await db.delete();
  });

  describe('This page', () => {
    it('groups the page actors by type with counts; a click opens the actor and scrolls the page to it', async () => {
      const { services } = fakeServices(db, ACTORS);
      const page = report('https://www.amad.ps/x', '2020-08-24', []);
      const { root, openActor } = await mount(<ThisPage report={page} />, services, 'en');
      expect(
        [...root.querySelectorAll('.actor-group')].map((g) => [g.getAttribute('data-type'), g.querySelectorAll('button').length]),
      ).toEqual([
        ['person', 1],
        ['state', 1],
      ]);
      expect(byText(root, 'button', 'Iraq')?.textContent).toContain('4×');
      await click(byText(root, 'button', 'Iraq'));
      expect(openActor).toHaveBeenCalledWith('iraq');
      expect(services.focusMention).toHaveBeenCalledWith(7, 'iraq');
      await expectAccessible(root);
    });

    it('sends a clicked claim to the page as its quote anchor', async () => {
      const { services } = fakeServices(db, ACTORS);
      const stored = await db.claims.toArray();
      const page = { ...report('https://www.amad.ps/x', '2020-08-24', []), claims: stored.map((c) => ({ ...c })) };
      const { root } = await mount(<ThisPage report={page} />, services, 'ar');
      await click(root.querySelector('.claim .quote'));
      expect(services.focusQuote).toHaveBeenCalledWith(7, stored[0]!.anchor);
    });

    it('says when the tab was not analysed, or is not an article', async () => {
      const { services } = fakeServices(db, ACTORS);
      let { root } = await mount(<ThisPage report={null} />, services, 'en');
      expect(root.textContent).toContain('has not analysed this tab');
      ({ root } = await mount(
        <ThisPage report={{ ...report('https://x.example/', '2020-01-01', []), isArticle: false }} />,
        services,
        'en',
      ));
      expect(root.textContent).toContain('not an article');
    });
  });

  describe('Search', () => {
    it('finds claims and notes whatever the hamza, and actors by any spelling', async () => {
      await saveNote(db, { kind: 'actor', actorId: 'iraq', body: 'الكاظمي أكّد مسؤولية الأمن' }, 5, () => 'n1');
      const { services } = fakeServices(db, ACTORS);
      const { root } = await mount(<SearchView query="اكد" />, services, 'ar');
      await until(() => expect(root.querySelectorAll('.claims .claim')).toHaveLength(1));
      expect(root.querySelector('.claims blockquote')?.textContent).toContain('أكد الكاظمي');
      expect(root.querySelectorAll('.notes-found li')).toHaveLength(1);
      await expectAccessible(root);
      const actors = await mount(<SearchView query="الكاظمى" />, services, 'ar');
      expect(actors.root.querySelector('.chips [data-actor-id]')?.getAttribute('data-actor-id')).toBe('mustafa-al-kadhimi');
    });

    it('says when nothing matches', async () => {
      const { services } = fakeServices(db, ACTORS);
      const { root } = await mount(<SearchView query="لا يوجد شيء كهذا" />, services, 'en');
      await until(() => expect(root.textContent).toContain('Nothing found'));
    });
  });

  describe('History', () => {
    it('lists articles newest first and filters them by site and actor', async () => {
      const { services } = fakeServices(db, ACTORS);
      const { root } = await mount(<HistoryView />, services, 'en');
      await until(() => expect(root.querySelectorAll('.visits li')).toHaveLength(2));
      expect([...root.querySelectorAll('.visits li')].map((li) => li.getAttribute('data-url'))).toEqual([
        'https://www.alarabiya.net/2024/troops',
        'https://www.amad.ps/2020/seed',
      ]);
      const select = root.querySelector('select') as HTMLSelectElement;
      await until(() => expect(select.options.length).toBe(3));
      select.value = 'amad.ps';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => expect(root.querySelectorAll('.visits li')).toHaveLength(1));
      await click(byText(root, 'button', 'Clear filters'));
      await type(root.querySelector('input[type=search]'), 'Kadhimi');
      await until(() => expect(root.querySelectorAll('.visits li')).toHaveLength(2));
      await expectAccessible(root);
    });
  });

  describe('Markdown-light', () => {
    it('renders the promised subset as elements and any markup as text', async () => {
      const { services } = fakeServices(db, ACTORS);
      const onerror = vi.fn();
      (globalThis as { siyaqXss?: () => void }).siyaqXss = onerror;
      const { root } = await mount(
        <MarkdownLight
          text={
            '**مهم** و*مائل* [رابط](https://example.com) [خطر](javascript:alert(1))\n\n- أول\n- ثان\n\n<img src=x onerror="siyaqXss()">'
          }
        />,
        services,
        'ar',
      );
      expect(root.querySelector('strong')?.textContent).toBe('مهم');
      expect(root.querySelector('em')?.textContent).toBe('مائل');
      expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.com']);
      expect(root.querySelectorAll('li')).toHaveLength(2);
      expect(root.querySelector('img')).toBeNull();
      expect(root.textContent).toContain('<img src=x onerror="siyaqXss()">');
      expect(onerror).not.toHaveBeenCalled();
    });

    it('renders a note of brackets the note editor allows (100,000 characters) as text, in one pass', async () => {
      // Written for this test: what made the renderer quadratic (20,000 "[" took 149 ms, 40,000
      // 570 ms; 100,000 of these take seconds there, well past the test's time limit).
      const text = `${'['.repeat(50_000)}${'[a](https://x'.repeat(3_800)}`;
      const { services } = fakeServices(db, ACTORS);
      const { root } = await mount(<MarkdownLight text={text} />, services, 'ar');
      expect(root.querySelector('.markdown')?.textContent).toBe(text);
      expect(root.querySelectorAll('a')).toHaveLength(0);
    });
  });
});
