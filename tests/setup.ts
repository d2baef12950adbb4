import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toBackground, toContent } from '@/lib/messaging';

// @webext-core/messaging keeps listeners per context; clear them before the fake resets.
afterEach(() => {
  toBackground.removeAllListeners();
  toContent.removeAllListeners();
  fakeBrowser.reset();
});
