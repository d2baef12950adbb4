import type { TrieNode } from '../kb/compile';
import type { Token } from '../text/tokenize';

/**
 * A name found in the text before ambiguity is resolved: which tokens, where the name starts
 * inside the first token (after a proclitic), and every actor the key can mean.
 */
export interface Candidate {
  firstToken: number;
  lastToken: number;
  /** Normalised offsets of the name itself, without the proclitic. */
  start: number;
  end: number;
  /** `actorIndex * 32 + flags`, as in the trie. */
  entries: number[];
  /** Length of the stripped proclitic (0 when none). */
  clitic: number;
}

/**
 * Proclitics as they are written: conjunction (و ف), then preposition (ب ل ك). The article
 * (ال) stays on the name, because names are stored with it; `لل` is ل + ال with the alef
 * dropped, handled below. Longest first, so وب is tried before و.
 */
const PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];
const MIN_STEM = 2;

function has(node: TrieNode, token: string): TrieNode | undefined {
  return Object.hasOwn(node, token) ? (node[token] as TrieNode) : undefined;
}

/** Only spaces and hyphens may stand between the words of one name: `الحرس الثوري" الإيراني` is two. */
function joins(text: string, from: number, to: number): boolean {
  // Adjacent tokens with nothing between are a letter/digit split, never one name.
  if (to === from || to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x2d && c !== 0x2010 && c !== 0x2011 && c !== 0x0a0 && c !== 0x09) return false;
  }
  return true;
}

/** Longest alias starting with `first` at token `i`: [last token index, entries] or undefined. */
function longest(text: string, trie: TrieNode, tokens: readonly Token[], i: number, first: string): [number, number[]] | undefined {
  let node = has(trie, first);
  let best: [number, number[]] | undefined;
  let j = i;
  while (node) {
    if (node.$) best = [j, node.$];
    j++;
    const next = tokens[j];
    if (next?.kind !== 1 || !joins(text, tokens[j - 1]!.end, next.start)) break;
    node = has(node, next.text);
  }
  return best;
}

/** The stems a token can hide behind a proclitic, with the proclitic's written length. */
export function cliticStems(token: string): [string, number][] {
  const out: [string, number][] = [];
  for (const p of PROCLITICS) {
    if (!token.startsWith(p)) continue;
    const rest = token.slice(p.length);
    if (rest.length < MIN_STEM) continue;
    out.push([rest, p.length]);
    // لل + stem = ل + ال + stem: للكاظمي → الكاظمي, the name starting at the second ل.
    if (p.endsWith('ل') && rest.startsWith('ل') && rest.length > MIN_STEM) out.push([`ا${rest}`, p.length]);
  }
  return out;
}

/**
 * Greedy left-to-right, longest match first. A proclitic is stripped only when the whole token
 * does not start a known name: بيروت and لبنان stay themselves; لواشنطن becomes ل + واشنطن.
 */
export function findCandidates(text: string, trie: TrieNode, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    if (tok.kind !== 1) {
      i++;
      continue;
    }
    let best = longest(text, trie, tokens, i, tok.text);
    let clitic = 0;
    if (!best) {
      for (const [stem, len] of cliticStems(tok.text)) {
        const m = longest(text, trie, tokens, i, stem);
        if (m && (!best || m[0] > best[0])) {
          best = m;
          clitic = len;
        }
      }
    }
    if (!best) {
      i++;
      continue;
    }
    const [last, entries] = best;
    out.push({ firstToken: i, lastToken: last, start: tok.start + clitic, end: tokens[last]!.end, entries, clitic });
    i = last + 1;
  }
  return out;
}
