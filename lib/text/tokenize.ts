import { classOf, DIGIT, LETTER } from './chars';

/**
 * Word tokens of normalised text: runs of letters (with marks) or of decimal digits, by
 * Unicode class. Letters and digits are split apart because a proclitic can be glued to a
 * number once tatweel is gone (`بـ34` → `ب` `34`).
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** 1 letters, 2 digits */
  kind: 1 | 2;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = classOf(text.charCodeAt(i));
    if (cls !== LETTER && cls !== DIGIT) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && classOf(text.charCodeAt(j)) === cls) j++;
    out.push({ text: text.slice(i, j), start: i, end: j, kind: cls === LETTER ? 1 : 2 });
    i = j;
  }
  return out;
}

/** The words of a normalised knowledge-base key, as the matcher stores them. */
export function keyTokens(key: string): string[] {
  return tokenize(key)
    .filter((t) => t.kind === 1 || t.kind === 2)
    .map((t) => t.text);
}
