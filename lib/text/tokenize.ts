/**
 * Word tokens of normalised text. JavaScript's `\w`, `\b` and `\d` are ASCII-only, so words
 * are runs of Unicode letters, marks and decimal digits. Letters and digits are split apart
 * because a proclitic can be glued to a number once tatweel is gone (`بـ34` → `ب` `34`).
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** 1 letters, 2 digits */
  kind: 1 | 2;
}

const WORD = /\p{L}[\p{L}\p{M}]*|\p{Nd}+/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const c = m[0].charCodeAt(0);
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind: c >= 0x30 && c <= 0x39 ? 2 : 1 });
  }
  return out;
}

/** The tokens of a knowledge-base key, as the matcher's trie stores them. */
export function keyTokens(key: string): string[] {
  return tokenize(key).map((t) => t.text);
}
