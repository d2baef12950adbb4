import { DROP, foldUnit, isComposingMark, isLatinBase, isNfkcStable, latinFold } from './fold';

/**
 * Text folded for matching, with a map back to the original string.
 * `starts[i]`/`ends[i]` are the original UTF-16 bounds of the grapheme cluster (a base
 * character with its combining marks) that produced normalised unit `i`. Both are monotone,
 * so any normalised span maps to one contiguous original span.
 */
export interface Normalized {
  readonly text: string;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

const markCache = new Uint8Array(0x10000); // 0 unknown, 1 not a mark, 2 mark
const MARK = /^\p{M}$/u;

function isMark(c: number): boolean {
  let v = markCache[c]!;
  if (v === 0) {
    v = MARK.test(String.fromCharCode(c)) ? 2 : 1;
    markCache[c] = v;
  }
  return v === 2;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Normalise `input` for matching (see DESIGN.md, "Arabic text"). */
export function normalize(input: string): Normalized {
  const n = input.length;
  const out = new Uint16Array(n + 16);
  let starts = new Uint32Array(n + 16);
  let ends = new Uint32Array(n + 16);
  let o = 0;
  let buf = out;

  const push = (unit: number, s: number, e: number): void => {
    if (o === buf.length) {
      const grow = Math.max(16, buf.length);
      const nb = new Uint16Array(buf.length + grow);
      nb.set(buf);
      buf = nb;
      const ns = new Uint32Array(nb.length);
      ns.set(starts);
      starts = ns;
      const ne = new Uint32Array(nb.length);
      ne.set(ends);
      ends = ne;
    }
    buf[o] = unit;
    starts[o] = s;
    ends[o] = e;
    o++;
  };

  let i = 0;
  while (i < n) {
    const s = i;
    const c = input.charCodeAt(i);
    i++;
    if (isHigh(c) && i < n && isLow(input.charCodeAt(i))) i++;
    // Absorb the combining marks that belong to this base.
    let slow = !isNfkcStable(c);
    while (i < n) {
      const m = input.charCodeAt(i);
      if (!isMark(m)) break;
      if (isComposingMark(m) || foldUnit(m) !== DROP) slow = true;
      i++;
    }
    if (!slow) {
      const f = foldUnit(c);
      if (f !== DROP) push(f, s, i);
      continue;
    }
    const cluster = input.slice(s, i);
    const folded = isLatinBase(c) ? latinFold(cluster) : cluster.normalize('NFKC').toLowerCase();
    for (let k = 0; k < folded.length; k++) {
      const u = folded.charCodeAt(k);
      const f = isHigh(u) || isLow(u) ? u : foldUnit(u);
      if (f !== DROP) push(f, s, i);
    }
  }

  let text = '';
  const CHUNK = 8192;
  for (let k = 0; k < o; k += CHUNK) {
    // apply takes any array-like: the code units go in without copying them into an array first.
    text += Reflect.apply(String.fromCharCode, null, buf.subarray(k, Math.min(o, k + CHUNK)));
  }
  return { text, starts: starts.subarray(0, o), ends: ends.subarray(0, o) };
}

/** The normalised form alone, for keys (knowledge-base aliases, search queries). */
export function normalizeKey(input: string): string {
  return normalize(input).text.replace(/\s+/gu, ' ').trim();
}

/** Maps a normalised span `[start, end)` back to the original string. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < n.starts.length ? n.starts[start]! : n.ends.length ? n.ends[n.ends.length - 1]! : 0;
    return [at, at];
  }
  return [n.starts[start]!, n.ends[end - 1]!];
}
