/**
 * How highlights look, chosen in the options page: a palette for actors and one for figures, and
 * how much is marked. Palettes are highlight names declared in lib/page/highlights.css, so
 * changing the look changes which name ranges are registered under, never the page's DOM or styles.
 */
export const ACTOR_PALETTES = ['amber', 'blue', 'green', 'rose', 'underline'] as const;
export const FIGURE_PALETTES = ['blue', 'green', 'grey', 'underline'] as const;
export const DENSITIES = ['all', 'first', 'names'] as const;

export interface Look {
  actors: (typeof ACTOR_PALETTES)[number];
  figures: (typeof FIGURE_PALETTES)[number];
  /** all: every mention and figure; first: each actor's first mention; names: actors, no figures. */
  density: (typeof DENSITIES)[number];
  /** Highlight spans of time (ثلاث سنوات) too: off by default, they are rarely what outlets disagree about. */
  showDurations?: boolean;
}

export const DEFAULT_LOOK: Look = { actors: 'amber', figures: 'blue', density: 'all' };

const oneOf = <T extends string>(list: readonly T[], v: unknown, fallback: T): T => (list.includes(v as T) ? (v as T) : fallback);

/** A stored look, with anything unknown replaced by the default. */
export function readLook(value: unknown): Look {
  const v: Record<string, unknown> = typeof value === 'object' && value !== null ? { ...value } : {};
  return {
    actors: oneOf(ACTOR_PALETTES, v.actors, DEFAULT_LOOK.actors),
    figures: oneOf(FIGURE_PALETTES, v.figures, DEFAULT_LOOK.figures),
    density: oneOf(DENSITIES, v.density, DEFAULT_LOOK.density),
    ...(v.showDurations === true ? { showDurations: true } : {}),
  };
}
