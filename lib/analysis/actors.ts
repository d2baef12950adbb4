import type { CompiledActor, MatcherData } from '../kb/compile';
import { type Normalized, toOriginal } from '../text/normalize';
import { type Candidate, matcherFor } from './matcher';
import { checkMentions } from './mention-checks';
import { resolveMentions } from './resolve';
import type { Mention } from './types';

/**
 * Candidates from the bundled base and the reader's own actors as one list over one actor
 * table. A reader actor with a bundled actor's id extends it (an alias the reader added), so
 * its entries point at the bundled actor. Where two candidates overlap the longer wins; on the
 * same span their entries join and disambiguation decides.
 */
function combine(text: string, base: MatcherData, extra: MatcherData | undefined): { actors: CompiledActor[]; candidates: Candidate[] } {
  const own = matcherFor(base).scan(text);
  if (!extra) return { actors: base.actors, candidates: own };
  const index = new Map(base.actors.map((a, i) => [a.id, i]));
  const actors = [...base.actors];
  const remap = extra.actors.map((a) => {
    const known = index.get(a.id);
    if (known !== undefined) return known;
    actors.push(a);
    return actors.length - 1;
  });
  const theirs = matcherFor(extra)
    .scan(text)
    .map((c) => ({ ...c, entries: c.entries.map((e) => remap[e >> 5]! * 32 + (e & 31)) }));
  const all = [...own, ...theirs].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of all) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.start === last.start && c.end === last.end) last.entries = [...new Set([...last.entries, ...c.entries])];
      continue;
    }
    out.push({ ...c });
  }
  return { actors, candidates: out };
}

/**
 * The longest match wins in the matcher, so an ambiguous alias the resolver then rejects (الملك
 * عبدالله, which names two kings) can hide a name that starts inside it (عبدالله الثاني). Each
 * rejected match of two words or more is scanned again from its second word; when that finds
 * names, the candidates with those in its place are returned for a second resolution.
 */
function uncovered(
  text: string,
  data: MatcherData,
  candidates: readonly Candidate[],
  resolved: readonly { candidate: Candidate }[],
): Candidate[] | null {
  const kept = new Set(resolved.map((r) => r.candidate.start));
  let out: Candidate[] | null = null;
  for (const [i, c] of candidates.entries()) {
    if (kept.has(c.start)) continue;
    const space = text.indexOf(' ', c.start);
    if (space < 0 || space >= c.end) continue;
    const from = space + 1;
    const to = Math.min(candidates[i + 1]?.start ?? text.length, c.end + 64);
    const found = matcherFor(data)
      .scan(text.slice(from, to))
      .filter((f) => f.start + from < c.end)
      .map((f) => ({ ...f, start: f.start + from, end: f.end + from }));
    if (found.length === 0) continue;
    out ??= candidates.slice();
    out.splice(out.indexOf(c), 1, ...found);
  }
  return out;
}

/** Actor mentions in normalised text, with offsets into the original. */
export function findMentions(original: string, norm: Normalized, data: MatcherData, publishedAt?: string, extra?: MatcherData): Mention[] {
  const { actors, candidates } = combine(norm.text, data, extra);
  const ctx = { actors, text: norm.text, original, toOriginalStart: (i: number) => norm.starts[i] ?? original.length, publishedAt };
  let resolved = resolveMentions(candidates, ctx);
  const rescanned = uncovered(norm.text, data, candidates, resolved);
  if (rescanned) resolved = resolveMentions(rescanned, ctx);
  resolved = checkMentions(norm.text, actors, resolved);
  const out: Mention[] = [];
  for (const { candidate, actor, via } of resolved) {
    const a = actors[actor]!;
    const [start, end] = toOriginal(norm, candidate.start, candidate.end);
    // One character can hold several words (ﷺ): a second name inside it would overlap the first.
    if (start < (out[out.length - 1]?.end ?? 0)) continue;
    const mention: Mention = {
      actorId: a.id,
      type: a.type,
      name: { ar: a.ar, en: a.en },
      start,
      end,
      text: original.slice(start, end),
      via,
    };
    if (a.capital && a.country) mention.speaksFor = a.country;
    if (candidate.clitic > 0) mention.prefix = original.slice(norm.starts[candidate.start - candidate.clitic], start);
    out.push(mention);
  }
  return out;
}
