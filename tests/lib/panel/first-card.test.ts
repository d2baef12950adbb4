import { describe, expect, it, vi } from 'vitest';
import { requestFirstCard, selectionFits } from '@/lib/panel/first-card';
import type { FirstCard } from '@/lib/store/first-card';
import { fail, ok } from '@/lib/result';

const card = (actorId: string, selectedIn?: number | null): FirstCard => ({
  actorId,
  entry: { bundled: [], reader: [] },
  claims: [],
  notes: [],
  ...(selectedIn === undefined ? {} : { selectedIn }),
});

describe('selectionFits', () => {
  it("takes a selection made in the panel's tab, in no tab, or for a panel of no tab", () => {
    expect(selectionFits(3, 3)).toBe(true);
    expect(selectionFits(3, 4)).toBe(false);
    expect(selectionFits(null, 4)).toBe(true);
    expect(selectionFits(3, null)).toBe(true);
  });
});

describe('requestFirstCard', () => {
  it("asks for the address's actor and takes it whatever the tab", async () => {
    const ask = vi.fn(async (id: string | null) => ok(card(id ?? 'selected', 9)));
    expect(await requestFirstCard({ param: 'iraq', tab: Promise.resolve(7), ask })).toEqual(card('iraq', 9));
    expect(ask).toHaveBeenCalledWith('iraq');
  });

  it("asks for the selection in one message, and drops it if it was made in another tab than the panel's", async () => {
    let tabKnown: (id: number) => void = () => {};
    const tab = new Promise<number>((resolve) => {
      tabKnown = resolve;
    });
    const ask = vi.fn(async () => ok(card('iran', 3)));
    const answer = requestFirstCard({ param: null, tab, ask });
    // Asked before the panel knows its tab.
    await vi.waitFor(() => expect(ask).toHaveBeenCalledWith(null));
    tabKnown(4);
    expect(await answer).toBeNull();
    expect(await requestFirstCard({ param: null, tab: Promise.resolve(3), ask })).toEqual(card('iran', 3));
    const fromPanel = vi.fn(async () => ok(card('iran', null)));
    expect(await requestFirstCard({ param: null, tab: Promise.resolve(4), ask: fromPanel })).toEqual(card('iran', null));
  });

  it('is null with nothing to open on, and when the background fails or is gone', async () => {
    const answers = [
      async () => ok(null),
      async () => fail('database-closed', 'closed'),
      async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    ];
    for (const ask of answers) expect(await requestFirstCard({ param: null, tab: Promise.resolve(1), ask })).toBeNull();
  });
});
