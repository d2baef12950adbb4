import type { ProblemList } from './problems';

export const MB = 1024 * 1024;
/** A year of heavy reading is a few MB; fifty leaves room without letting a hostile file exhaust memory. */
export const MAX_FILE_BYTES = 50 * MB;
export const MAX_STRING_BYTES = MB;
/** The note editor's own limit: a longer body did not come from Siyaq. */
export const MAX_NOTE_CHARS = 100_000;
/** The store's records nest four levels; settings a few more. Deeper is a crafted file. */
export const MAX_DEPTH = 32;

/** Whether `s` takes more than `limit` bytes in UTF-8, without encoding it when the answer is plain. */
export function exceedsBytes(s: string, limit: number): boolean {
  if (s.length > limit) return true;
  if (s.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

export const formatBytes = (n: number): string => (n % MB === 0 ? `${n / MB} MB` : `${n} bytes`);

/**
 * Every string and field name in the parsed file against the size limit, and the nesting
 * depth, in one pass. Paths are joined only when something is wrong: a large backup has
 * millions of strings and almost never a problem.
 */
export function checkSizes(value: unknown, problems: ProblemList): void {
  const path: (string | number)[] = [];
  const where = () => path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || 'file';
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (exceedsBytes(v, MAX_STRING_BYTES)) problems.add(where(), `larger than ${formatBytes(MAX_STRING_BYTES)}`, 'tooLarge');
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    if (path.length >= MAX_DEPTH) {
      problems.add(where(), `nested deeper than ${MAX_DEPTH} levels`, 'tooLarge');
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        path.push(i);
        walk(item);
        path.pop();
      });
      return;
    }
    for (const [key, item] of Object.entries(v)) {
      if (exceedsBytes(key, MAX_STRING_BYTES)) {
        problems.add(where(), `has a field name larger than ${formatBytes(MAX_STRING_BYTES)}`, 'tooLarge');
        continue;
      }
      path.push(key);
      walk(item);
      path.pop();
    }
  };
  walk(value);
}
