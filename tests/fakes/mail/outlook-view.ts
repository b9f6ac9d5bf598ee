// The fake Outlook's page as pure functions of (mailbox, state, options) -> VNode: routes, chrome, list and
// reading pane. The page script runs these very functions (serialised with `String(fn)`); each uses only its
// arguments, built-ins, this file's functions and the `parts` it is handed.
import type { outlookFakeConversation, outlookFakeRows, outlookFakeText } from './outlook-parts';
import type { FakeMailbox } from './types';
import type { VNode } from './vnode';
import type { OutlookAppOptions, OutlookViewState } from './outlook-options';

export type { OutlookAppOptions, OutlookViewState } from './outlook-options';

/** The leaf renderers (outlook-parts.ts), passed in: a function serialised into the page cannot import. */
export interface OutlookParts {
  text: typeof outlookFakeText;
  rows: typeof outlookFakeRows;
  conversation: typeof outlookFakeConversation;
}

/** `{ base, folder, query, id, deeplink }` of `/mail/[0/]<folder>[/id/<id>]`, `/mail/deeplink/read|readconv/<id>`, `/mail/search/q/<q>`. */
export function outlookFakeRoute(path: string): {
  base: string;
  folder: string;
  query: string;
  id: string;
  deeplink: string;
} {
  const parts = path.split('/').filter(Boolean);
  const account = parts[1] !== undefined && /^\d+$/.test(parts[1]);
  const rest = parts.slice(account ? 2 : 1);
  const base = account ? `/mail/${parts[1]}/` : '/mail/';
  const dec = (s: string | undefined) => decodeURIComponent(s ?? '');
  if (rest[0] === 'deeplink')
    return { base, folder: '', query: '', id: dec(rest[2]), deeplink: rest[1] ?? '' };
  const at = rest.indexOf('id');
  const query = rest[0] === 'search' && rest[1] === 'q' ? dec(rest[2]) : '';
  return { base, folder: rest[0] ?? 'inbox', query, id: at >= 0 ? dec(rest[at + 1]) : '', deeplink: '' };
}

/** The list and reading pane for a route (what changes on navigation). */
export function outlookFakeMain(
  mailbox: FakeMailbox,
  state: OutlookViewState,
  options: OutlookAppOptions,
  parts: OutlookParts,
): VNode[] {
  const t = parts.text(options.lang ?? 'en');
  const route = outlookFakeRoute(state.path);
  const perMessage = options.conversationView === false || route.deeplink === 'read';
  const selected = route.id || state.selected;
  const thread = mailbox.threads.find((th) =>
    perMessage ? th.messages.some((m) => m.id === selected) : th.id === selected,
  );
  const pane: VNode = [
    'div',
    { id: 'ReadingPaneContainerId' },
    thread
      ? parts.conversation(thread, perMessage ? selected : '', state, options)
      : ['div', { class: 'k-empty' }, t.empty ?? ''],
  ];
  const reading: VNode = [
    'div',
    { role: 'main', 'data-app-section': 'MailReadCompose', 'aria-label': t.pane ?? '', class: 'k-reading' },
    pane,
  ];
  if (route.deeplink) return [reading];
  const q = route.query.toLowerCase();
  const folder = route.folder === 'search' ? '' : route.folder;
  const threads = mailbox.threads.filter((th) =>
    folder ? th.labels.includes(folder) : th.subject.toLowerCase().includes(q),
  );
  const href = folder ? `${route.base}${folder}/id/` : '';
  const list: VNode = [
    'div',
    { id: 'MailList', class: 'k-list' },
    [
      'div',
      { role: 'listbox', 'aria-label': t.list ?? '' },
      ...parts.rows(mailbox, threads, selected, href, options),
    ],
  ];
  if (options.readingPane === 'hidden') return [thread ? reading : list];
  return [list, reading];
}

/** Everything in `<body>`: top bar, folder pane with the mailbox root, and a `.k-main` holding `main`. */
export function outlookFakeChrome(
  mailbox: FakeMailbox,
  options: OutlookAppOptions,
  path: string,
  main: VNode[],
  parts: OutlookParts,
): VNode {
  const t = parts.text(options.lang ?? 'en');
  const base = outlookFakeRoute(path).base;
  const me = mailbox.account;
  const folder = (id: string, label: string): VNode => [
    'div',
    { role: 'treeitem', class: 'k-folder', 'data-fake-href': `${base}${id}` },
    label,
  ];
  const layout = options.readingPane === 'bottom' ? 'k-bottom' : 'k-right';
  return [
    'div',
    { id: 'app', class: `${options.dark ? 'k-dark' : 'k-light'} ${layout}` },
    [
      'div',
      { id: 'O365_NavHeader', role: 'banner', class: 'k-top' },
      ['span', { class: 'k-logo' }, 'Outlook'],
      [
        'button',
        { id: 'O365_MainLink_Me', 'aria-label': `Account manager for ${me.name}`, class: 'k-me' },
        me.name.charAt(0),
      ],
    ],
    [
      'div',
      { class: 'k-shell' },
      [
        'div',
        { role: 'navigation', class: 'k-folders' },
        [
          'div',
          {
            id: 'primaryMailboxRoot_0a1b2c3d',
            'data-folder-name': me.address,
            title: me.address,
            class: 'k-root',
          },
          me.address,
        ],
        folder('inbox', t.inbox ?? ''),
        folder('sentitems', t.sent ?? ''),
      ],
      ['div', { class: 'k-main' }, ...main],
    ],
  ];
}
