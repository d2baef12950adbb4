import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The browser tests load the built extension; they never build it themselves. */
export default function setup(): void {
  for (const dir of ['chrome-mv3', 'firefox-mv2']) {
    const manifest = join(import.meta.dirname, '..', '..', '.output', dir, 'manifest.json');
    if (!existsSync(manifest)) {
      throw new Error(`The built extension is missing (${manifest}). Run \`npm run build\` before the browser tests.`);
    }
  }
}
