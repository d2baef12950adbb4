import type { CompiledActor, MatcherData } from '../kb/compile';
import { type Normalized, toOriginal } from '../text/normalize';
import { matcherFor } from './matcher';
import { resolveMentions } from './resolve';
import type { Mention } from './types';

/** Actor mentions in normalised, tokenised text, with offsets into the original. */
export function findMentions(original: string, norm: Normalized, data: MatcherData, publishedAt?: string): Mention[] {
  const candidates = matcherFor(data).scan(norm.text);
  const resolved = resolveMentions(candidates, {
    actors: data.actors,
    text: norm.text,
    original,
    toOriginalStart: (i) => norm.starts[i] ?? original.length,
    publishedAt,
  });
  return resolved.map(({ candidate, actor, via }) => {
    const a: CompiledActor = data.actors[actor]!;
    const [start, end] = toOriginal(norm, candidate.start, candidate.end);
    const mention: Mention = {
      actorId: a.id,
      type: a.type,
      name: { ar: a.ar, en: a.en },
      start,
      end,
      text: original.slice(start, end),
      via,
    };
    if (candidate.clitic > 0) mention.prefix = original.slice(norm.starts[candidate.start - candidate.clitic], start);
    return mention;
  });
}
