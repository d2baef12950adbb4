import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLAIMS_PAGE } from '@/lib/store/first-card';
import { recordVisit } from '@/lib/store/articles';
import { SiyaqDB } from '@/lib/store/db';
import { readFirstCard } from '@/lib/store/first-card';
import { saveNote } from '@/lib/store/notes';
import { saveReaderActor } from '@/lib/store/reader-actors';
import { ACTORS, claim, fillStore, report } from '../../components/fixtures';

const bundled = new Map(ACTORS.map((a) => [a.id, a]));

describe('readFirstCard', () => {
  let db: SiyaqDB;
  beforeEach(async () => {
    db = new SiyaqDB(`first-card-${Math.random()}`);
    await fillStore(db);
  });
  afterEach(async () => {
    await db.delete();
  });

  it("reads the card's actors, newest claims and the reader's notes in one answer", async () => {
    await saveNote(db, { kind: 'actor', actorId: 'united-states', body: 'Troop numbers vary by source.' }, 5, () => 'n1');
    const card = await readFirstCard(db, 'united-states', bundled);
    expect(card?.actorId).toBe('united-states');
    expect(card?.claims.map((c) => c.publishedAt)).toEqual(['2024-09-28', '2020-08-24', '2020-08-24']);
    expect(card?.notes.map((n) => n.body)).toEqual(['Troop numbers vary by source.']);
    // The actor, and the speakers of its claims (for the "about" tab), not the whole base.
    expect(card?.entry.bundled.map((a) => a.id).sort()).toEqual(['mustafa-al-kadhimi', 'united-states', 'us-department-of-defense']);
    expect(card?.entry.reader).toEqual([]);
  });

  it('reads one claim past the page, to tell the card there are more', async () => {
    const many = Array.from({ length: CLAIMS_PAGE + 5 }, (_, i) => claim(`خبر رقم ${i} عن العراق.`, null, ['iraq']));
    await recordVisit(db, report('https://example.com/many', '2025-01-01', many), 9);
    expect((await readFirstCard(db, 'iraq', bundled))?.claims).toHaveLength(CLAIMS_PAGE + 1);
  });

  it("takes the reader's edit of an actor, and knows actors only the reader has", async () => {
    const kadhimi = ACTORS.find((a) => a.id === 'mustafa-al-kadhimi')!;
    await saveReaderActor(db, { ...kadhimi, aliases: { ar: ['أبو هيا'] } }, { kind: 'reader' }, 1);
    const card = await readFirstCard(db, 'mustafa-al-kadhimi', bundled);
    expect(card?.entry.reader.map((a) => a.aliases?.ar)).toEqual([['أبو هيا']]);
    expect(card?.entry.bundled.map((a) => a.id)).toEqual(['iraq']);
    expect(await readFirstCard(db, 'nobody-known', bundled)).toBeNull();
  });
});
