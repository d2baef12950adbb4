import type { Actor } from '../../lib/kb/schema';
import { actorKeys } from '../../lib/kb/validate';

/**
 * The bundled base grown to `target` aliases with invented people whose names recombine the
 * real first names and surnames of the base, so the words look like the ones a page holds
 * (sharing prefixes and collisions with real words) rather than random letters.
 */
export function grownBase(actors: Actor[], target: number): { actors: Actor[]; aliases: number } {
  let aliases = actors.reduce((n, a) => n + actorKeys(a).length, 0);
  const words = [...new Set(actors.filter((a) => a.type === 'person').flatMap((a) => a.names.ar.split(' ')))].filter((w) => w.length > 2);
  let seed = 42;
  const pick = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return words[seed % words.length]!;
  };
  const grown = [...actors];
  for (let i = 0; aliases < target; i++) {
    const first = pick();
    const last = pick();
    grown.push({
      id: `synthetic-${i}`,
      type: 'person',
      names: { ar: `${first} ${last}`, en: `Synthetic Person ${i}` },
      aliases: { ar: [`${first} ${pick()} ${last}`] },
      note: { ar: 'شخص مفترض للقياس.', en: 'Invented person for benchmarking.' },
    });
    aliases += 3;
  }
  return { actors: grown, aliases };
}
