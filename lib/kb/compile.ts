import { normalizeKey } from '../text/normalize';
import { keyTokens } from '../text/tokenize';
import { outletHostKey } from './outlet-hosts';
import type { Actor, ActorType, RoleKey } from './schema';
import { actorKeys } from './validate';

/**
 * The matcher's data: a word trie over every normalised name and alias, with the actors each
 * can mean, compiled once (at build time for the bundled base) into flat arrays and shipped as
 * JSON. A page only wraps the arrays (lib/analysis/matcher.ts); nothing is rebuilt per page.
 */
export const MATCHER_DATA_VERSION = 2;

export const F_AMBIGUOUS = 1;
/** A name of two or more words, or the actor's primary name: evidence for its short forms. */
export const F_FULL = 2;
export const F_ENGLISH = 4;
/** An acronym (US, UN, ISIS) that must match in capitals, so "us" stays a pronoun. */
export const F_CASE = 8;
/** The spelling of a multi-word name with its spaces lost (اسماعیلقاآنی). */
export const F_JOINED = 16;

export interface CompiledActor {
  id: string;
  type: ActorType;
  ar: string;
  en: string;
  /** [role, of, start, end] — enough to check a title written next to a name. */
  roles?: [RoleKey, string, string, string][];
  /** Id of the actor's state: a place or body shared by name (طرابلس، مجلس النواب) is told apart by it. */
  country?: string;
  /** A capital: as a claim's speaker it is its country. */
  capital?: true;
}

/**
 * The trie, nodes in breadth-first order with node 0 the root, so that edge `k` leads to node
 * `k + 1` and a node's edges are consecutive: `edgeCount[n]` edges per node, their words in
 * `edgeWord` sorted by id within a node. `acceptMask[n]` is '1' where a name ends; the n-th
 * such node owns `entries[n]`. Counts and a mask keep the JSON small.
 */
export interface CompiledTrie {
  edgeCount: number[];
  edgeWord: number[];
  acceptMask: string;
}

export interface MatcherData {
  version: number;
  actors: CompiledActor[];
  /** Normalised nationality adjectives → index of their state in `actors`. */
  demonyms: [key: string, state: number][];
  /** Every word of every name, normalised; a word's id is its index. */
  words: string[];
  trie: CompiledTrie;
  /** Per accepting node: `actorIndex * 32 + flags`. */
  entries: number[][];
  /** Media actors' hosts (`aljazeera.net`, `bbc.com/arabic`) → actor index: a page's outlet from its address. */
  hosts?: [host: string, actor: number][];
}

const ACRONYM = /^[A-Z][A-Z.]{1,6}$/;

/** Offices a title phrase can name (lib/analysis/roles.ts). */
export const OFFICES: ReadonlySet<RoleKey> = new Set<RoleKey>([
  'head_of_state',
  'president',
  'vice_president',
  'king',
  'emir',
  'sultan',
  'crown_prince',
  'supreme_leader',
  'prime_minister',
  'deputy_prime_minister',
  'foreign_minister',
  'defence_minister',
  'interior_minister',
  'finance_minister',
  'oil_minister',
  'speaker',
  'army_chief',
]);

/** One entry per actor and key; flags merge (an alias listed plain and ambiguous is ambiguous). */
function addEntry(byKey: Map<string, number[]>, key: string, entry: number): void {
  let list = byKey.get(key);
  if (!list) {
    list = [];
    byKey.set(key, list);
  }
  const actor = entry >> 5;
  const at = list.findIndex((e) => e >> 5 === actor);
  if (at < 0) list.push(entry);
  else list[at] = list[at]! | (entry & 31);
}

export function compileMatcher(actors: readonly Actor[]): MatcherData {
  const byKey = new Map<string, number[]>();
  const compiled: CompiledActor[] = actors.map((a) => {
    const c: CompiledActor = { id: a.id, type: a.type, ar: a.names.ar, en: a.names.en };
    // Roles serve to tell apart the actors of an ambiguous alias (الرئيس عون) and to name the
    // holder of an office (رئيس الوزراء العراقي in 2020); other roles stay in the full base.
    const roles = (a.roles ?? []).filter((r) => a.ambiguous?.length || (r.of && OFFICES.has(r.role)));
    if (roles.length) c.roles = roles.map((r) => [r.role, r.of ?? '', r.start ?? '', r.end ?? '']);
    if (a.country) c.country = a.country;
    if (a.capital && a.country) c.capital = true;
    return c;
  });
  const demonyms: [string, number][] = [];
  actors.forEach((a, index) => {
    for (const d of [...(a.demonyms?.ar ?? []), ...(a.demonyms?.en ?? [])]) demonyms.push([normalizeKey(d), index]);
  });
  actors.forEach((actor, index) => {
    for (const k of actorKeys(actor)) {
      const tokens = keyTokens(k.key);
      if (tokens.length === 0) continue;
      const primary = k.text === actor.names.ar || k.text === actor.names.en;
      let flags = 0;
      if (k.ambiguous) flags |= F_AMBIGUOUS;
      if (!k.ambiguous && (tokens.length > 1 || primary)) flags |= F_FULL;
      if (k.lang === 'en') flags |= F_ENGLISH;
      if (k.lang === 'en' && ACRONYM.test(k.text.trim())) flags |= F_CASE;
      addEntry(byKey, tokens.join(' '), index * 32 + flags);
      // Pages drop the space inside names (اسماعیلقاآنی); long joined forms are never words.
      const joined = tokens.join('');
      if (k.lang === 'ar' && tokens.length > 1 && joined.length >= 7) {
        addEntry(byKey, joined, index * 32 + (flags | F_JOINED));
      }
    }
  });
  const hosts: [string, number][] = [];
  actors.forEach((a, index) => {
    if (a.type !== 'media') return;
    for (const h of a.outlet?.hosts ?? []) {
      const key = outletHostKey(h);
      if (key !== null) hosts.push([key, index]);
    }
  });
  return { version: MATCHER_DATA_VERSION, actors: compiled, demonyms, ...buildTrie(byKey), ...(hosts.length ? { hosts } : {}) };
}

/** Lays the keys out as a trie in flat arrays, nodes in breadth-first order. */
function buildTrie(byKey: Map<string, number[]>): Pick<MatcherData, 'words' | 'trie' | 'entries'> {
  const words: string[] = [];
  const wordIds = new Map<string, number>();
  const idOf = (w: string) => {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = words.length;
      words.push(w);
      wordIds.set(w, id);
    }
    return id;
  };
  interface Node {
    kids: Map<number, Node>;
    entries?: number[];
  }
  const root: Node = { kids: new Map() };
  for (const [key, entries] of byKey) {
    let node = root;
    for (const w of key.split(' ')) {
      const id = idOf(w);
      let next = node.kids.get(id);
      if (!next) {
        next = { kids: new Map() };
        node.kids.set(id, next);
      }
      node = next;
    }
    node.entries = entries;
  }
  const trie: CompiledTrie = { edgeCount: [], edgeWord: [], acceptMask: '' };
  const entries: number[][] = [];
  const mask: string[] = [];
  // Children must be numbered in the same order as the edges are written: re-walk in BFS.
  const bfs: Node[] = [root];
  for (let i = 0; i < bfs.length; i++) {
    const node = bfs[i]!;
    const kids = [...node.kids].sort((a, b) => a[0] - b[0]);
    trie.edgeCount.push(kids.length);
    for (const [w, kid] of kids) {
      trie.edgeWord.push(w);
      bfs.push(kid);
    }
    mask.push(node.entries ? '1' : '0');
    if (node.entries) entries.push(node.entries);
  }
  trie.acceptMask = mask.join('');
  return { words, trie, entries };
}
