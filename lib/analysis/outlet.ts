import type { MatcherData } from '../kb/compile';
import { lookupHost } from '../kb/outlet-hosts';

/** The outlet that publishes a page, as the analysis reports it. */
export interface PageOutlet {
  actorId: string;
  name: { ar: string; en: string };
}

const indexes = new WeakMap<MatcherData, Map<string, number>>();

function hostIndex(data: MatcherData): Map<string, number> {
  let index = indexes.get(data);
  if (!index) {
    index = new Map();
    for (const [host, actor] of data.hosts ?? []) if (!index.has(host)) index.set(host, actor);
    indexes.set(data, index);
  }
  return index;
}

/**
 * The outlet whose host covers `url` (its hostname, then each parent domain; a section such as
 * bbc.com/arabic before its site). The reader's own actors come first: an outlet they described
 * themselves is the one they mean. `null` when no outlet of the base publishes there.
 */
export function outletOfUrl(url: string, data: MatcherData, extra?: MatcherData): PageOutlet | null {
  for (const d of extra ? [extra, data] : [data]) {
    const i = lookupHost(hostIndex(d), url);
    const a = i === undefined ? undefined : d.actors[i];
    if (a) return { actorId: a.id, name: { ar: a.ar, en: a.en } };
  }
  return null;
}
