import actors from '../../generated/actors.json';
import type { Actor } from './schema';

/** JSON's inferred type widens the unions (`type: string`); `npm run kb:build` validated every actor. */
const validated: unknown = actors;

/** The bundled knowledge base (validated and compiled by `npm run kb:build`). */
export const BUNDLED_ACTORS = validated as Actor[];

let byId: Map<string, Actor> | undefined;
export function bundledActor(id: string): Actor | undefined {
  byId ??= new Map(BUNDLED_ACTORS.map((a) => [a.id, a]));
  return byId.get(id);
}
