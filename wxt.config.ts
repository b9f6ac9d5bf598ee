import { defineConfig } from 'wxt';
import { PAGE_MATCHES } from './core/page-origins';
import { SYNC_API_MATCHES } from './core/sync/hosts';
import { noEval } from './scripts/lib/no-eval';

// Host access is exactly the mail sites, the two chat sites (Telegram Web, WhatsApp Web) and the provider APIs the
// sync calls (core/sync/hosts.ts).

export default defineConfig({
  // Parallel builds (e.g. one per engineer or per benchmark) may each use their own output folder.
  outDir: process.env.KARTKA_OUT ?? '.output',
  modules: ['@wxt-dev/module-react'],
  // No string-to-code in the bundle, not even in libraries' unreachable paths (README: Store-ready builds).
  // The Google OAuth client id a build ships with (a firm's own id in Settings takes precedence).
  vite: () => ({
    plugins: [noEval()],
    define: { __KARTKA_GOOGLE_CLIENT_ID__: JSON.stringify(process.env.KARTKA_GOOGLE_CLIENT_ID ?? '') },
  }),
  hooks: {
    // The benchmark page exists only in benchmark builds (KARTKA_BENCH=1), never in the product.
    'entrypoints:resolved'(_wxt, entrypoints) {
      if (process.env.KARTKA_BENCH) return;
      const bench = entrypoints.findIndex((e) => e.name === 'bench');
      if (bench >= 0) entrypoints.splice(bench, 1);
    },
  },
  // Auto-imports off: every import is explicit so lint can police the layer boundaries.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: "Save to client base", the popup and the shortcut read the page the user is on,
    // only on that gesture; no host access beyond the mail sites.
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'activeTab',
      'scripting',
      'alarms',
      'notifications',
      // Connecting a mailbox: identity.launchWebAuthFlow (Chrome, Edge, Firefox).
      'identity',
    ],
    host_permissions: [...PAGE_MATCHES, ...SYNC_API_MATCHES],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'quick-add': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandQuickAdd__' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: PAGE_MATCHES }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kartka@kartka.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142 (desktop: 140).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
