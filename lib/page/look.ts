/**
 * How highlights look, chosen in the options page: a palette for actors and one for figures, and
 * how much is marked. Palettes are highlight names declared in highlights.css, so changing the
 * look changes which name ranges are registered under, never the page's DOM or styles.
 */
export const ACTOR_PALETTES = ['amber', 'blue', 'green', 'rose', 'underline'] as const;
export const FIGURE_PALETTES = ['blue', 'green', 'grey', 'underline'] as const;
export const DENSITIES = ['all', 'first', 'names'] as const;

export interface Look {
  actors: (typeof ACTOR_PALETTES)[number];
  figures: (typeof FIGURE_PALETTES)[number];
  /** all: every mention and figure; first: each actor's first mention; names: actors, no figures. */
  density: (typeof DENSITIES)[number];
}

export const DEFAULT_LOOK: Look = { actors: 'amber', figures: 'blue', density: 'all' };
export const LOOK_KEY = 'siyaq:look';

/** The registered highlight name of a layer under a look. */
export function highlightName(kind: string, look: Look): string {
  if (kind === 'siyaq-actor' && look.actors !== 'amber') return `siyaq-actor-${look.actors}`;
  if (kind === 'siyaq-figure' && look.figures !== 'blue') return `siyaq-figure-${look.figures}`;
  return kind;
}

/** A stored look, with anything unknown replaced by the default. */
export function readLook(value: unknown): Look {
  const v = (value ?? {}) as Partial<Look>;
  return {
    actors: ACTOR_PALETTES.includes(v.actors as Look['actors']) ? (v.actors as Look['actors']) : DEFAULT_LOOK.actors,
    figures: FIGURE_PALETTES.includes(v.figures as Look['figures']) ? (v.figures as Look['figures']) : DEFAULT_LOOK.figures,
    density: DENSITIES.includes(v.density as Look['density']) ? (v.density as Look['density']) : DEFAULT_LOOK.density,
  };
}
