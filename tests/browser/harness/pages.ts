import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PAGES } from '../../../scripts/lib/demo-pages';
import { type StaticServer, serveFolder } from '../../../scripts/lib/serve';
import { PAGES } from './paths';

export interface FixturePage {
  host: string;
  path: string;
}

/** The seed article, served as on the site it was published on. */
export const SEED: FixturePage = DEMO_PAGES[0]!;

/** A site fixture, served under the host its expected output names. */
export function site(name: string): FixturePage {
  const expected = JSON.parse(readFileSync(join(PAGES, 'sites', `${name}.expected.json`), 'utf8')) as FixturePage;
  return { host: expected.host, path: expected.path };
}

export async function startPages(): Promise<StaticServer & { url(page: FixturePage): string }> {
  const server = await serveFolder(PAGES);
  return { ...server, url: (p) => `http://${p.host}:${server.port}${p.path}` };
}
