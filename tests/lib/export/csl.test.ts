import { describe, expect, it } from 'vitest';
import { type CslItem, dateParts, exportCsl } from '@/lib/export/csl';
import { ARTICLE_AR, ARTICLE_EMOJI, ARTICLE_EN, fixture } from './fixture';

const NOW = Date.UTC(2024, 4, 5);
const items = (data = fixture()): CslItem[] => JSON.parse(exportCsl(data, { now: NOW }));

describe('exportCsl', () => {
  it('lists every article read as a newspaper article, newest read first, with the fields Zotero imports', () => {
    const list = items();
    expect(list.map((i) => i.URL)).toEqual([ARTICLE_EMOJI, ARTICLE_EN, ARTICLE_AR]);
    const ar = list.find((i) => i.URL === ARTICLE_AR)!;
    expect(ar).toEqual({
      id: ARTICLE_AR,
      type: 'article-newspaper',
      title: 'الكاظمي يلتقي ترامب في “البيت الأبيض” — "زيارة" رسمية',
      'container-title': 'aljazeera.net',
      URL: ARTICLE_AR,
      language: 'ar',
      author: [{ literal: 'مراسل الجزيرة' }],
      issued: { 'date-parts': [[2020, 8, 24]] },
      accessed: { 'date-parts': [[2023, 11, 14]] },
    });
    // No publication date known: no `issued`, never a made-up one.
    expect(list.find((i) => i.URL === ARTICLE_EN)).not.toHaveProperty('issued');
  });

  it('names the outlet as the container when the caller knows it', () => {
    const list: CslItem[] = JSON.parse(
      exportCsl(fixture(), { now: NOW, outletName: (a) => (a.site === 'aljazeera.net' ? 'الجزيرة نت' : undefined) }),
    );
    expect(list.find((i) => i.URL === ARTICLE_AR)!['container-title']).toBe('الجزيرة نت');
    expect(list.find((i) => i.URL === ARTICLE_EN)!['container-title']).toBe('reuters.com');
  });

  it('keeps only what a filter selects', () => {
    const list: CslItem[] = JSON.parse(exportCsl(fixture(), { now: NOW, filter: { sites: ['reuters.com'] } }));
    expect(list.map((i) => i.URL)).toEqual([ARTICLE_EN]);
  });

  it('reads dates to the precision the site gave, and refuses what is not a date', () => {
    expect(dateParts('2021-03-03')).toEqual([2021, 3, 3]);
    expect(dateParts('2021-03')).toEqual([2021, 3]);
    expect(dateParts('2021')).toEqual([2021]);
    expect(dateParts('2020-08-24T10:00:00Z')).toEqual([2020, 8, 24]);
    expect(dateParts('2021-13-01')).toBeNull();
    expect(dateParts('الأحد 3 آذار')).toBeNull();
    expect(dateParts(null)).toBeNull();
  });
});
