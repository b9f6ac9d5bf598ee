import { defineConfig } from 'wxt';
import { PAGE_MATCHES } from './core/page-origins';
import { noEval } from './scripts/lib/no-eval';

// Host access is exactly the mail sites and the two chat sites (Telegram Web, WhatsApp Web); API hosts arrive with sync.

export default defineConfig({
  // Parallel builds (e.g. one per engineer or per benchmark) may each use their own output folder.
  outDir: process.env.KARTKA_OUT ?? '.output',
  modules: ['@wxt-dev/module-react'],
  // No string-to-code in the bundle, not even in libraries' unreachable paths (README: Store-ready builds).
  vite: () => ({ plugins: [noEval()] }),
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
    ],
    host_permissions: PAGE_MATCHES,
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
