import { describe, expect, it } from 'vitest';
import { latestFactDate } from '../../../lib/kb/as-of';
import type { Actor } from '../../../lib/kb/schema';

const actor = (over: Partial<Actor>): Actor => ({
  id: 'a',
  type: 'person',
  names: { ar: 'أ', en: 'A' },
  note: { ar: '.', en: '.' },
  ...over,
});

describe('how current the base is', () => {
  it('is the latest date of a role or an affiliation, begun or ended', () => {
    expect(
      latestFactDate([
        actor({ roles: [{ role: 'president', start: '2019-01-01', end: '2022-12-31' }] }),
        actor({ id: 'b', affiliations: [{ kind: 'member_of', target: 'a', start: '2023-03' }] }),
        actor({ id: 'c', roles: [{ role: 'minister', start: '2021' }] }),
      ]),
    ).toBe('2023-03');
  });

  it('orders partial dates as they read: a year before its months, a month before its days', () => {
    expect(
      latestFactDate([
        actor({
          roles: [
            { role: 'minister', start: '2025' },
            { role: 'minister', start: '2025-02' },
          ],
        }),
      ]),
    ).toBe('2025-02');
    expect(
      latestFactDate([
        actor({
          roles: [
            { role: 'minister', start: '2025-02-03' },
            { role: 'minister', end: '2025-02' },
          ],
        }),
      ]),
    ).toBe('2025-02-03');
  });

  it('is unknown for a base without dated facts', () => {
    expect(latestFactDate([actor({})])).toBeUndefined();
  });
});
