import type { Actor } from './schema';

/**
 * How current the bundled base is: the latest date of any fact in it (a role or an affiliation
 * that began or ended), which is when its facts were last brought up to date. `npm run kb:build`
 * writes it to generated/kb-meta.json; the actor card shows it, so a reader knows when a role may
 * have changed since. Partial dates compare as written: 2026 < 2026-01 < 2026-01-15.
 */
export function latestFactDate(actors: readonly Actor[]): string | undefined {
  let latest: string | undefined;
  const see = (d: string | undefined) => {
    if (d && (latest === undefined || d > latest)) latest = d;
  };
  for (const a of actors) {
    for (const r of a.roles ?? []) {
      see(r.start);
      see(r.end);
    }
    for (const f of a.affiliations ?? []) {
      see(f.start);
      see(f.end);
    }
  }
  return latest;
}

/** The compiled base's metadata, generated/kb-meta.json. */
export interface KbMeta {
  asOf?: string;
}
