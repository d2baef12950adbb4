import bundled from '@/generated/matcher.json';
import { compileMatcher, type MatcherData } from '@/lib/kb/compile';
import type { Actor } from '@/lib/kb/schema';

/** The bundled knowledge base as the extension ships it (built by `npm run kb:build`). */
export const BUNDLED = bundled as unknown as MatcherData;

/** A small knowledge base for rule tests: each actor needs only an id, names and what the test uses. */
export function testKb(actors: (Partial<Actor> & Pick<Actor, 'id' | 'names'>)[]): MatcherData {
  return compileMatcher(actors.map((a) => ({ type: 'person', note: { ar: 'ملاحظة', en: 'note' }, ...a }) as Actor));
}
