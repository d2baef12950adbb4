import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseArea, readItem, type StorageListener, watchItem, writeItem } from '@/lib/settings/area';
import { DISABLED_SITES, LANG, LAST_EXPORT, LOOK, REMINDER_DAYS, SELECTION, tabStateItem } from '@/lib/settings/items';
import { SiyaqDB } from '@/lib/store/db';
import { memoryArea } from '../../helpers/fakes';

describe('settings items', () => {
  it('read the default where nothing is stored, and what was written', async () => {
    const area = memoryArea();
    expect(await readItem(area, LOOK)).toEqual({ actors: 'amber', figures: 'blue', density: 'all' });
    expect(await readItem(area, SELECTION)).toBeNull();
    await writeItem(area, LOOK, { actors: 'green', figures: 'grey', density: 'first' });
    await writeItem(area, SELECTION, { tabId: 3, actorId: 'iraq', at: 5 });
    expect(await readItem(area, LOOK)).toEqual({ actors: 'green', figures: 'grey', density: 'first' });
    expect(await readItem(area, SELECTION)).toEqual({ tabId: 3, actorId: 'iraq', at: 5 });
  });

  it('read a malformed or foreign value as the default, keeping what is sound', async () => {
    const area = memoryArea();
    area.data.set(DISABLED_SITES.key, ['a.com', 7, null, 'b.org']);
    area.data.set(SELECTION.key, { actorId: 42 });
    area.data.set(LOOK.key, { actors: 'plaid', figures: 'grey' });
    area.data.set(tabStateItem(4).key, 'not a state');
    expect(await readItem(area, DISABLED_SITES)).toEqual(['a.com', 'b.org']);
    expect(await readItem(area, SELECTION)).toBeNull();
    expect(await readItem(area, LOOK)).toEqual({ actors: 'amber', figures: 'grey', density: 'all' });
    expect(await readItem(area, tabStateItem(4))).toBeNull();
  });

  it('keep each tab under its own key', async () => {
    const area = memoryArea();
    await writeItem(area, tabStateItem(1), { report: null, selectedActorId: 'iraq' });
    expect(await readItem(area, tabStateItem(1))).toEqual({ report: null, selectedActorId: 'iraq' });
    expect(await readItem(area, tabStateItem(2))).toBeNull();
  });

  it('follow changes made in the named area only, until unwatched', () => {
    const listeners = new Set<StorageListener>();
    const events = {
      addListener: (f: StorageListener) => void listeners.add(f),
      removeListener: (f: StorageListener) => void listeners.delete(f),
    };
    const seen: unknown[] = [];
    const unwatch = watchItem(events, 'local', LOOK, (look) => seen.push(look.actors));
    const fire = (area: string, changes: Record<string, { newValue?: unknown }>) => {
      for (const l of listeners) l(changes, area);
    };
    fire('local', { [LOOK.key]: { newValue: { actors: 'rose' } } });
    fire('session', { [LOOK.key]: { newValue: { actors: 'blue' } } });
    fire('local', { other: { newValue: 1 } });
    fire('local', { [LOOK.key]: {} });
    unwatch();
    fire('local', { [LOOK.key]: { newValue: { actors: 'green' } } });
    expect(seen).toEqual(['rose', 'amber']);
    expect(listeners.size).toBe(0);
  });
});

describe('the database settings as a storage area', () => {
  let db: SiyaqDB;
  beforeEach(() => {
    db = new SiyaqDB(`settings-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('reads and writes the settings table, where backups carry them', async () => {
    const area = databaseArea(db);
    expect(await readItem(area, LANG)).toBe('auto');
    expect(await readItem(area, REMINDER_DAYS)).toBe(30);
    await writeItem(area, LANG, 'ar');
    await writeItem(area, LAST_EXPORT, 1234);
    expect(await db.settings.get('lang')).toEqual({ key: 'lang', value: 'ar' });
    expect(await readItem(area, LANG)).toBe('ar');
    expect(await readItem(area, LAST_EXPORT)).toBe(1234);
    await db.settings.put({ key: REMINDER_DAYS.key, value: 'soon' });
    expect(await readItem(area, REMINDER_DAYS)).toBe(30);
    await area.remove([LANG.key, LAST_EXPORT.key]);
    expect(await readItem(area, LANG)).toBe('auto');
    expect(await readItem(area, LAST_EXPORT)).toBeNull();
  });
});
