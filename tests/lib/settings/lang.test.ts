import { describe, expect, it } from 'vitest';
import { LANG_MIRROR } from '@/lib/settings/items';
import { langOf, mirroredLang, mirrorLang, paintInLanguage } from '@/lib/settings/lang';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('langOf', () => {
  it('follows an explicit setting over the browser', () => {
    expect(langOf('ar', 'en-US')).toBe('ar');
    expect(langOf('en', 'ar-LB')).toBe('en');
  });
  it('follows the browser for auto, nothing, or a value it does not know', () => {
    expect(langOf('auto', 'ar-EG')).toBe('ar');
    expect(langOf(undefined, 'fr-FR')).toBe('en');
    expect(langOf('de', 'ar')).toBe('ar');
  });
});

describe('the localStorage mirror', () => {
  it('gives back what was mirrored, and the browser language before anything was', () => {
    const storage = memoryStorage();
    expect(mirroredLang(storage, 'en-GB')).toBe('en');
    mirrorLang(storage, 'ar');
    expect(storage.getItem(LANG_MIRROR.key)).toBe('ar');
    expect(mirroredLang(storage, 'en-GB')).toBe('ar');
    mirrorLang(storage, undefined);
    expect(mirroredLang(storage, 'en-GB')).toBe('en');
  });
  it('falls back to the browser language when storage throws, and never throws itself', () => {
    const broken = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(mirroredLang(broken, 'ar-SA')).toBe('ar');
    expect(() => mirrorLang(broken, 'en')).not.toThrow();
    expect(mirroredLang(undefined, 'en')).toBe('en');
  });
});

describe('paintInLanguage', () => {
  it('paints once in the mirrored language when the database agrees', async () => {
    const storage = memoryStorage();
    mirrorLang(storage, 'ar');
    const painted: string[] = [];
    expect(await paintInLanguage(Promise.resolve('ar'), storage, 'en-US', (l) => painted.push(l))).toBe('ar');
    expect(painted).toEqual(['ar']);
  });

  it('paints again, and mirrors, when the database says otherwise or cannot be read', async () => {
    const storage = memoryStorage();
    const painted: string[] = [];
    expect(await paintInLanguage(Promise.resolve('ar'), storage, 'en-US', (l) => painted.push(l))).toBe('ar');
    expect(painted).toEqual(['en', 'ar']);
    expect(storage.getItem(LANG_MIRROR.key)).toBe('ar');
    const again: string[] = [];
    expect(await paintInLanguage(Promise.reject(new Error('closed')), storage, 'en-US', (l) => again.push(l))).toBe('en');
    expect(again).toEqual(['ar', 'en']);
  });
});
