import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export const KB_DIR = join(import.meta.dirname, '..', '..', 'kb', 'actors');

export interface KbFile {
  file: string;
  data: unknown;
  parseError?: string;
}

/** Reads the bundled base's files; a syntax error is reported, not thrown. */
export function readKbFiles(dir = KB_DIR): KbFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readKbFile(join(dir, f)));
}

export function readKbFile(path: string): KbFile {
  const file = basename(path);
  try {
    return { file, data: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (e) {
    return { file, data: [], parseError: (e as Error).message };
  }
}
