import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analysis/analyze';
import { analyzeEnglish } from '@/lib/analysis/english';
import { analyzeInSegments } from '@/lib/analysis/segments';
import type { ArticleAnalysis } from '@/lib/analysis/types';
import { BUNDLED } from '../../helpers/kb';

/*
 * The texts below were written for these tests, in the manner of wire copy and of Arabic news
 * sites (a dateline's agency, a caption's credit, بحسب / نقلا عن / قال لـ). No fixture page
 * carries a credit inside its body text (their captions are left out of the body), so these
 * written cases are the evidence, and weigh less than a real page would.
 */

/** Each claim as "its first words → credited ids". */
function credited(a: ArticleAnalysis): string[] {
  return a.claims.map((c) => `${a.text.slice(c.start, c.start + 12).trim()} → ${(c.credits ?? []).join(',')}`);
}

describe('credits: outlets named as the source of what the text reports', () => {
  it('gives a dateline agency every claim of the article', () => {
    const text = 'بيروت (أ ف ب) - قال وزير الخارجية إن المفاوضات مستمرة.\nوأعلنت وزارة الصحة مقتل 20 شخصاً في القصف.';
    const a = analyzeText(text, BUNDLED);
    expect(a.credits).toEqual([{ actorId: 'afp', start: 7, end: 12, scope: 'article' }]);
    expect(a.claims.length).toBe(2);
    for (const c of a.claims) expect(c.credits).toEqual(['afp']);
  });

  it('reads a dateline after the blank lines a page body may start with', () => {
    const a = analyzeText('\n\nبغداد (رويترز) - قال الوزير إن المحادثات مستمرة.\n\nوأضاف أن الوفد سيصل غداً.', BUNDLED);
    expect(a.credits.map((c) => c.scope)).toEqual(['article']);
    for (const c of a.claims) expect(c.credits).toEqual(['reuters']);
  });

  it('reads the written-out and dotted forms of an agency', () => {
    const text = 'وذكرت وكالة الأنباء الفرنسية أن الجيش انسحب. وقال مصدر أمني لوكالة الصحافة الفرنسية إن الهدوء عاد.';
    const a = analyzeText(text, BUNDLED);
    expect(a.credits.map((c) => [c.actorId, c.scope])).toEqual([
      ['afp', 'sentence'],
      ['afp', 'sentence'],
    ]);
    expect(analyzeText('القاهرة (أ.ف.ب) - قال المتحدث إن الاتفاق قريب.', BUNDLED).claims[0]?.credits).toEqual(['afp']);
  });

  it('credits the sentence after a cue (بحسب، نقلا عن، قال لـ) and no other', () => {
    const text =
      'وأطلق الحرس الثوري صواريخ على قاعدة عسكرية، بحسب وكالة تسنيم. وقال مسؤول أمريكي لرويترز إن 300 جندي سيغادرون. وأكد المتحدث أن القرار نهائي.';
    const a = analyzeText(text, BUNDLED);
    expect(a.credits.map((c) => c.actorId)).toEqual(['tasnim-news-agency', 'reuters']);
    const byCredit = a.claims.map((c) => c.credits);
    expect(byCredit).toContainEqual(['reuters']);
    expect(byCredit).toContainEqual([]);
    expect(a.claims.find((c) => c.text.includes('المتحدث'))?.credits).toEqual([]);
  });

  it('credits an ambiguous name (الأناضول، الجزيرة) where its place says it is the outlet', () => {
    const text = 'وقال الوزير إن المعبر سيفتح غداً، نقلا عن وكالة الأناضول. وأضاف المتحدث أن الشاحنات جاهزة (الجزيرة).';
    const a = analyzeText(text, BUNDLED);
    expect(a.credits.map((c) => [c.actorId, c.scope])).toEqual([
      ['anadolu-agency', 'sentence'],
      ['al-jazeera', 'paragraph'],
    ]);
  });

  it('does not attach a photo caption credit to the claims beside it', () => {
    const text = 'وقال المتحدث إن القرار نهائي.\n(الجزيرة - أرشيف)\nوأكد الوزير أن المفاوضات مستمرة (رويترز - صورة أرشيفية).';
    const a = analyzeText(text, BUNDLED);
    expect(a.credits.map((c) => [c.actorId, c.scope])).toEqual([
      ['al-jazeera', 'caption'],
      ['reuters', 'caption'],
    ]);
    for (const c of a.claims) expect(c.credits).toEqual([]);
  });

  it('does not take an outlet talked about for a source', () => {
    const text = 'وقال وزير الاتصالات إن السلطات أغلقت مكتب قناة الجزيرة، وانتقد تغطية رويترز للأحداث. وقال نقلا عن مصادر إن القرار مؤقت.';
    const a = analyzeText(text, BUNDLED);
    expect(a.credits).toEqual([]);
    for (const c of a.claims) expect(c.credits).toEqual([]);
  });

  it('credits a closing bracket to the claims of its paragraph only', () => {
    const text = 'وأعلنت وزارة الصحة مقتل 20 شخصاً. وقال الدفاع المدني إن فرق الإنقاذ تعمل. (رويترز)\nوقال رئيس الوزراء إن الحكومة ستجتمع.';
    const a = analyzeText(text, BUNDLED);
    expect(credited(a)).toEqual(['وأعلنت وزارة → reuters', 'وقال الدفاع → reuters', 'وقال رئيس ال → ']);
  });

  it('reads English credits: a dateline, "according to", "X reported"', () => {
    const text =
      'BAGHDAD (Reuters) - The Iraqi prime minister said on Monday that the talks would resume.\nThe ministry said 20 people were killed, according to Al Jazeera. Officials told AFP that the border was closed.';
    const a = analyzeText(text, BUNDLED, { english: analyzeEnglish });
    expect(a.credits.map((c) => [c.actorId, c.scope])).toEqual([
      ['reuters', 'article'],
      ['al-jazeera', 'sentence'],
      ['afp', 'sentence'],
    ]);
    expect(a.claims.every((c) => c.credits?.includes('reuters'))).toBe(true);
  });

  it("keeps a dateline's credit across the pieces of a long text", async () => {
    const para = 'وقال المتحدث باسم الوزارة إن الاجتماع سيعقد الأسبوع المقبل في العاصمة لبحث الأوضاع الأمنية والاقتصادية. ';
    const text = `دمشق (سانا) - ${para}\n${Array.from({ length: 400 }, () => para).join('\n')}`;
    const a = await analyzeInSegments(text, BUNDLED, {}, async () => {});
    expect(a.claims.length).toBeGreaterThan(300);
    expect(a.claims.every((c) => c.credits?.includes('sana'))).toBe(true);
    expect(a.credits[0]).toMatchObject({ actorId: 'sana', scope: 'article' });
  });
});
