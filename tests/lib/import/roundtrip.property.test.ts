import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/export/backup';
import { BUNDLED_ACTORS } from '@/lib/kb/bundled';
import { DATABASE_ITEMS } from '@/lib/settings/items';
import type { NoteInput } from '@/lib/store/notes';
import { SiyaqDB } from '@/lib/store/db';
import { backgroundFor, dumpStore, OWN_PAGES, reportOf } from '../../helpers/store';

/**
 * Whatever store a reader builds, its backup restores it. The stores are generated as a reader
 * builds them, through the background's handlers: fixture pages reported (some with a title or
 * byline the generator chose, read again later), notes on actors, claims and passages with any
 * text, reader actors, settings with any value. Generated text, so weighed less than the
 * pipeline test over the real fixture pages; it finds the odd values those pages never hold.
 */

// Text with what breaks naive code: lone surrogates, controls, bidi marks, Arabic, emoji.
const awkward = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\ud83d', '\udc00', '\u0000', '\u202e', '\u200f', '\n', '"', '\\', '<', 'ا', 'ـ', '😀'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});

const bundledIds = BUNDLED_ACTORS.slice(0, 40).map((a) => a.id);

type Op =
  | { op: 'read'; page: number; title: string | null; byline: string | null; later: number }
  | { op: 'note'; target: 'actor' | 'claim' | 'passage'; pick: number; body: string }
  | { op: 'edit-note'; pick: number; body: string }
  | { op: 'actor'; n: number; ar: string }
  | { op: 'setting'; key: string; value: unknown };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('read' as const),
    page: fc.nat(OWN_PAGES.length - 1),
    title: fc.option(awkward),
    byline: fc.option(awkward),
    later: fc.nat(1_000_000),
  }),
  fc.record({ op: fc.constant('note' as const), target: fc.constantFrom('actor', 'claim', 'passage'), pick: fc.nat(), body: awkward }),
  fc.record({ op: fc.constant('edit-note' as const), pick: fc.nat(), body: awkward }),
  fc.record({ op: fc.constant('actor' as const), n: fc.nat(5), ar: fc.stringMatching(/^[ء-ي]{3,12}$/) }),
  fc.record({
    op: fc.constant('setting' as const),
    // The declared settings, with a value of their type or any JSON (which the background refuses).
    key: fc.constantFrom(...DATABASE_ITEMS.map((i) => i.key)),
    value: fc.oneof(fc.constantFrom('ar', 'en', 'auto'), fc.integer({ min: 1, max: 2e12 }), fc.jsonValue()),
  }),
);

async function build(db: SiyaqDB, ops: Op[]): Promise<void> {
  let now = 1_700_000_000_000;
  const h = backgroundFor(db, { now: () => now });
  for (const o of ops) {
    now += 1;
    if (o.op === 'read') {
      now += o.later;
      const report = reportOf(OWN_PAGES[o.page]!);
      if (o.title !== null) report.title = o.title;
      if (o.byline !== null) report.byline = o.byline;
      await h.report(report, o.page);
    } else if (o.op === 'note') {
      const claims = await db.claims.toArray();
      const actors = [...bundledIds, ...(await db.readerActors.toArray()).map((r) => r.id)];
      const claim = claims[o.pick % Math.max(1, claims.length)];
      const input: NoteInput | null =
        o.target === 'actor'
          ? { kind: 'actor', actorId: actors[o.pick % actors.length]!, body: o.body }
          : !claim
            ? null
            : o.target === 'claim'
              ? { kind: 'claim', claimId: claim.id, body: o.body }
              : { kind: 'passage', articleUrl: claim.articleUrl, anchor: claim.anchor, body: o.body };
      if (input) await h.saveNote(input);
    } else if (o.op === 'edit-note') {
      const notes = await db.notes.toArray();
      const note = notes[o.pick % Math.max(1, notes.length)];
      if (note) await h.saveNote({ id: note.id, kind: note.kind, body: o.body });
    } else if (o.op === 'actor') {
      // Reader actors with names nobody else has; a rejected one (a clash) leaves the store as it was.
      await h.saveActor({
        id: `reader-gen-${o.n}`,
        type: 'organisation',
        names: { ar: `هيئة ${o.ar} ${o.n}`, en: `Generated body ${o.n}` },
        note: { ar: 'من المولد', en: 'generated' },
      });
    } else {
      await h.setSetting(o.key, o.value);
    }
  }
}

describe('backup round trip, property', () => {
  it('any store the handlers build exports to a file that imports back equal, by merge and by replace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const source = new SiyaqDB(`prop-src-${Math.random()}`);
        const target = new SiyaqDB(`prop-dst-${Math.random()}`);
        try {
          await build(source, ops);
          const before = await dumpStore(source);
          const text = exportBackup(before, { now: 1_800_000_000_000 });
          const into = backgroundFor(target);
          const merged = await into.importBackup(text, 'merge');
          if (!merged.ok) throw new Error(merged.error.message);
          expect(await dumpStore(target)).toEqual(before);
          await into.erase();
          const replaced = await into.importBackup(text, 'replace');
          if (!replaced.ok) throw new Error(replaced.error.message);
          expect(JSON.stringify(await dumpStore(target))).toBe(JSON.stringify(before));
        } finally {
          await source.delete();
          await target.delete();
        }
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
