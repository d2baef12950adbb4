import { describe, expect, it } from 'vitest';
import { actorEntry } from '@/lib/kb/entry';
import type { Actor } from '@/lib/kb/schema';

const actor = (id: string, extra: Partial<Actor> = {}): Actor => ({
  id,
  type: 'person',
  names: { ar: id, en: id },
  note: { ar: '', en: '' },
  ...extra,
});

const iraq = actor('iraq', { type: 'state' });
const dawa = actor('dawa-party', { type: 'party' });
const unrelated = actor('someone-else');
const maliki = actor('nouri-al-maliki', {
  roles: [
    { role: 'prime_minister', of: 'iraq', start: '2006', end: '2014' },
    { role: 'party_leader', of: 'dawa-party', start: '2007' },
  ],
  affiliations: [{ kind: 'member_of', target: 'dawa-party' }],
});
const base = new Map([iraq, dawa, unrelated, maliki].map((a) => [a.id, a]));

describe('actorEntry', () => {
  it('holds the actor and every actor its roles and affiliations name, once each', () => {
    const entry = actorEntry('nouri-al-maliki', base, []);
    expect(entry?.bundled.map((a) => a.id)).toEqual(['nouri-al-maliki', 'iraq', 'dawa-party']);
    expect(entry?.reader).toEqual([]);
  });

  it("takes the reader's edit of a bundled actor, as the directory does, and follows its references", () => {
    const edited = { ...maliki, aliases: { ar: ['أبو إسراء'] }, affiliations: [{ kind: 'member_of' as const, target: 'my-bloc' }] };
    const bloc = actor('my-bloc', { type: 'party' });
    const entry = actorEntry('nouri-al-maliki', base, [edited, bloc]);
    expect(entry?.reader.map((a) => a.id)).toEqual(['nouri-al-maliki', 'my-bloc']);
    expect(entry?.reader[0]?.aliases?.ar).toEqual(['أبو إسراء']);
    expect(entry?.bundled.map((a) => a.id)).toEqual(['iraq', 'dawa-party']);
  });

  it("adds the other actors the card shows at once (its claims' speakers)", () => {
    const entry = actorEntry('iraq', base, [], ['someone-else', 'nouri-al-maliki', 'iraq', 'gone']);
    expect(entry?.bundled.map((a) => a.id)).toEqual(['iraq', 'someone-else', 'nouri-al-maliki']);
  });

  it('skips references to actors nobody has, and answers null for an unknown id', () => {
    const orphan = actor('orphan', { affiliations: [{ kind: 'member_of', target: 'deleted-party' }] });
    expect(actorEntry('orphan', base, [orphan])).toEqual({ bundled: [], reader: [orphan] });
    expect(actorEntry('nobody', base, [])).toBeNull();
  });
});
