/**
 * Number words in normalised Arabic (ة→ه, ى→ي, أإآ→ا, ؤ→و, ئ→ي) and lower-case English, by kind, for the
 * parser in number-words.ts. Built on first use: most pages a content script loads on hold no article.
 */

import { once } from '../once';

/** u: 1–9 (10 in Arabic), ten: عشر that also closes a teen, t: additive tens and English teens,
 * h: a whole hundreds word, hw: مية/hundred (100 or a multiplier of a unit), s: scale,
 * v: a vague count (عشرات، ميات، dozens), f: a fraction, a: English "a" before a scale. */
export type Kind = 'u' | 'ten' | 't' | 'h' | 'hw' | 's' | 'v' | 'f' | 'a';
/** Scale forms: singular, plural (آلاف: "thousands" on its own), dual (ألفين: 2000 on its own),
 * and the accusative that is also a construct dual (ألفا: ×1 after a number, 2000 on its own). */
type Form = 'sg' | 'pl' | 'du' | 'ad';

export interface Word {
  kind: Kind;
  value: number;
  /** واحد، أحد، اثنان: a pronoun or "one of" far more often than a count */
  weak?: boolean;
  form?: Form;
}

const AR_UNITS: [number, string][] = [
  [3, 'ثلاث ثلاثه'],
  [4, 'اربع اربعه'],
  [5, 'خمس خمسه'],
  [6, 'ست سته'],
  [7, 'سبع سبعه'],
  [8, 'ثمان ثماني ثمانيه'],
  [9, 'تسع تسعه'],
];

/** Number words by written form. */
export const numberWords = once(() => {
  const words = new Map<string, Word>();
  const add = (kind: Kind, value: number, forms: string, extra: Partial<Word> = {}): void => {
    for (const f of forms.split(' ')) words.set(f, { kind, value, ...extra });
  };
  for (const [v, forms] of AR_UNITS) add('u', v, forms);
  add('u', 1, 'احد احدي واحد واحده', { weak: true });
  add('u', 2, 'اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي', { weak: true });
  add('ten', 10, 'عشر عشره');
  const STEMS = AR_UNITS.map(([v, forms]) => [v, forms.split(' ')[0]!] as const);
  // Tens are built on the same stems (ثلاثون، ثلاثين), hundreds are written glued (ثلاثماية).
  for (const [v, stem] of [[2, 'عشر'] as const, ...STEMS]) add('t', v * 10, `${stem}ون ${stem}ين`);
  for (const [v, stem] of STEMS) add('h', v * 100, `${stem}ميه ${stem}مايه`);
  add('hw', 100, 'ميه مايه');
  add('h', 200, 'ميتان مايتان ميتين مايتين ميتا مايتا ميتي مايتي');
  add('s', 1e3, 'الف', { form: 'sg' });
  add('s', 1e3, 'الفا', { form: 'ad' });
  add('s', 1e3, 'الاف الوف', { form: 'pl' });
  add('s', 1e3, 'الفان الفين الفي', { form: 'du' });
  for (const [v, sg, pl, du] of [
    [1e6, 'مليون', 'ملايين', 'مليونان مليونين مليوني'],
    [1e9, 'مليار بليون', 'مليارات بلايين', 'ملياران مليارين ملياري'],
    [1e12, 'تريليون', 'تريليونات', 'تريليونان تريليونين تريليوني'],
  ] as const) {
    add('s', v, sg, { form: 'sg' });
    add('s', v, sg.replace(/(\S+)/gu, '$1ا'), { form: 'ad' });
    add('s', v, pl, { form: 'pl' });
    add('s', v, du, { form: 'du' });
  }
  add('v', 10, 'عشرات');
  add('v', 100, 'ميات');
  add('f', 0.5, 'نصف');
  add('f', 0.25, 'ربع');
  add('f', 1 / 3, 'ثلث');
  add('f', 2 / 3, 'ثلثا ثلثي');

  for (const [k, w] of 'one two three four five six seven eight nine'.split(' ').entries()) add('u', k + 1, w);
  for (const [k, w] of 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ').entries())
    add('t', k + 10, w);
  for (const [k, w] of 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').entries()) add('t', (k + 2) * 10, w);
  add('hw', 100, 'hundred');
  add('s', 1e3, 'thousand', { form: 'sg' });
  add('s', 1e6, 'million', { form: 'sg' });
  add('s', 1e9, 'billion', { form: 'sg' });
  add('s', 1e12, 'trillion', { form: 'sg' });
  add('s', 1e3, 'thousands', { form: 'pl' });
  add('s', 1e6, 'millions', { form: 'pl' });
  add('s', 1e9, 'billions', { form: 'pl' });
  add('u', 12, 'dozen');
  add('v', 10, 'tens');
  add('v', 12, 'dozens');
  add('v', 100, 'hundreds');
  add('f', 0.5, 'half');
  add('f', 0.25, 'quarter');
  add('a', 1, 'a');
  return words;
});

/** Scale abbreviations glued to digits in English copy: $8bn, 5m, 40k. */
export const ABBREVIATIONS = new Map(Object.entries({ bn: 1e9, b: 1e9, mn: 1e6, m: 1e6, k: 1e3, tn: 1e12, trn: 1e12 }));

/** Definite cardinals that follow a plural noun: السنوات الثلاث، الأيام الخمسة. */
export const afterNoun = once(() => {
  const map = new Map<string, number>();
  for (const [v, forms] of AR_UNITS) for (const f of forms.split(' ')) map.set(f, v);
  return map.set('عشر', 10).set('عشره', 10);
});
