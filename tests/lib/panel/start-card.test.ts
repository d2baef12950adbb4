import { describe, expect, it } from 'vitest';
import { toBackground } from '@/lib/messaging';
import type { FirstCard } from '@/lib/store/first-card';
import { leaveStarted, startFirstCard, takeStarted } from '@/lib/panel/start-card';
import { ok } from '@/lib/result';

const card = (actorId: string): FirstCard => ({ actorId, entry: { bundled: [], reader: [] }, claims: [], notes: [] });
const answer = ({ data }: { data: { actorId: string | null } }) => ok(data.actorId ? card(data.actorId) : null);

describe("the side panel's first request", () => {
  it('asks the background for the actor in the address, through the one protocol', async () => {
    const asked: (string | null)[] = [];
    toBackground.onMessage('panel:first-card', (msg) => {
      asked.push(msg.data.actorId);
      return answer(msg);
    });
    const started = startFirstCard('?actor=iraq&tab=3');
    expect(await started.tab).toBe(3);
    expect(await started.first).toEqual(card('iraq'));
    expect(asked).toEqual(['iraq']);
  });

  it('asks for the selection, which the background reads, when the address names no actor', async () => {
    const asked: (string | null)[] = [];
    toBackground.onMessage('panel:first-card', (msg) => {
      asked.push(msg.data.actorId);
      return answer(msg);
    });
    expect(await startFirstCard('?tab=3').first).toBeNull();
    expect(asked).toEqual([null]);
  });

  it('is handed from the first script to the main one once; without it the main one starts its own', async () => {
    toBackground.onMessage('panel:first-card', answer);
    const holder = {};
    const early = { tab: Promise.resolve(1), first: Promise.resolve(card('early')) };
    leaveStarted(early, holder);
    expect(takeStarted('?actor=late&tab=1', holder)).toBe(early);
    const own = takeStarted('?actor=late&tab=1', holder);
    expect(own).not.toBe(early);
    expect(await own.first).toEqual(card('late'));
  });
});
