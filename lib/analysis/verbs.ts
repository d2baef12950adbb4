import { once } from '../once';
import { normalizeKey } from '../text/normalize';

/**
 * Reporting verbs: a sentence with one of these reports someone saying something. Stems are
 * written once; the masculine and feminine, perfect and imperfect, plural and participle forms
 * are spelled out because Arabic inflects them with affixes a stemmer would over-reach on
 * (يعد "counts" is not وعد "promised"). Normalised: hamza-less spellings come for free.
 */
const ARABIC_FORMS: Record<string, string[]> = {
  قال: ['قال', 'قالت', 'قالوا', 'قالا', 'يقول', 'تقول', 'يقولون', 'قائلا', 'قائلة', 'قائلين'],
  أكد: ['أكد', 'أكدت', 'أكدوا', 'يؤكد', 'تؤكد', 'يوكد', 'توكد', 'مؤكدا', 'موكدا', 'مؤكدين'],
  أوضح: ['أوضح', 'أوضحت', 'أوضحوا', 'يوضح', 'توضح', 'موضحا', 'موضحة'],
  أعلن: ['أعلن', 'أعلنت', 'أعلنوا', 'يعلن', 'تعلن', 'معلنا'],
  أشار: ['أشار', 'أشارت', 'أشاروا', 'يشير', 'تشير', 'مشيرا', 'مشيرة'],
  صرح: ['صرح', 'صرحت', 'صرحوا', 'يصرح', 'تصرح', 'مصرحا'],
  نفى: ['نفى', 'نفت', 'نفوا', 'ينفي', 'تنفي', 'نافيا'],
  حذر: ['حذر', 'حذرت', 'حذروا', 'يحذر', 'تحذر', 'محذرا', 'محذرة'],
  طالب: ['طالب', 'طالبت', 'طالبوا', 'يطالب', 'تطالب', 'مطالبا'],
  دعا: ['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'داعيا'],
  اتهم: ['اتهم', 'اتهمت', 'اتهموا', 'يتهم', 'تتهم', 'متهما'],
  كشف: ['كشف', 'كشفت', 'كشفوا', 'يكشف', 'تكشف', 'كاشفا'],
  أضاف: ['أضاف', 'أضافت', 'أضافوا', 'يضيف', 'تضيف', 'مضيفا'],
  اعتبر: ['اعتبر', 'اعتبرت', 'اعتبروا', 'معتبرا'],
  وعد: ['وعد', 'وعدت', 'وعدوا'],
  نقل: ['نقل', 'نقلت'],
  ذكر: ['ذكر', 'ذكرت', 'ذكروا'],
  أفاد: ['أفاد', 'أفادت', 'أفادوا'],
  شدد: ['شدد', 'شددت', 'شددوا', 'يشدد', 'تشدد', 'مشددا', 'مشددة'],
  تعهد: ['تعهد', 'تعهدت', 'تعهدوا', 'يتعهد', 'تتعهد'],
  هدد: ['هدد', 'هددت', 'هددوا', 'يهدد', 'تهدد', 'مهددا'],
  زعم: ['زعم', 'زعمت', 'زعموا', 'يزعم', 'تزعم'],
  أقر: ['أقر', 'أقرت', 'أقروا'],
};

/**
 * More reporting verbs, by their perfect and imperfect (third person masculine): every person and
 * number is generated below (أكدا، أكدتا، أكدنا، نؤكد، أقول …), because news reports duals, plurals and
 * first persons as well. Normalised before lookup. Verbs whose endings are irregular list their
 * other forms in `EXTRA`.
 */
const SOUND: [string, string, string?][] = [
  ['أكد', 'يؤكد'],
  ['أوضح', 'يوضح'],
  ['أعلن', 'يعلن'],
  ['أشار', 'يشير'],
  ['صرح', 'يصرح'],
  ['حذر', 'يحذر'],
  ['طالب', 'يطالب'],
  ['اتهم', 'يتهم'],
  ['كشف', 'يكشف'],
  ['أضاف', 'يضيف'],
  ['اعتبر', 'يعتبر'],
  ['ذكر', 'يذكر'],
  ['أفاد', 'يفيد'],
  ['شدد', 'يشدد'],
  ['تعهد', 'يتعهد'],
  ['هدد', 'يهدد'],
  ['زعم', 'يزعم'],
  ['أقر', 'يقر'],
  ['كرر', 'يكرر'],
  ['وصف', 'يصف'],
  ['أشاد', 'يشيد'],
  ['لاحظ', 'يلاحظ'],
  ['رجح', 'يرجح'],
  ['حث', 'يحث'],
  ['أعرب', 'يعرب'],
  ['عبر', 'يعبر'],
  ['نقل', 'ينقل'],
  ['نسب', 'ينسب'],
  ['توقع', 'يتوقع'],
  ['كتب', 'يكتب'],
  ['نشر', 'ينشر'],
  ['اعترف', 'يعترف'],
  ['أكد', 'يوكد'],
];
const EXTRA: Record<string, string[]> = {
  قال: ['قالتا', 'قلت', 'قلنا', 'أقول', 'نقول', 'تقولون', 'يقولان', 'تقولان'],
  // Not رأى itself: normalised, it is رأي "opinion".
  رأى: ['رأت', 'رأوا', 'رأيا', 'يرى', 'ترى', 'يرون', 'نرى', 'أرى'],
  نفى: ['نفيا', 'نفتا', 'ينفيان', 'ننفي', 'أنفي'],
  دعا: ['دعوا', 'دعتا', 'ندعو', 'أدعو', 'يدعون', 'تدعوان'],
  عزا: ['عزا', 'عزت', 'عزوا', 'يعزو', 'تعزو'],
  تابع: ['وتابع', 'وتابعت'],
  // Two letters: the conjunction is not stripped from words this short.
  حث: ['وحث', 'وحثت', 'فحث'],
};

function generated(): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const [p, i] of SOUND) {
    const rest = i.slice(1);
    out.push([
      p,
      [
        p,
        `${p}ت`,
        `${p}وا`,
        `${p}ا`,
        `${p}تا`,
        `${p}نا`,
        i,
        `ت${rest}`,
        `أ${rest}`,
        `ن${rest}`,
        `${i}ون`,
        `ت${rest}ون`,
        `${i}ان`,
        `ت${rest}ان`,
      ],
    ]);
  }
  return [...out, ...Object.entries(EXTRA)];
}

/** Verbs that report speech only with a particle after them: نقل عن، أعرب عن، عبر عن، نسب إلى. */
const FOLLOWERS: Record<string, string> = { نقل: 'عن', أعرب: 'عن', عبر: 'عن', نسب: 'الى' };
/** Verbs that report speech only when what was said follows (كتب أن، نشر أن، توقع أن، كرر أن):
 * otherwise they are books, publishing, an expectation, a repetition. */
const NEEDS_CONTENT = new Set(['كتب', 'نشر', 'توقع', 'كرر', 'اعترف', 'ذكر']);
/** Verbs whose subject relays what another said: the source is named after the particle. */
const RELAYS = new Set(['نقل', 'نسب']);

/** The lemma of a form that needs what was said after it. */
export const needsContent = (lemma: string) => NEEDS_CONTENT.has(lemma);
export const isRelay = (lemma: string) => RELAYS.has(lemma);

const ENGLISH = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'announced',
  'announces',
  'warned',
  'warns',
  'denied',
  'denies',
  'accused',
  'accuses',
  'urged',
  'urges',
  'added',
  'stated',
  'confirmed',
  'insisted',
  'claimed',
  'noted',
  'stressed',
  'pledged',
  'promised',
  'demanded',
  'revealed',
  'disclosed',
  'argued',
  'asserted',
];

/** Verb form → the particle that must follow it for it to report speech: نقل عن (reported from). */
export const needsFollower = once((): ReadonlyMap<string, string> => {
  const m = new Map<string, string>();
  for (const [form, lemma] of reportingVerbs()) {
    const particle = FOLLOWERS[lemma];
    if (particle) m.set(form, normalizeKey(particle));
  }
  return m;
});

/** Normalised form → the dictionary verb it inflects. */
// Built on first use: normalising these lists would cost every page the script loads on.
export const reportingVerbs = once((): ReadonlyMap<string, string> => {
  const m = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(ARABIC_FORMS)) for (const f of forms) m.set(normalizeKey(f), lemma);
  for (const [lemma, forms] of generated()) for (const f of forms) if (!m.has(normalizeKey(f))) m.set(normalizeKey(f), lemma);
  for (const w of ENGLISH) m.set(w, w);
  return m;
});

/** Phrases that attribute what follows to a source: بحسب، وفقا لـ، according to. */
export const attributions = once((): readonly string[][] =>
  [
    ['بحسب'],
    ['حسب'],
    ['وفقا'],
    ['وفق', 'ما'],
    ['نقلا', 'عن'],
    ['استنادا', 'الى'],
    ['استنادا', 'إلى'],
    ['جاء', 'في'],
    ['according', 'to'],
  ].map((p) => p.map((w) => normalizeKey(w))),
);

/** Words that introduce the reported content: إن/أن, بأن, that, a colon or quote. */
export const contentMarkers = once(
  (): ReadonlySet<string> =>
    new Set(['ان', 'انه', 'انها', 'انهم', 'انهما', 'انني', 'اننا', 'بان', 'بانه', 'بانها', 'بانهم', 'بانهما', 'that'].map(normalizeKey)),
);

/** Prepositions before a name make it an object or addressee, not the speaker. */
export const prepositions = once(
  (): ReadonlySet<string> =>
    new Set(
      [
        'مع',
        'في',
        'من',
        'الى',
        'على',
        'عن',
        'ضد',
        'بين',
        'لدى',
        'عند',
        'حول',
        'قبل',
        'بعد',
        'تجاه',
        'نحو',
        'with',
        'to',
        'of',
        'against',
        'about',
        'from',
        'by',
        'for',
        'on',
        'in',
      ].map(normalizeKey),
    ),
);

/** The verb form without a conjunction it may carry (وقال، فأكد), if it is a reporting verb. */
export function verbForm(token: string): string | undefined {
  if (reportingVerbs().has(token)) return token;
  if ((token.startsWith('و') || token.startsWith('ف')) && token.length > 3 && reportingVerbs().has(token.slice(1))) return token.slice(1);
  return undefined;
}

export function verbLemma(token: string): string | undefined {
  const form = verbForm(token);
  return form === undefined ? undefined : reportingVerbs().get(form);
}

/**
 * A feminine form (قالت، تقول، مؤكدة) agrees with a feminine subject: in news, a state, a
 * ministry or a woman. Used to keep a man named earlier from being made its speaker.
 */
export function isFeminineForm(form: string): boolean {
  if (/^[a-z]/.test(form)) return false;
  const lemma = reportingVerbs().get(form);
  if (!lemma) return false;
  const base = normalizeKey(lemma);
  if (form === base) return false;
  return form.endsWith('ت') || form.endsWith('ه') || (form.startsWith('ت') && !base.startsWith('ت'));
}
