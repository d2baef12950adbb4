import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: lib/ stays plain TypeScript that runs in Node and tests.
  imports: false,
  vite: () => ({
    // Large JSON (the compiled matcher) is emitted as JSON.parse("…"), which engines parse
    // faster than the equivalent object literal.
    json: { stringify: true },
    build: { chunkSizeWarningLimit: 2048 },
  }),
  zip: {
    // The Firefox sources zip must rebuild the add-on: ship the knowledge base and scripts.
    includeSources: ['kb/**', 'scripts/**', 'generated/**'],
    excludeSources: ['artifacts/**', 'coverage/**', 'tests/fixtures/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Siyaq',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: '__MSG_actionTitle__' },
    // Any other site, only when the reader allows it for good (options page or panel).
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggle__' },
      'next-mention': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNext__' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandPrevious__' },
      'open-mention': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_commandOpen__' },
    },
    browser_specific_settings: {
      gecko: {
        id: 'siyaq@siyaq.app',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
