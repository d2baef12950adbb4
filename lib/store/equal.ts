/**
 * Whether two stored records hold the same data. Key order does not matter (IndexedDB and JSON
 * may order fields differently), and a field set to `undefined` counts as absent, because JSON
 * drops it: otherwise a record would look changed on every import.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  // Only plain objects come out of JSON; anything else (a Date in a setting) is not the same as its JSON form.
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = (r: Record<string, unknown>) => Object.keys(r).filter((k) => r[k] !== undefined);
  const ka = keys(ra);
  return ka.length === keys(rb).length && ka.every((k) => Object.hasOwn(rb, k) && sameData(ra[k], rb[k]));
}
