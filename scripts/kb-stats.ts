/**
 * npm run kb:stats — a one-page coverage report of the bundled knowledge base: actors by type and
 * by country, aliases, ambiguous aliases, and who held the top offices of each state since 2015.
 */
import type { RoleKey } from '../lib/kb/schema';
import { actorKeys } from '../lib/kb/validate';
import { buildBundledBase } from './lib/kb-base';

const base = buildBundledBase();
if (!base.ok) {
  for (const p of base.problems) console.error(p);
  process.exit(1);
}
const actors = base.actors;
const byId = new Map(actors.map((a) => [a.id, a]));

function count<K>(keys: K[]): [K, number][] {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
}

const keys = actors.flatMap((a) => actorKeys(a));
const lines: string[] = [];
lines.push(
  `# Knowledge base: ${actors.length} actors, ${keys.length} names and aliases (${keys.filter((k) => k.ambiguous).length} ambiguous)`,
);
lines.push('', '## By type', ...count(actors.map((a) => a.type)).map(([t, n]) => `  ${t.padEnd(20)} ${n}`));
lines.push(
  '',
  '## By country (top 40)',
  ...count(actors.map((a) => a.country ?? '(international / none)'))
    .slice(0, 40)
    .map(([c, n]) => `  ${(byId.get(c)?.names.en ?? c).padEnd(28)} ${n}`),
);
lines.push(
  '',
  '## Aliases',
  `  Arabic: ${keys.filter((k) => k.lang === 'ar').length}   English: ${keys.filter((k) => k.lang === 'en').length}`,
  `  actors with no alias beyond their two names: ${actors.filter((a) => !a.aliases?.ar?.length && !a.aliases?.en?.length).length}`,
  `  with links.wikidata: ${actors.filter((a) => a.links?.wikidata).length}   with a Wikipedia title: ${actors.filter((a) => a.links?.wikipedia).length}`,
);
lines.push('', '## Ambiguous aliases shared by several actors');
const shared = new Map<string, Set<string>>();
for (const a of actors) for (const k of actorKeys(a)) if (k.ambiguous) shared.set(k.text, (shared.get(k.text) ?? new Set()).add(a.id));
for (const [text, ids] of [...shared].filter(([, ids]) => ids.size > 1).sort((a, b) => b[1].size - a[1].size)) {
  lines.push(`  ${text}: ${[...ids].join(', ')}`);
}

const OFFICES: RoleKey[] = ['head_of_state', 'president', 'king', 'emir', 'sultan', 'supreme_leader', 'prime_minister', 'foreign_minister'];
lines.push('', '## Top offices held since 2015, by state');
for (const state of actors.filter((a) => a.type === 'state').sort((a, b) => a.names.en.localeCompare(b.names.en))) {
  const holders: string[] = [];
  for (const a of actors) {
    for (const r of a.roles ?? []) {
      if (r.of !== state.id || !OFFICES.includes(r.role)) continue;
      if (r.end && r.end < '2015') continue;
      holders.push(`${r.role} ${a.names.en} (${r.start ?? '?'}–${r.end ?? ''})`);
    }
  }
  const missing = OFFICES.filter((o) => ['prime_minister', 'foreign_minister'].includes(o) && !holders.some((h) => h.startsWith(o)));
  lines.push(`  ${state.names.en}: ${holders.length} holders${missing.length ? `; none for ${missing.join(', ')}` : ''}`);
  for (const h of holders.sort()) lines.push(`      ${h}`);
}
console.log(lines.join('\n'));
