import type { MatcherData } from '../kb/compile';
import { CLASS_CACHE, classOf, DIGIT, FNV_OFFSET, fnvStep, hashOf, isJoiner, LETTER } from '../text/chars';

/**
 * A name found in normalised text before ambiguity is resolved: where it is, every actor its
 * key can mean (`actorIndex * 32 + flags`), and the proclitic stripped before it.
 */
export interface Candidate {
  /** Normalised offsets of the name itself, without the proclitic. */
  start: number;
  end: number;
  entries: number[];
  /** Length of the stripped proclitic (0 when none). */
  clitic: number;
}

/**
 * Proclitics as written: conjunction (و ف), then preposition (ب ل ك). The article stays on the
 * name, because names are stored with it; `لل` is ل + ال with the alef dropped. Longest first.
 */
const CONJUNCTIONS = new Set(['و', 'ف'].map((c) => c.charCodeAt(0)));
const PREPOSITIONS = new Set(['ب', 'ل', 'ك'].map((c) => c.charCodeAt(0)));
const LAM = 'ل'.charCodeAt(0);
const ALEF = 'ا'.charCodeAt(0);
const MIN_STEM = 2;
/** Most spaces and hyphens one name may have between two of its words. */
const MAX_GAP = 3;
const FILTER_BITS = 1 << 20;
const FILTER_WORDS = FILTER_BITS >>> 5;

interface Found {
  end: number;
  entries: number[];
}

/**
 * Longest-match name finder over a word trie. Words are hashed while they are scanned, so the
 * text is read once, without building token objects, and a word that starts no name costs one
 * map lookup. Built once per knowledge base (see `matcherFor`).
 */
export class Matcher {
  readonly #words: readonly string[];
  /** Word hash → word id, or -2 - index into #collisions when several words share a hash. */
  readonly #vocab = new Map<number, number>();
  readonly #collisions: number[][] = [];
  /** One bit per hash bucket: most words of a page name no one, and a bit test is cheaper than a map lookup. */
  readonly #filter = new Uint32Array(FILTER_WORDS);
  /** The root's child for each word id (-1 none): the first word of a name is one array read. */
  readonly #rootChild: Int32Array;
  readonly #edgeStart: Int32Array;
  readonly #edgeWord: Int32Array;
  readonly #accept: Int32Array;
  readonly #entries: readonly number[][];

  constructor(data: MatcherData) {
    this.#words = data.words;
    const t = data.trie;
    const nodes = t.edgeCount.length;
    this.#edgeStart = new Int32Array(nodes + 1);
    for (let n = 0; n < nodes; n++) this.#edgeStart[n + 1] = this.#edgeStart[n]! + t.edgeCount[n]!;
    this.#edgeWord = Int32Array.from(t.edgeWord);
    this.#accept = new Int32Array(nodes);
    for (let n = 0, e = 0; n < nodes; n++) this.#accept[n] = t.acceptMask.charCodeAt(n) === 0x31 ? e++ : -1;
    this.#entries = data.entries;
    this.#rootChild = new Int32Array(data.words.length).fill(-1);
    // Breadth-first numbering: edge k leads to node k + 1.
    for (let k = 0; k < this.#edgeStart[1]!; k++) this.#rootChild[this.#edgeWord[k]!] = k + 1;
    data.words.forEach((w, id) => {
      const h = hashOf(w);
      const bit = h & (FILTER_BITS - 1);
      this.#filter[bit >>> 5]! |= 1 << (bit & 31);
      const prev = this.#vocab.get(h);
      if (prev === undefined) this.#vocab.set(h, id);
      else if (prev >= 0) {
        this.#collisions.push([prev, id]);
        this.#vocab.set(h, -2 - (this.#collisions.length - 1));
      } else this.#collisions[-2 - prev]!.push(id);
    });
  }

  /** The child of `node` along word `id`, or -1 (binary search over the node's sorted edges). */
  #child(node: number, id: number): number {
    if (node === 0) return this.#rootChild[id]!;
    let lo = this.#edgeStart[node]!;
    let hi = this.#edgeStart[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = this.#edgeWord[mid]!;
      if (w === id) return mid + 1;
      if (w < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  #same(id: number, text: string, from: number, to: number, lead: number): boolean {
    const w = this.#words[id]!;
    let k = 0;
    if (lead >= 0) {
      if (w.length !== to - from + 1 || w.charCodeAt(0) !== lead) return false;
      k = 1;
    } else if (w.length !== to - from) return false;
    for (let p = from; p < to; p++, k++) if (w.charCodeAt(k) !== text.charCodeAt(p)) return false;
    return true;
  }

  /** The id of the word text[from, to) (optionally with one unit in front), or -1. */
  #lookup(text: string, from: number, to: number, hash: number, lead = -1): number {
    const bit = hash & (FILTER_BITS - 1);
    if ((this.#filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const v = this.#vocab.get(hash);
    if (v === undefined) return -1;
    if (v >= 0) return this.#same(v, text, from, to, lead) ? v : -1;
    for (const id of this.#collisions[-2 - v]!) if (this.#same(id, text, from, to, lead)) return id;
    return -1;
  }

  /** Walks the trie from the word text[from, to) onwards; the longest complete name wins. */
  #walk(text: string, from: number, to: number, hash: number, lead = -1): Found | undefined {
    const first = this.#lookup(text, from, to, hash, lead);
    if (first < 0) return undefined;
    let node = this.#rootChild[first]!;
    if (node < 0) return undefined;
    let best: Found | undefined = this.#accept[node]! >= 0 ? { end: to, entries: this.#entries[this.#accept[node]!]! } : undefined;
    let pos = to;
    let wordStart = from;
    const n = text.length;
    while (this.#edgeStart[node + 1]! > this.#edgeStart[node]!) {
      let k = pos;
      // Initials are written with dots (U.S., U.N.): after a one-letter word a dot joins too.
      const initial = pos - wordStart === 1;
      while (k < n && k - pos <= MAX_GAP && (isJoiner(text.charCodeAt(k)) || (initial && text.charCodeAt(k) === 0x2e))) k++;
      if (k >= n || k - pos > MAX_GAP) break;
      const cls = classOf(text.charCodeAt(k));
      // Words of one name are separated by a joiner, or meet where letters turn to digits (G20).
      if (k === pos && cls === classOf(text.charCodeAt(pos - 1))) break;
      if (cls !== LETTER && cls !== DIGIT) break;
      let e = k;
      let h = FNV_OFFSET;
      while (e < n && classOf(text.charCodeAt(e)) === cls) h = fnvStep(h, text.charCodeAt(e++));
      const id = this.#lookup(text, k, e, h);
      const next = id < 0 ? -1 : this.#child(node, id);
      if (next < 0) break;
      node = next;
      wordStart = k;
      pos = e;
      if (this.#accept[node]! >= 0) best = { end: e, entries: this.#entries[this.#accept[node]!]! };
    }
    return best;
  }

  /**
   * Every name in `text` (normalised), greedy left to right, longest first. A proclitic is
   * stripped only when the whole word does not start a known name: بيروت and لبنان stay
   * themselves; لواشنطن becomes ل + واشنطن; للكاظمي becomes ل + الكاظمي.
   */
  scan(text: string): Candidate[] {
    const out: Candidate[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if ((CLASS_CACHE[c] || classOf(c)) !== LETTER) {
        i++;
        continue;
      }
      let j = i;
      let h = FNV_OFFSET;
      for (let u = c; j < n; u = text.charCodeAt(j)) {
        if ((CLASS_CACHE[u] || classOf(u)) !== LETTER) break;
        h = Math.imul(h ^ u, 0x01000193) >>> 0;
        j++;
      }
      let found = this.#walk(text, i, j, h);
      let clitic = 0;
      if (!found && (CONJUNCTIONS.has(c) || PREPOSITIONS.has(c))) [found, clitic] = this.#stripped(text, i, j);
      if (found) {
        out.push({ start: i + clitic, end: found.end, entries: found.entries, clitic });
        i = found.end;
      } else i = j;
    }
    return out;
  }

  /** The name behind a proclitic: conjunction, preposition, or both (وب، فل …). */
  #stripped(text: string, i: number, j: number): [Found | undefined, number] {
    const c0 = text.charCodeAt(i);
    const lengths = CONJUNCTIONS.has(c0) && PREPOSITIONS.has(text.charCodeAt(i + 1)) ? [2, 1] : [1];
    let best: Found | undefined;
    let clitic = 0;
    for (const len of lengths) {
      if (j - i - len < MIN_STEM) continue;
      let h = FNV_OFFSET;
      for (let k = i + len; k < j; k++) h = fnvStep(h, text.charCodeAt(k));
      let m = this.#walk(text, i + len, j, h);
      // لل + stem = ل + ال + stem: the name starts at the second ل, its alef unwritten.
      if (!m && text.charCodeAt(i + len - 1) === LAM && text.charCodeAt(i + len) === LAM && j - i - len > MIN_STEM) {
        let h2 = fnvStep(FNV_OFFSET, ALEF);
        for (let k = i + len; k < j; k++) h2 = fnvStep(h2, text.charCodeAt(k));
        m = this.#walk(text, i + len, j, h2, ALEF);
      }
      if (m && (!best || m.end > best.end)) {
        best = m;
        clitic = len;
      }
    }
    return [best, clitic];
  }
}

const built = new WeakMap<MatcherData, Matcher>();

/** The matcher for a knowledge base, built on first use. */
export function matcherFor(data: MatcherData): Matcher {
  let m = built.get(data);
  if (!m) {
    m = new Matcher(data);
    built.set(data, m);
  }
  return m;
}
