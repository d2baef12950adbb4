import { type StaticServer, serveFolder } from '../../../scripts/lib/serve';
import { DEMO_PAGES } from '../../../scripts/lib/demo-pages';
import { PAGES } from './paths';

/** The fixture pages, and the news-site host each one is served under. */
export const SEED = DEMO_PAGES[0]!;

export async function startPages(): Promise<StaticServer & { url(page: { host: string; path: string }): string }> {
  const server = await serveFolder(PAGES);
  return { ...server, url: (p) => `http://${p.host}:${server.port}${p.path}` };
}
