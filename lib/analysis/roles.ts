import type { CompiledActor, MatcherData } from '../kb/compile';
import type { RoleKey } from '../kb/schema';
import { once } from '../once';
import { firstStartingAt } from '../sorted';
import { type Normalized, normalizeKey, toOriginal } from '../text/normalize';
import type { Token } from '../text/tokenize';
import type { Mention } from './types';

/**
 * Offices named by title and country — رئيس الوزراء العراقي، وزير خارجية إيران، أمير قطر,
 * Iraqi Prime Minister, Prime Minister of Iraq — read as the person who held that office on the
 * article's date. Without a date nothing is guessed: the holder of 2025 is not the one of 2015.
 */
interface Title {
  words: string[];
  roles: readonly RoleKey[];
  /** Construct form (رئيس وزراء العراق): the state follows as a name, not as an adjective. */
  construct: boolean;
  english: boolean;
}

const AR_DEFINITE: [string, RoleKey[]][] = [
  ['رئيس الوزراء', ['prime_minister']],
  ['رئيسة الوزراء', ['prime_minister']],
  ['رئيس الحكومة', ['prime_minister']],
  ['رئيسة الحكومة', ['prime_minister']],
  ['الرئيس', ['president', 'head_of_state']],
  ['رئيس الجمهورية', ['president', 'head_of_state']],
  ['نائب الرئيس', ['vice_president']],
  ['وزير الخارجية', ['foreign_minister']],
  ['وزيرة الخارجية', ['foreign_minister']],
  ['وزير الدفاع', ['defence_minister']],
  ['وزيرة الدفاع', ['defence_minister']],
  ['وزير الداخلية', ['interior_minister']],
  ['وزير المالية', ['finance_minister']],
  ['وزير النفط', ['oil_minister']],
  ['الملك', ['king']],
  ['العاهل', ['king', 'sultan']],
  ['الأمير', ['emir']],
  ['ولي العهد', ['crown_prince']],
  ['السلطان', ['sultan']],
  ['المرشد', ['supreme_leader']],
  ['المرشد الأعلى', ['supreme_leader']],
  ['رئيس البرلمان', ['speaker']],
  ['رئيس مجلس النواب', ['speaker']],
  ['قائد الجيش', ['army_chief']],
];
const AR_CONSTRUCT: [string, RoleKey[]][] = [
  ['رئيس وزراء', ['prime_minister']],
  ['رئيس حكومة', ['prime_minister']],
  ['رئيس', ['president', 'head_of_state']],
  ['وزير خارجية', ['foreign_minister']],
  ['وزيرة خارجية', ['foreign_minister']],
  ['وزير دفاع', ['defence_minister']],
  ['وزير داخلية', ['interior_minister']],
  ['ملك', ['king']],
  ['أمير', ['emir']],
  ['ولي عهد', ['crown_prince']],
  ['سلطان', ['sultan']],
  ['مرشد', ['supreme_leader']],
];
const EN: [string, RoleKey[]][] = [
  ['prime minister', ['prime_minister']],
  ['premier', ['prime_minister']],
  ['president', ['president', 'head_of_state']],
  ['vice president', ['vice_president']],
  ['foreign minister', ['foreign_minister']],
  ['secretary of state', ['foreign_minister']],
  ['foreign secretary', ['foreign_minister']],
  ['defence minister', ['defence_minister']],
  ['defense minister', ['defence_minister']],
  ['defense secretary', ['defence_minister']],
  ['king', ['king']],
  ['emir', ['emir']],
  ['crown prince', ['crown_prince']],
  ['sultan', ['sultan']],
  ['supreme leader', ['supreme_leader']],
  ['speaker', ['speaker']],
];

/** Titles by their first word, longest first; built on the first article, not at script load. */
const byFirst = once(() => {
  const titles: Title[] = [
    ...AR_DEFINITE.map(([t, roles]) => ({ words: normalizeKey(t).split(' '), roles, construct: false, english: false })),
    ...AR_CONSTRUCT.map(([t, roles]) => ({ words: normalizeKey(t).split(' '), roles, construct: true, english: false })),
    ...EN.map(([t, roles]) => ({ words: t.split(' '), roles, construct: false, english: true })),
  ].sort((a, b) => b.words.length - a.words.length);
  const map = new Map<string, Title[]>();
  for (const t of titles) map.set(t.words[0]!, [...(map.get(t.words[0]!) ?? []), t]);
  return map;
});

function heldOn(r: [RoleKey, string, string, string], date: string): boolean {
  const [, , start, end] = r;
  return (!start || start <= date) && (!end || date <= end || date.startsWith(end));
}

/** The one actor who held one of `roles` of `state` on `date`, if exactly one did. */
function holder(actors: readonly CompiledActor[], roles: readonly RoleKey[], state: string, date: string): number {
  let found = -1;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (a.type !== 'person' || !a.roles) continue;
    if (!a.roles.some((r) => roles.includes(r[0]) && r[1] === state && heldOn(r, date))) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}

export interface RoleContext {
  original: string;
  norm: Normalized;
  tokens: readonly Token[];
  data: MatcherData;
  /** Name mentions already found, in text order (original offsets). */
  mentions: readonly Mention[];
  publishedAt: string;
}

/**
 * Role phrases that name an office holder, as mentions (via `role`), in text order. The span
 * covers the title and a nationality adjective; a state written as a name (أمير قطر، Prime
 * Minister of Iraq) keeps its own mention, so the two never overlap.
 */
export function findRoleMentions(ctx: RoleContext): Mention[] {
  const { original, norm, tokens, data, mentions } = ctx;
  const date = ctx.publishedAt.slice(0, 10);
  const demonyms = new Map(data.demonyms);
  const stateIndex = new Map(data.actors.map((a, i) => [a.id, i]));
  const byStart = new Map<number, Mention>();
  for (const m of mentions) byStart.set(m.start, m);
  const origStart = (t: number) => norm.starts[tokens[t]!.start]!;
  const origEnd = (t: number) => norm.ends[tokens[t]!.end - 1]!;
  /** The state named by a mention starting at token t (a proclitic-free name), or -1. */
  const stateNamedAt = (t: number): number => {
    const m = tokens[t] ? byStart.get(origStart(t)) : undefined;
    return m?.type === 'state' ? (stateIndex.get(m.actorId) ?? -1) : -1;
  };
  const adjective = (t: number): number => (tokens[t] && !byStart.has(origStart(t)) ? (demonyms.get(tokens[t]!.text) ?? -1) : -1);
  // A long article repeats the same few titles: each holder is looked up across the base once.
  const holders = new Map<Title, Map<number, number>>();
  const holderOf = (title: Title, state: number): number => {
    const byState = holders.get(title) ?? new Map<number, number>();
    holders.set(title, byState);
    let who = byState.get(state);
    if (who === undefined) {
      who = holder(data.actors, title.roles, data.actors[state]!.id, date);
      byState.set(state, who);
    }
    return who;
  };

  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const title of byFirst().get(tokens[i]!.text) ?? []) {
      if (!title.words.every((w, k) => tokens[i + k]?.text === w)) continue;
      const last = i + title.words.length - 1;
      let first = i;
      let end = last;
      let state = -1;
      if (title.english) {
        state = adjective(i - 1);
        if (state >= 0) first = i - 1;
        else state = stateNamedAt(i - 1);
        if (state < 0 && tokens[last + 1]?.text === 'of') state = stateNamedAt(last + 2);
      } else if (title.construct) {
        state = stateNamedAt(last + 1);
      } else {
        state = adjective(last + 1);
        if (state >= 0) end = last + 1;
      }
      if (state < 0) continue;
      const from = origStart(first);
      const to = origEnd(end);
      // Names are in text order and apart: only the last one starting before `to` can reach into
      // the title, and the first one from `to` on is the name right after it (binary search: a
      // scan of every name per title is quadratic on a long page).
      const next = firstStartingAt(mentions, to);
      if (next > 0 && mentions[next - 1]!.end > from) break;
      // An apposed name (رئيس الوزراء العراقي، مصطفى الكاظمي) is the mention; the title is not.
      const after = mentions[next];
      const apposed = after && after.start - to <= 4 ? after : undefined;
      if (apposed?.type === 'person' && /^[\s،,]*$/u.test(original.slice(to, apposed.start))) break;
      const who = holderOf(title, state);
      if (who < 0) break;
      const a = data.actors[who]!;
      const [s] = toOriginal(norm, tokens[first]!.start, tokens[first]!.end);
      out.push({ actorId: a.id, type: a.type, name: { ar: a.ar, en: a.en }, start: s, end: to, text: original.slice(s, to), via: 'role' });
      i = end;
      break;
    }
  }
  return out;
}
