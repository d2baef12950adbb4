import type { Look } from '../settings/look';

/** The registered highlight name of a layer under a look. */
export function highlightName(kind: string, look: Look): string {
  if (kind === 'siyaq-actor' && look.actors !== 'amber') return `siyaq-actor-${look.actors}`;
  if (kind === 'siyaq-figure' && look.figures !== 'blue') return `siyaq-figure-${look.figures}`;
  return kind;
}
