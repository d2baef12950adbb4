/**
 * Character classes for word scanning, by UTF-16 unit. JavaScript's `\w` and `\d` are
 * ASCII-only, so classes come from Unicode properties, computed once per unit and cached:
 * the scanners then cost one array read per character.
 */
export const OTHER = 1;
export const LETTER = 2;
export const DIGIT = 3;

/** The class cache itself (0 = not computed yet), for hot loops that inline the lookup. */
export const CLASS_CACHE = new Uint8Array(0x10000);
const cache = CLASS_CACHE;
const IS_LETTER = /^[\p{L}\p{M}]$/u;
const IS_DIGIT = /^\p{Nd}$/u;

export function classOf(unit: number): number {
  let v = cache[unit]!;
  if (v === 0) {
    const ch = String.fromCharCode(unit);
    // Surrogate halves: astral letters are rare in news; treat them as word characters so an
    // emoji or a rare-script word is skipped whole rather than split.
    if (unit >= 0xd800 && unit <= 0xdfff) v = LETTER;
    else v = IS_LETTER.test(ch) ? LETTER : IS_DIGIT.test(ch) ? DIGIT : OTHER;
    cache[unit] = v;
  }
  return v;
}

/** Separators allowed between the words of one name: spaces and hyphens, never a line break. */
export function isJoiner(unit: number): boolean {
  return unit === 0x20 || unit === 0x2d || unit === 0x2010 || unit === 0x2011 || unit === 0x09;
}

/** 32-bit FNV-1a, fed one UTF-16 unit at a time, so words are hashed while they are scanned. */
export const FNV_OFFSET = 0x811c9dc5;
export function fnvStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193) >>> 0;
}

export function hashOf(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}
