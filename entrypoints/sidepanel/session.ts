import { browser } from 'wxt/browser';
import type { StorageAreaLike, StorageEventsLike } from '@/components/hooks';

/** Where the background leaves the selected actor and each tab's latest report. */
export const session = {
  area: (browser.storage.session ?? browser.storage.local) as unknown as StorageAreaLike,
  name: browser.storage.session ? 'session' : 'local',
  events: browser.storage.onChanged as unknown as StorageEventsLike,
};
