import { describe, expect, it, vi } from 'vitest';
import type { Selection } from '@/lib/background/tab-state';
import { type FirstCard, openingActor, requestFirstCard, selectionFits } from '@/lib/panel/first-card';
import { fail, ok } from '@/lib/result';

const card = (actorId: string): FirstCard => ({ actorId, entry: { bundled: [], reader: [] }, claims: [], notes: [] });
const selected = (actorId: string, tabId: number | null): Selection => ({ actorId, tabId, at: 1 });

describe('the actor a panel opens on', () => {
  it('is the one in its address, whatever was selected', () => {
    expect(openingActor('iraq', selected('iran', 3), 4)).toBe('iraq');
  });

  it("is else the last selection, unless that was made in another tab than the panel's", () => {
    expect(openingActor(null, selected('iran', 3), 3)).toBe('iran');
    expect(openingActor(null, selected('iran', 3), 4)).toBeNull();
    // Made from the panel itself (no tab), or a panel that speaks for no tab: it fits.
    expect(openingActor(null, selected('iran', null), 4)).toBe('iran');
    expect(openingActor(null, selected('iran', 3), null)).toBe('iran');
    expect(openingActor(null, undefined, 3)).toBeNull();
    expect(selectionFits(selected('iran', 3), 3)).toBe(true);
  });
});

describe('requestFirstCard', () => {
  it("asks the background for the address's actor without reading the selection", async () => {
    const selection = vi.fn(async () => selected('iran', null));
    const ask = vi.fn(async (id: string) => ok(card(id)));
    expect(await requestFirstCard({ param: 'iraq', selection, tab: Promise.resolve(7), ask })).toEqual(card('iraq'));
    expect(selection).not.toHaveBeenCalled();
    expect(ask).toHaveBeenCalledWith('iraq');
  });

  it("asks for the selected actor at once, and drops the answer if the selection was another tab's", async () => {
    let tabKnown: (id: number) => void = () => {};
    const tab = new Promise<number>((resolve) => {
      tabKnown = resolve;
    });
    const ask = vi.fn(async (id: string) => ok(card(id)));
    const answer = requestFirstCard({ param: null, selection: async () => selected('iran', 3), tab, ask });
    await vi.waitFor(() => expect(ask).toHaveBeenCalledWith('iran'));
    tabKnown(4);
    expect(await answer).toBeNull();
    expect(await requestFirstCard({ param: null, selection: async () => selected('iran', 3), tab: Promise.resolve(3), ask })).toEqual(
      card('iran'),
    );
  });

  it('is null with nothing to open on, and when the background fails, refuses or is gone', async () => {
    const ask = vi.fn(async (id: string) => ok(card(id)));
    expect(await requestFirstCard({ param: null, selection: async () => undefined, tab: Promise.resolve(1), ask })).toBeNull();
    expect(ask).not.toHaveBeenCalled();
    const failing = [
      async () => fail('database-closed', 'closed'),
      async () => ok(null),
      async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    ];
    for (const f of failing)
      expect(await requestFirstCard({ param: 'iraq', selection: async () => undefined, tab: Promise.resolve(1), ask: f })).toBeNull();
    const brokenSession = async () => {
      throw new Error('storage unavailable');
    };
    expect(await requestFirstCard({ param: null, selection: brokenSession, tab: Promise.resolve(1), ask })).toBeNull();
  });
});
