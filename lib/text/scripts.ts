/** How many characters of `text` are Arabic-script, Latin-script, and letters of any script. */
export interface ScriptCounts {
  arabic: number;
  latin: number;
  letters: number;
}

const ARABIC = /^\p{Script=Arabic}$/u;
const LATIN = /^\p{Script=Latin}$/u;
const LETTER = /^\p{L}$/u;
const KNOWN = 1;
const IS_ARABIC = 2;
const IS_LATIN = 4;
const IS_LETTER = 8;

/** Flags per UTF-16 unit, computed on first sight: `text.match(/\p{…}/gu)` made a string per match. */
const cache = new Uint8Array(0x10000);

function flagsOf(ch: string): number {
  return KNOWN | (ARABIC.test(ch) ? IS_ARABIC : 0) | (LATIN.test(ch) ? IS_LATIN : 0) | (LETTER.test(ch) ? IS_LETTER : 0);
}

export function countScripts(text: string): ScriptCounts {
  let arabic = 0;
  let latin = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let f: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A character beyond the BMP (rare in news): tested whole, not cached.
      const cp = text.codePointAt(i)!;
      f = cp > 0xffff ? flagsOf(String.fromCodePoint(cp)) : KNOWN;
      if (cp > 0xffff) i++;
    } else {
      f = cache[c]!;
      if (f === 0) f = cache[c] = flagsOf(String.fromCharCode(c));
    }
    if (f & IS_ARABIC) arabic++;
    if (f & IS_LATIN) latin++;
    if (f & IS_LETTER) letters++;
  }
  return { arabic, latin, letters };
}

/** The language of a text by its letters: Arabic when at least a third of them are Arabic. */
export function detectLanguage(text: string): 'ar' | 'en' | 'other' {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const { arabic: ar, latin: la } = countScripts(sample);
  if (ar === 0 && la === 0) return 'other';
  return ar >= la * 0.5 ? 'ar' : 'en';
}
