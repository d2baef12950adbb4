import { type CompiledActor, F_AMBIGUOUS, F_CASE, F_ENGLISH, F_FULL } from '../kb/compile';
import { once } from '../once';
import { firstAtLeast } from '../sorted';
import { normalizeKey } from '../text/normalize';
import { wordsBefore, wordsIn } from '../text/words';
import type { Candidate } from './matcher';
import { standsAsName } from './name-context';
import { type Cue, cueBefore } from './titles';

export type LinkReason = 'name' | 'title' | 'coreference' | 'role' | 'country';

export interface ResolvedMention {
  candidate: Candidate;
  actor: number;
  via: LinkReason;
}

export interface ResolveContext {
  actors: readonly CompiledActor[];
  /** The normalised text the candidates were found in. */
  text: string;
  /** Original text and a normaliser map, to check the case of English matches. */
  original: string;
  toOriginalStart: (normIndex: number) => number;
  /** ISO date of the article, to tell who held a role at the time. */
  publishedAt?: string | undefined;
}

const manner = once(() => new Set(['بشكل', 'بصورة', 'بنحو', 'بطريقة', 'بشكلٍ', 'غير', 'جد', 'جدا'].map(normalizeKey)));

const actorOf = (e: number) => e >> 5;
const flagsOf = (e: number) => e & 31;

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * English names match whatever the case of the other letters, but a capitalised name does
 * not match an all-lower-case word ("Hope" the person, not "hope"), and an acronym matches
 * only in capitals ("US", not "us").
 */
function caseAllows(c: Candidate, flags: number, ctx: ResolveContext): boolean {
  if (!(flags & F_ENGLISH)) return true;
  const chars = wordsIn(ctx.text, c.start, c.end).map((w) => ctx.original[ctx.toOriginalStart(w.start)] ?? '');
  if (flags & F_CASE) {
    const from = ctx.toOriginalStart(c.start);
    const to = ctx.toOriginalStart(c.end - 1) + 1;
    const s = ctx.original.slice(from, to);
    return s === s.toUpperCase();
  }
  return chars.some(isUpper);
}

function heldAt(role: [string, string, string, string], date: string | undefined): boolean {
  if (!date) return true;
  const [, , start, end] = role;
  const d = date.slice(0, 10);
  return (!start || start <= d) && (!end || d <= end || d.startsWith(end));
}

function matchesCue(actor: CompiledActor, cue: Cue, date: string | undefined): boolean {
  if (cue.types && !cue.types.includes(actor.type)) return false;
  if (cue.roles) return (actor.roles ?? []).some((r) => cue.roles!.includes(r[0]) && heldAt(r, date));
  return true;
}

/**
 * Links candidates to actors. Unambiguous names link directly. An ambiguous alias (عون، أمل،
 * الأسد) links only with support in the same article: a title or type noun before it that
 * fits exactly one candidate, or an unambiguous mention of the actor elsewhere in the article
 * (the nearest one before it wins when two actors share a surname).
 */
export function resolveMentions(found: readonly Candidate[], ctx: ResolveContext): ResolvedMention[] {
  const candidates = found.map((c) => withPlus(c, ctx));
  const firm: (ResolvedMention | undefined)[] = candidates.map((c) => {
    const ok = c.entries.filter((e) => caseAllows(c, flagsOf(e), ctx));
    const weak = shortBehindClitic(c, ctx.text);
    // A short person's name behind a proclitic (برجي = ب + رجي) is as weak as an ambiguous alias.
    const direct = ok.filter((e) => !(flagsOf(e) & F_AMBIGUOUS) && !(weak && ctx.actors[actorOf(e)]!.type === 'person'));
    if (direct.length === 0) return undefined;
    // Prefer a full name when one key names two actors in different ways.
    const best = direct.find((e) => flagsOf(e) & F_FULL) ?? direct[0]!;
    return { candidate: c, actor: actorOf(best), via: 'name' as const };
  });
  dropOrdinaryWordAliases(firm, ctx);

  // Where each actor was named unambiguously, in text order: the evidence for short forms.
  const evidence = new Map<number, number[]>();
  // Where a title last named the actor. Candidates come in text order, so it is always before
  // the candidate being resolved, and the nearest such.
  const titled = new Map<number, number>();
  firm.forEach((m) => {
    if (!m) return;
    const list = evidence.get(m.actor) ?? [];
    list.push(m.candidate.start);
    evidence.set(m.actor, list);
  });

  // The states the article is about: those named, and those of the places, bodies and people named.
  const countries = new Set<string>();
  for (const m of firm) {
    if (!m) continue;
    const a = ctx.actors[m.actor]!;
    if (a.type === 'state') countries.add(a.id);
    if (a.country) countries.add(a.country);
  }

  const out: ResolvedMention[] = [];
  candidates.forEach((c, i) => {
    const f = firm[i];
    if (f) {
      out.push(f);
      return;
    }
    // بشكل سريع، بصورة كاملة: after a word of manner an ambiguous alias is the adjective it
    // also is, whatever the article says elsewhere about the actor.
    const before = wordsBefore(ctx.text, c.start - c.clitic, 1)[0]?.text;
    if (before && manner().has(before)) return;
    const options = [...new Set(c.entries.filter((e) => caseAllows(c, flagsOf(e), ctx)).map(actorOf))];
    if (options.length === 0) return;
    const cue = cueBefore(ctx.text, c.start - c.clitic);
    let pool = options;
    let via: LinkReason = 'coreference';
    if (cue) {
      const fitting = options.filter((a) => matchesCue(ctx.actors[a]!, cue, ctx.publishedAt));
      if (fitting.length === 1) {
        const actor = fitting[0]!;
        out.push({ candidate: c, actor, via: 'title' });
        // "الرئيس عون" supports a later bare "عون" as much as his full name would.
        titled.set(actor, c.start);
        return;
      }
      if (fitting.length > 1) {
        pool = fitting;
        via = 'title';
      }
    }
    const supported = pool.filter((a) => evidence.has(a) || titled.has(a));
    if (supported.length === 0) {
      const local = via === 'coreference' ? inArticleCountry(pool, ctx, countries, c) : undefined;
      if (local !== undefined) out.push({ candidate: c, actor: local, via: 'country' });
      return;
    }
    const strict = supported.every((a) => NAME_SLOT_TYPES.has(ctx.actors[a]!.type));
    const glossed = glossOf(ctx.text, c, out[out.length - 1]);
    if (glossed !== undefined && supported.includes(glossed)) {
      out.push({ candidate: c, actor: glossed, via: 'coreference' });
      return;
    }
    if (via === 'coreference' && strict && !nameSlotOk(ctx.text, candidates, i, out, evidence)) return;
    out.push({ candidate: c, actor: nearest(supported, evidence, titled, c.start), via });
  });
  return out;
}

/**
 * Types whose short names are also common words in running text (سلام، عون، أمل، الحشد،
 * الجزيرة). A place or a body named once keeps its short name wherever it recurs (تجربة حلب،
 * قرارات الجمعية العامة): their traps are rarer than the mentions the rule would lose.
 */
const NAME_SLOT_TYPES = new Set<string>(['person', 'party', 'armed_group', 'media']);

/**
 * Names written with a plus (أوبك+، OPEC+): words are letters, so the matcher finds أوبك for
 * both; the plus glued after it decides. The mention then covers the plus.
 */
function withPlus(c: Candidate, ctx: ResolveContext): Candidate {
  const plus = ctx.text.charCodeAt(c.end) === 0x2b;
  const isPlus = (e: number) => {
    const a = ctx.actors[actorOf(e)]!;
    return a.ar.endsWith('+') || a.en.endsWith('+');
  };
  if (!c.entries.some(isPlus)) return c;
  const entries = c.entries.filter((e) => isPlus(e) === plus);
  return plus ? { ...c, end: c.end + 1, entries } : { ...c, entries };
}

/**
 * A place or body whose name other states share (طرابلس، مجلس النواب، عمان), in an article about
 * exactly one of their states: that state's. مسقط رأس is a birthplace, never a city.
 */
function inArticleCountry(pool: readonly number[], ctx: ResolveContext, countries: ReadonlySet<string>, c: Candidate): number | undefined {
  // Only a name shared between actors: one flagged for being an ordinary word (صور، القائم،
  // الأقصى، مشهد) would otherwise be linked in every article about its state (صور الأقمار
  // الصناعية، الوضع القائم، الحد الأقصى).
  if (pool.length < 2) return undefined;
  if (/^\s*راس/u.test(ctx.text.slice(c.end, c.end + 8))) return undefined;
  const local = pool.filter((a) => {
    const actor = ctx.actors[a]!;
    return (actor.type === 'place' || actor.type === 'organisation') && actor.country !== undefined && countries.has(actor.country);
  });
  return local.length === 1 ? local[0] : undefined;
}

/** Separators of a list of actors: عون وسلام، عون، سلام وبري. */
const LIST_GAP = /^[ \t\u00a0،,]*و?[ \t\u00a0]*$/u;

/**
 * An Arabic alias linked only by coreference must stand where a name stands (name-context.ts);
 * English aliases are held by their capitals instead.
 */
function nameSlotOk(
  text: string,
  candidates: readonly Candidate[],
  i: number,
  out: readonly ResolvedMention[],
  evidence: ReadonlyMap<number, number[]>,
): boolean {
  const c = candidates[i]!;
  if (text.charCodeAt(c.start) < 0x600) return true;
  const prev = out[out.length - 1]?.candidate;
  const next = candidates[i + 1];
  // بري والحريري: the next name only needs to be one the article has named.
  const nextNamed = next?.entries.some((e) => evidence.has(actorOf(e))) ?? false;
  return standsAsName(text, {
    start: c.start,
    end: c.end,
    clitic: text.slice(c.start - c.clitic, c.start),
    afterActor: prev !== undefined && LIST_GAP.test(text.slice(prev.end, c.start)),
    beforeActor: nextNamed && LIST_GAP.test(text.slice(c.end, next!.start)),
  });
}

/**
 * The actor named most recently before `at`; failing that, the first named after it. Each
 * actor's evidence is in text order, so both are found by binary search: scanning all of it for
 * every bare alias is quadratic on a long page (and spreading it into Math.min overflows the stack).
 */
function nearest(actors: number[], evidence: Map<number, number[]>, titled: Map<number, number>, at: number): number {
  let best = actors[0]!;
  let bestBefore = -1;
  for (const a of actors) {
    const list = evidence.get(a) ?? [];
    const lo = firstAtLeast(list, at);
    const pos = Math.max(lo > 0 ? list[lo - 1]! : -1, titled.get(a) ?? -1);
    if (pos > bestBefore) {
      bestBefore = pos;
      best = a;
    }
  }
  if (bestBefore >= 0) return best;
  let bestAfter = Number.POSITIVE_INFINITY;
  for (const a of actors) {
    const first = evidence.get(a)?.[0] ?? Number.POSITIVE_INFINITY;
    if (first < bestAfter) {
      bestAfter = first;
      best = a;
    }
  }
  return best;
}

/** A name of three letters or fewer whose match needed a proclitic taken off the word. */
function shortBehindClitic(c: Candidate, text: string): boolean {
  return c.clitic > 0 && c.end - c.start <= 3 && !/\s/u.test(text.slice(c.start, c.end));
}

/**
 * "حركة المقاومة الإسلامية (حماس)": a short name in brackets right after the actor's name is its
 * gloss, whatever word it also is. Returns that actor.
 */
function glossOf(text: string, c: Candidate, prev: ResolvedMention | undefined): number | undefined {
  if (!prev || c.clitic > 0) return undefined;
  const between = text.slice(prev.candidate.end, c.start);
  if (!/^\s*[(\[]\s*$/u.test(between) || !/^\s*[)\]]/u.test(text.slice(c.end, c.end + 4))) return undefined;
  return prev.actor;
}

/**
 * An alias made only of words with the article (الأسد الأب: "the father lion") reads as ordinary
 * words unless the article is about its actor's world: another name of its state, or of someone
 * or something of that state. Without such a name it is dropped.
 */
function dropOrdinaryWordAliases(firm: (ResolvedMention | undefined)[], ctx: ResolveContext): void {
  const ordinary = (m: ResolvedMention): boolean => {
    const a = ctx.actors[m.actor]!;
    if (a.type !== 'person' || !a.country) return false;
    const words = wordsIn(ctx.text, m.candidate.start, m.candidate.end);
    return words.length >= 2 && words.every((w) => w.text.startsWith('ال'));
  };
  const suspects = firm.map((m) => (m && ordinary(m) ? m : undefined));
  if (!suspects.some(Boolean)) return;
  const countries = new Set<string>();
  firm.forEach((m, i) => {
    if (!m || suspects[i]) return;
    const a = ctx.actors[m.actor]!;
    if (a.type === 'state') countries.add(a.id);
    if (a.country) countries.add(a.country);
  });
  suspects.forEach((m, i) => {
    if (m && !countries.has(ctx.actors[m.actor]!.country!)) firm[i] = undefined;
  });
}
