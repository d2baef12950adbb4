import { lookupHost } from './outlet-hosts';
import table from './outlet-table.json';

let index: Map<string, string> | undefined;

/**
 * The id of the outlet that publishes at `url`, from the bundled base's hosts (written by
 * `npm run kb:build`). For the store, which must name the outlet of articles it already holds
 * in whichever context opens it first, without loading the base.
 */
export function bundledOutletId(url: string): string | null {
  index ??= new Map(table as [string, string][]);
  return lookupHost(index, url) ?? null;
}
