import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SELECTION_KEY } from '@/lib/background/tab-state';
import { toBackground } from '@/lib/messaging';
import type { FirstCard } from '@/lib/panel/first-card';
import { leaveStarted, startFirstCard, takeStarted } from '@/lib/panel/start-card';
import { ok } from '@/lib/result';

const card = (actorId: string): FirstCard => ({ actorId, entry: { bundled: [], reader: [] }, claims: [], notes: [] });

describe("the side panel's first request", () => {
  it('asks the background for the actor in the address, through the one protocol', async () => {
    const asked: string[] = [];
    toBackground.onMessage('panel:first-card', ({ data }) => {
      asked.push(data.actorId);
      return ok(card(data.actorId));
    });
    const started = startFirstCard('?actor=iraq&tab=3');
    expect(await started.tab).toBe(3);
    expect(await started.first).toEqual(card('iraq'));
    expect(asked).toEqual(['iraq']);
  });

  it("opens on the reader's last selection when the address names no actor", async () => {
    toBackground.onMessage('panel:first-card', ({ data }) => ok(card(data.actorId)));
    await fakeBrowser.storage.session.set({ [SELECTION_KEY]: { tabId: 3, actorId: 'iran', at: 1 } });
    expect(await startFirstCard('?tab=3').first).toEqual(card('iran'));
    expect(await startFirstCard('?tab=4').first).toBeNull();
  });

  it('is handed from the first script to the main one once; without it the main one starts its own', async () => {
    toBackground.onMessage('panel:first-card', ({ data }) => ok(card(data.actorId)));
    const holder = {};
    const early = { tab: Promise.resolve(1), first: Promise.resolve(card('early')) };
    leaveStarted(early, holder);
    expect(takeStarted('?actor=late&tab=1', holder)).toBe(early);
    const own = takeStarted('?actor=late&tab=1', holder);
    expect(own).not.toBe(early);
    expect(await own.first).toEqual(card('late'));
  });
});
