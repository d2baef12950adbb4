import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES } from './paths';
import { type StaticServer, serveFolder } from './serve';

export interface FixturePage {
  host: string;
  path: string;
}

/** The seed article (the demo's sample), served as on the site it was published on. */
export const SEED: FixturePage = { host: 'www.amad.ps', path: '/seed-article.html' };

/**
 * Hosts on Chromium's HSTS preload list are always fetched over https, which the local server
 * does not speak; their fixtures are served under another listed news host instead.
 */
const HSTS_PRELOADED: Record<string, string> = { 'www.bbc.com': 'www.alquds.co.uk' };

/** A site fixture, served under the host its expected output names. */
export function site(name: string): FixturePage {
  const expected = JSON.parse(readFileSync(join(PAGES, 'sites', `${name}.expected.json`), 'utf8')) as FixturePage;
  return { host: HSTS_PRELOADED[expected.host] ?? expected.host, path: expected.path };
}

/** A page served under a news host (the content script's matches apply). */
export const at = (host: string, path: string): FixturePage => ({ host, path });

export async function startPages(): Promise<StaticServer & { url(page: FixturePage): string }> {
  // One page sends a strict Content-Security-Policy, as some news sites do.
  const server = await serveFolder(
    PAGES,
    (path): Record<string, string> =>
      path === '/hostile/csp.html' ? { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" } : {},
  );
  return { ...server, url: (p) => `http://${p.host}:${server.port}${p.path}` };
}
