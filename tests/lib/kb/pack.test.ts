import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPack, previewPack } from '@/lib/kb/pack';
import type { Actor } from '@/lib/kb/schema';
import { convertWikidata } from '@/lib/kb/wikidata';

const bundled: Actor[] = [
  {
    id: 'iraq',
    type: 'state',
    names: { ar: 'العراق', en: 'Iraq' },
    note: { ar: 'دولة عربية.', en: 'An Arab state.' },
    links: { wikidata: 'Q796' },
  },
  {
    id: 'nabih-berri',
    type: 'person',
    names: { ar: 'نبيه بري', en: 'Nabih Berri' },
    aliases: { ar: ['بري'] },
    ambiguous: ['بري'],
    note: { ar: 'سياسي.', en: 'Politician.' },
  },
];
const mine: Actor = {
  id: 'basra-union',
  type: 'organisation',
  names: { ar: 'نقابة البصرة', en: 'Basra Union' },
  note: { ar: 'نقابة.', en: 'A union.' },
  country: 'iraq',
};

describe('knowledge packs', () => {
  it('round-trips: export → preview → the same actors, unchanged', () => {
    const text = exportPack([mine], 'my pack');
    const res = previewPack(text, bundled, [mine]);
    expect(res).toEqual({ ok: true, value: { name: 'my pack', added: [], changed: [], unchanged: [mine], rejected: [] } });
  });

  it('previews what a pack adds, changes and rejects, naming the actor and the reason', () => {
    const changed = { ...mine, aliases: { ar: ['اتحاد البصرة'] } };
    const pack = {
      schema: 'siyaq-kb',
      version: 1,
      name: 'regional',
      actors: [
        changed,
        { id: 'new-one', type: 'person', names: { ar: 'شخص جديد', en: 'New One' }, note: { ar: 'ن.', en: 'n.' } },
        { id: 'thief', type: 'person', names: { ar: 'نبيه بري', en: 'Thief' }, note: { ar: 'ن.', en: 'n.' } },
        { id: 'broken', type: 'wizard', names: { ar: 'س', en: 'x' }, note: { ar: 'ن', en: 'n' } },
      ],
    };
    const res = previewPack(JSON.stringify(pack), bundled, [mine]);
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.added.map((a) => a.id)).toEqual(['new-one']);
    expect(res.value.changed.map((c) => c.after.id)).toEqual(['basra-union']);
    expect(res.value.rejected.map((r) => [r.actorId, r.path])).toEqual(
      expect.arrayContaining([
        ['broken', 'type'],
        ['thief', 'aliases'],
      ]),
    );
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['another schema', JSON.stringify({ schema: 'other', version: 1, actors: [] }), /not a Siyaq knowledge pack/],
    ['a newer version', JSON.stringify({ schema: 'siyaq-kb', version: 99, actors: [] }), /newer/],
    ['no actors', JSON.stringify({ schema: 'siyaq-kb', version: 1 }), /no list of actors/],
  ])('refuses %s with a clear message', (_label, text, message) => {
    const res = previewPack(text, bundled, []);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(message);
  });

  it('accepts a converted Wikidata sample through the same validator', () => {
    const raw = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'wikidata', 'entitydata.json'), 'utf8'));
    const { pack } = convertWikidata(Object.values(raw.entities), { knownIds: new Map([['Q796', 'iraq']]) });
    const res = previewPack(JSON.stringify(pack), bundled, []);
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.rejected).toEqual([]);
    expect(res.value.added.length).toBeGreaterThan(0);
  });
});
