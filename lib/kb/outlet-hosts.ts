/**
 * Hosts of news outlets, and the lookup that names the outlet of a page from its address. Pure:
 * shared by the validator, the compiler and the analysis, in whatever context runs them.
 */

/**
 * The canonical form of a host entry or a site of lib/sites.ts: lowercase, no scheme, no `www.`,
 * no trailing slash (`www.bbc.com/arabic/` → `bbc.com/arabic`). `null` for what is not a host.
 */
export function outletHostKey(entry: string): string | null {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:]+)(?::\d+)?(\/[^?#]*)?/i.exec(entry.trim());
  if (!m) return null;
  const host = m[1]!
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host)) return null;
  const path = (m[2] ?? '')
    .toLowerCase()
    .replace(/\/+$/, '')
    .replace(/\/{2,}/g, '/');
  if (path && !/^(?:\/[a-z0-9._~%-]+)+$/.test(path)) return null;
  return host + path;
}

const URL_PARTS = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#]*@)?([a-z0-9.-]+)(?::\d+)?(\/[^?#]*)?/i;
const MAX_SECTION_DEPTH = 3;

/** Host entries indexed for lookup: the value of each (an actor index, an id) by host key. */
export type HostIndex<T> = ReadonlyMap<string, T>;

/**
 * The value whose host covers `url`: the page's hostname, then each parent domain in turn
 * (news.example.com → example.com), and on each host a section path (`bbc.com/arabic`) before
 * the bare host. The most specific entry wins, so BBC Arabic is told from the BBC.
 */
export function lookupHost<T>(index: HostIndex<T>, url: string): T | undefined {
  const m = URL_PARTS.exec(url.trim());
  if (!m) return undefined;
  const host = m[1]!.toLowerCase().replace(/\.$/, '');
  // Only the first segments can name a section; an article's own slug may hold anything.
  const segments = (m[2] ?? '')
    .toLowerCase()
    .split('/')
    .filter((s) => s !== '')
    .slice(0, MAX_SECTION_DEPTH);
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const domain = labels.slice(i).join('.');
    for (let n = segments.length; n >= 0; n--) {
      const found = index.get(n ? `${domain}/${segments.slice(0, n).join('/')}` : domain);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
