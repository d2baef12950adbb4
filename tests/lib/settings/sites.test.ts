import { describe, expect, it, vi } from 'vitest';
import { analyseTab, CONTENT_CSS, CONTENT_JS, registerEnabledSites, type ScriptingApis } from '@/lib/background/activation';
import { newsSiteMatches } from '@/lib/sites';
import { isSiteDisabled, setSiteDisabled, setSiteEnabled } from '@/lib/settings/sites';
import { memoryArea as area } from '../../helpers/fakes';

describe('per-site switches', () => {
  it('switches a site off with its subdomains, and on again', async () => {
    const a = area();
    await setSiteDisabled(a, 'www.aljazeera.net', true);
    expect(await isSiteDisabled(a, 'aljazeera.net')).toBe(true);
    expect(await isSiteDisabled(a, 'www.aljazeera.net')).toBe(true);
    expect(await isSiteDisabled(a, 'mubasher.aljazeera.net')).toBe(true);
    expect(await isSiteDisabled(a, 'notaljazeera.net')).toBe(false);
    await setSiteDisabled(a, 'aljazeera.net', false);
    expect(await isSiteDisabled(a, 'aljazeera.net')).toBe(false);
  });

  it('reads malformed storage as nothing switched', async () => {
    const a = area();
    a.data.set('siyaq:disabled-sites', 'oops');
    expect(await isSiteDisabled(a, 'x.com')).toBe(false);
  });
});

describe('match patterns', () => {
  it('cover a site and its subdomains, or only an edition path', () => {
    expect(newsSiteMatches(['aljazeera.net', 'www.bbc.com/arabic'])).toEqual([
      '*://aljazeera.net/*',
      '*://*.aljazeera.net/*',
      '*://www.bbc.com/arabic/*',
    ]);
  });
});

describe('the toolbar button on a page Siyaq does not run on', () => {
  const scripting = (lang: 'ar' | 'en', fail = false): ScriptingApis & { calls: unknown[] } => {
    const calls: unknown[] = [];
    return {
      calls,
      executeScript: vi.fn(async (o) => {
        calls.push(o);
        if (fail) throw new Error('Cannot access contents of the page');
        return o.func ? [{ result: lang }] : [];
      }),
      insertCSS: vi.fn(async (o) => void calls.push(o)),
    };
  };

  it('analyses again where Siyaq already runs', async () => {
    const s = scripting('ar');
    expect(await analyseTab(s, 3, async () => true)).toBe('reanalysed');
    expect(s.calls).toEqual([]);
  });

  it.each(['ar', 'en'] as const)('injects the one content script with its styles on a page in %s', async (lang) => {
    const s = scripting(lang);
    expect(await analyseTab(s, 3, async () => false)).toBe('injected');
    expect(s.calls).toEqual([
      { target: { tabId: 3 }, files: [CONTENT_CSS] },
      { target: { tabId: 3 }, files: [CONTENT_JS] },
    ]);
  });

  it('reports a page the browser protects', async () => {
    expect(await analyseTab(scripting('ar', true), 3, () => Promise.reject(new Error('no receiver')))).toBe('refused');
  });
});

describe('sites the reader allowed', () => {
  it('registers one content script per site and removes the ones taken back (Chrome)', async () => {
    const a = area();
    await setSiteEnabled(a, 'example.org', true);
    await setSiteEnabled(a, 'news.example.com', true);
    let registered: { id: string }[] = [{ id: 'siyaq-site-old.example' }];
    const scripting: ScriptingApis = {
      executeScript: vi.fn(),
      insertCSS: vi.fn(),
      getRegisteredContentScripts: async () => registered,
      registerContentScripts: vi.fn(async (s) => {
        registered = [...registered, ...s];
      }),
      unregisterContentScripts: vi.fn(async (f) => {
        registered = registered.filter((r) => !f?.ids.includes(r.id));
      }),
    };
    expect(await registerEnabledSites(a, scripting, undefined, new Map())).toEqual(['example.org', 'news.example.com']);
    expect(registered.map((r) => r.id)).toEqual(['siyaq-site-example.org', 'siyaq-site-news.example.com']);
    expect(vi.mocked(scripting.registerContentScripts!).mock.calls[0]![0][0]).toMatchObject({
      matches: ['*://example.org/*', '*://*.example.org/*'],
      persistAcrossSessions: true,
    });
  });

  it('registers through contentScripts.register in Firefox, once per site', async () => {
    const a = area();
    await setSiteEnabled(a, 'example.org', true);
    const register = vi.fn(async () => ({ unregister: vi.fn(async () => {}) }));
    const kept = new Map<string, { unregister(): Promise<void> }>();
    const scripting: ScriptingApis = { executeScript: vi.fn(), insertCSS: vi.fn() };
    await registerEnabledSites(a, scripting, { register }, kept);
    await registerEnabledSites(a, scripting, { register }, kept);
    expect(register).toHaveBeenCalledOnce();
    await setSiteEnabled(a, 'example.org', false);
    await registerEnabledSites(a, scripting, { register }, kept);
    expect(kept.size).toBe(0);
  });
});
