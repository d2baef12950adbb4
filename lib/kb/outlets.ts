import { lookupHost, outletHostKey } from './outlet-hosts';
import type { Actor } from './schema';

/** Host key → id of the outlet that publishes there, over every media actor with hosts. */
export function outletHostIndex(actors: readonly Actor[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const a of actors) {
    if (a.type !== 'media') continue;
    for (const h of a.outlet?.hosts ?? []) {
      const key = outletHostKey(h);
      if (key !== null && !index.has(key)) index.set(key, a.id);
    }
  }
  return index;
}

/**
 * The sites (lib/sites.ts entries such as `aljazeera.net` or `www.bbc.com/arabic`) on which no
 * outlet of the base publishes: Siyaq runs on them unasked, so it must be able to say whose they are.
 */
export function sitesWithoutOutlet(sites: readonly string[], actors: readonly Actor[]): string[] {
  const index = outletHostIndex(actors);
  return sites.filter((site) => lookupHost(index, `https://${site}/`) === undefined);
}

/** The host table the store reads without the base (lib/kb/outlet-table.json): `[host, outlet id]`, sorted. */
export function outletTable(actors: readonly Actor[]): [string, string][] {
  return [...outletHostIndex(actors)].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
