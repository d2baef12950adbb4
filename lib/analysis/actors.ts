import type { CompiledActor, MatcherData } from '../kb/compile';
import { type Normalized, toOriginal } from '../text/normalize';
import type { Token } from '../text/tokenize';
import { findCandidates } from './match';
import { resolveMentions } from './resolve';
import type { Mention } from './types';

/** Actor mentions in normalised, tokenised text, with offsets into the original. */
export function findMentions(
  original: string,
  norm: Normalized,
  tokens: readonly Token[],
  data: MatcherData,
  publishedAt?: string,
): Mention[] {
  const candidates = findCandidates(norm.text, data.trie, tokens);
  const resolved = resolveMentions(candidates, {
    actors: data.actors,
    tokens,
    original,
    toOriginalStart: (i) => norm.starts[i] ?? original.length,
    publishedAt,
  });
  return resolved.map(({ candidate, actor, via }) => {
    const a: CompiledActor = data.actors[actor]!;
    const [start, end] = toOriginal(norm, candidate.start, candidate.end);
    return { actorId: a.id, type: a.type, name: { ar: a.ar, en: a.en }, start, end, text: original.slice(start, end), via };
  });
}
