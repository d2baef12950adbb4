import { countScripts, detectLanguage } from '../text/scripts';

/** The page's language and writing direction, from its markup and from its letters. */
export interface PageLanguage {
  lang: 'ar' | 'en' | 'other';
  dir: 'rtl' | 'ltr';
  /** Share of Arabic-script letters among all letters of the text looked at (0–1). */
  arabicShare: number;
  /** The `lang` attribute that applies to the body (or the page), as written; null if none. */
  declared: string | null;
}

/** Below this many letters the text says too little, and the markup decides. */
const ENOUGH_LETTERS = 80;

function closestAttr(el: Element | null, name: string): string | null {
  for (let e = el; e; e = e.parentElement) {
    const v = e.getAttribute(name)?.trim();
    if (v) return v;
  }
  return null;
}

function fromDeclared(lang: string | null): PageLanguage['lang'] | null {
  if (!lang) return null;
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  if (primary === 'ar') return 'ar';
  if (primary === 'en') return 'en';
  return primary ? 'other' : null;
}

/**
 * Language of `text` (the article body, or the page's text when there is no body), with the
 * `lang` and `dir` attributes that apply to `at` as a fallback and a tie-breaker: Latin text
 * on a page declared French is 'other', not English.
 */
export function pageLanguage(doc: Document, at: Element | null, text: string): PageLanguage {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const { letters, arabic } = countScripts(sample);
  const arabicShare = letters ? arabic / letters : 0;
  const declared = closestAttr(at ?? doc.body, 'lang') ?? doc.documentElement?.getAttribute('lang')?.trim() ?? null;
  const byMarkup = fromDeclared(declared);

  let lang: PageLanguage['lang'];
  if (letters >= ENOUGH_LETTERS) {
    lang = detectLanguage(sample);
    if (lang === 'en' && byMarkup === 'other') lang = 'other';
  } else {
    lang = byMarkup ?? (letters ? detectLanguage(sample) : 'other');
  }

  const dirAttr = (closestAttr(at ?? doc.body, 'dir') ?? doc.documentElement?.getAttribute('dir') ?? '').toLowerCase();
  const dir: PageLanguage['dir'] =
    dirAttr === 'rtl' || dirAttr === 'ltr'
      ? dirAttr
      : letters >= ENOUGH_LETTERS
        ? arabicShare >= 0.5
          ? 'rtl'
          : 'ltr'
        : lang === 'ar'
          ? 'rtl'
          : 'ltr';
  return { lang, dir, arabicShare, declared };
}
