// Lint is where the architecture is enforced: core/ stays pure, content scripts stay away from storage/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const browserOnlyGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.es2021));

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.output-*/**',
      '.wxt/**',
      'node_modules/**',
      'bench/out/**',
      'tests/e2e/.artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Page, mail and chat content is untrusted: Kartka renders text, never a string as HTML. (The build also
    // takes react-dom's dangerouslySetInnerHTML path out: scripts/lib/no-eval.ts.)
    files: ['{core,storage,components,integrations,entrypoints}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text: Kartka never parses a string as HTML.',
        },
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Build nodes (textContent, createElement): Kartka never parses a string as HTML.',
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/][callee.object.name='document'], CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Build nodes (textContent, createElement): Kartka never parses a string as HTML.',
        },
      ],
    },
  },
  {
    // core/ is pure domain: no browser, DOM, Dexie, fetch, React, and no clock of its own.
    files: ['core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...browserOnlyGlobals.filter(
          (g) => !['TextDecoder', 'TextEncoder', 'URL', 'Intl', 'fetch', 'indexedDB'].includes(g),
        ),
        'fetch',
        'indexedDB',
        'chrome',
        'browser',
        'process',
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie-*', 'react', 'react-*', 'wxt', 'wxt/*', '#imports', '@wxt-dev/*'],
              message: 'core/ is pure: no Dexie, React or WXT.',
            },
            {
              group: [
                '**/storage/**',
                '**/components/**',
                '**/integrations/**',
                '**/entrypoints/**',
                'node:*',
              ],
              message: 'core/ imports only core/.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass `now` in: core/ never reads the clock.' },
      ],
    },
  },
  {
    // Content scripts read the page and message the background; they never open IndexedDB.
    files: [
      'entrypoints/*.content/**/*.{ts,tsx}',
      'entrypoints/*.content.{ts,tsx}',
      'integrations/gmail/**',
      'integrations/outlook/**',
      'integrations/telegram/**',
      'integrations/whatsapp/**',
      'integrations/chat-*.ts',
      'integrations/report-chat.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/storage/**', 'dexie', 'dexie-*', 'zod', '**/core/zod'],
              message: 'Content scripts never touch storage (and stay small).',
            },
          ],
        },
      ],
    },
  },
  {
    // Components: props in, callbacks out.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/storage/**', 'dexie', 'wxt/*', '#imports'],
              message: 'Components take data as props.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'chrome', 'browser', 'indexedDB'],
    },
  },
);
