/**
 * The per-character fold behind `normalize`: one table lookup per UTF-16 unit on the hot path.
 * Follows CAMeL Tools' arclean and Lucene's Arabic/Persian normalisers, extended with the
 * Maghrebi letters (ڤ ڨ) and the quote and digit variants seen on real news pages.
 */

/** Table value meaning "drop this unit". */
export const DROP = 0xffff;

/** 0 means "unchanged": a zeroed table costs nothing to make, an identity table a loop on every page load. */
const table = new Uint16Array(0x10000);

function map(from: string | number, to: string | number): void {
  const f = typeof from === 'number' ? from : from.codePointAt(0)!;
  table[f] = typeof to === 'number' ? to : to.codePointAt(0)!;
}
function drop(from: number, to = from): void {
  for (let c = from; c <= to; c++) table[c] = DROP;
}

// Arabic diacritics (tanwin … sukun), maddah/hamza marks left over after NFC, the other
// Arabic combining marks, superscript alef, Quranic annotation marks, tatweel.
drop(0x0610, 0x061a);
drop(0x064b, 0x065f);
drop(0x0670);
drop(0x06d6, 0x06dc);
drop(0x06df, 0x06e8);
drop(0x06ea, 0x06ed);
drop(0x0640);
// Format characters: inside Persian words (ZWNJ) and bidi marks they carry no letter.
drop(0x200b, 0x200f);
drop(0x202a, 0x202e);
drop(0x2060, 0x2064);
drop(0x2066, 0x2069);
drop(0x061c);
drop(0xfeff);
drop(0x00ad);

// Alef variants.
for (const c of ['أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ', 'ٵ']) map(c, 'ا');
// Yeh variants: alef maqsura, Persian/Urdu/Kurdish yeh, yeh barree, and hamza on yeh.
for (const c of ['ى', 'ی', 'ې', 'ێ', 'ے', 'ۓ', 'ۍ', 'ئ']) map(c, 'ي');
// Hamza on waw: news sites and readers alike drop it (فؤاد / فواد, رؤساء / رووساء); CAMeL and
// Lucene keep it, but names are matched better folded.
map('ؤ', 'و');
// Teh marbuta and heh variants (Urdu/Persian heh doachashmee, heh goal, ae).
for (const c of ['ة', 'ھ', 'ۀ', 'ہ', 'ۂ', 'ە']) map(c, 'ه');
// Keheh and its variants U+06A9–U+06B4 (includes gaf).
for (let c = 0x06a9; c <= 0x06b4; c++) map(c, 'ك');
map('پ', 'ب');
map('چ', 'ج');
map('ژ', 'ز');
map('ڤ', 'ف'); // Maghrebi "v"
map('ڥ', 'ف');
map('ڨ', 'ق'); // Algerian "g"
// Eastern Arabic and Persian digits.
for (let d = 0; d < 10; d++) {
  map(0x0660 + d, 0x30 + d);
  map(0x06f0 + d, 0x30 + d);
}
map(0x066c, ','); // Arabic thousands separator
map(0x066b, '.'); // Arabic decimal separator
map(0x066a, '%'); // Arabic percent sign
// Quotes: all double quotes and guillemets become ", single curly quotes become '.
for (const c of ['“', '”', '„', '‟', '«', '»', '″', '〝', '〞']) map(c, '"');
for (const c of ['‘', '’', '‚', '‛', '′', '‹', '›']) map(c, "'");
// Space-like characters that NFKC leaves alone.
for (const c of [0x2028, 0x2029, 0x0085]) map(c, 0x20);

// Latin combining accents: matching is accent-insensitive (Erdoğan = Erdogan).
drop(0x0300, 0x036f);

// Case: matching is case-insensitive. Single-unit lower-case mappings of Latin, Greek and
// Cyrillic; anything longer goes through the slow path in normalize().
for (let c = 0x41; c < 0x530; c++) {
  if (c >= 0xa0 && c < 0x250) continue;
  const lower = String.fromCharCode(c).toLowerCase();
  if (lower.length === 1 && table[c] === 0 && lower !== String.fromCharCode(c)) table[c] = lower.charCodeAt(0);
}

const stable = new Uint8Array(0x10000);
stable.fill(1, 0, 0xa0);
stable.fill(1, 0x0600, 0x0700);
stable.fill(0, 0x0675, 0x0679); // high-hamza letters that NFKC decomposes
stable.fill(1, 0x0750, 0x0780);
// Latin-1 and Latin Extended: precompute accent stripping and lower case where it is one unit.
for (let c = 0xa0; c < 0x250; c++) {
  if (table[c] !== 0) {
    stable[c] = 1; // already folded above (guillemets, soft hyphen)
    continue;
  }
  const folded = latinFold(String.fromCharCode(c));
  if (folded.length === 1) {
    if (folded.charCodeAt(0) !== c) table[c] = folded.charCodeAt(0);
    stable[c] = 1;
  }
}
table[0x0131] = 0x69; // Turkish dotless i

/** Accent stripping for a cluster whose base is Latin: NFKD, drop accents, lower case. */
export function latinFold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase();
}

export function isLatinBase(c: number): boolean {
  return c >= 0xa0 && c < 0x250;
}

/** The fold of one UTF-16 unit: a unit, or DROP. */
export function foldUnit(c: number): number {
  const f = table[c]!;
  return f === 0 ? c : f;
}

/**
 * True when a unit's fold is just the table lookup, so the hot loop can skip String#normalize:
 * ASCII, Latin with precomputed folds and the basic Arabic block, apart from the high-hamza
 * letters U+0675–U+0678 that NFKC decomposes.
 */
export function isNfkcStable(c: number): boolean {
  return stable[c] === 1;
}

/** Marks that NFC composes with a preceding letter (madda, hamza above, hamza below). */
export function isComposingMark(c: number): boolean {
  return c >= 0x0653 && c <= 0x0655;
}
