import { keyTokens } from '../text/tokenize';
import type { Actor, ActorType, RoleKey } from './schema';
import { actorKeys } from './validate';

/**
 * The matcher's data: every normalised name and alias with the actors it can mean, compiled
 * once (at build time for the bundled base) and shipped as JSON. The page builds its word
 * trie from this list (lib/analysis/matcher.ts), which is smaller to ship than the trie.
 */
export const MATCHER_DATA_VERSION = 1;

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
}

/** A name or alias: its normalised words joined by single spaces, and its entries. */
export type CompiledAlias = [key: string, entries: number[]];

export interface MatcherData {
  version: number;
  actors: CompiledActor[];
  aliases: CompiledAlias[];
}

const ACRONYM = /^[A-Z][A-Z.]{1,6}$/;

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
    if (a.roles?.length) c.roles = a.roles.map((r) => [r.role, r.of ?? '', r.start ?? '', r.end ?? '']);
    return c;
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
  return { version: MATCHER_DATA_VERSION, actors: compiled, aliases: [...byKey] };
}
