import actorsUrl from '../../generated/actors.json?url';
import type { Actor } from './schema';

let loading: Promise<Actor[]> | undefined;

/**
 * The bundled base for the extension's own pages (panel, options), fetched as a file of the
 * extension. Imported into their script instead, 1.3 MB of it would be compiled before the panel
 * could paint anything; fetched, it is read while the page's scripts start.
 */
export function loadBundledActors(): Promise<Actor[]> {
  loading ??= fetch(actorsUrl).then((res) => {
    if (!res.ok) throw new Error(`The bundled knowledge base is missing from the extension (${res.status}).`);
    return res.json() as Promise<Actor[]>;
  });
  return loading;
}
