// The fake Gmail's page as pure functions of (mailbox, state, options) -> VNode: routes, chrome, and the
// content of `[role=main]`. The page script runs these very functions (serialised with `String(fn)`);
// each uses only its arguments, built-ins, this file's functions and the `parts` it is handed.
import type { gmailFakeRow, gmailFakeText, gmailFakeThread } from './gmail-parts';
import type { FakeMailbox, FakeThread } from './types';
import type { VNode } from './vnode';
import type { GmailAppOptions, GmailViewState } from './gmail-options';

export type { GmailAppOptions, GmailViewState } from './gmail-options';

/** The leaf renderers (gmail-parts.ts), passed in: a function serialised into the page cannot import. */
export interface GmailParts {
  text: typeof gmailFakeText;
  row: typeof gmailFakeRow;
  thread: typeof gmailFakeThread;
}

/** `{ view, arg, threadId }` of a hash such as `#label/Clients/<hex>`; `threadId` also from `?th=`. */
export function gmailFakeRoute(
  hash: string,
  search: string,
): { view: string; arg: string; threadId: string } {
  const parts = hash
    .replace(/^#/, '')
    .split('/')
    .map((p) => decodeURIComponent(p.replace(/\+/g, ' ')));
  const view = parts[0] || 'inbox';
  const twoPart = view === 'label' || view === 'category' || view === 'search';
  const arg = twoPart ? (parts[1] ?? '') : '';
  const th = new URLSearchParams(search).get('th') ?? '';
  const fromTh = /^#?thread-f:(\d+)$/.exec(th);
  const threadId = parts[twoPart ? 2 : 1] ?? (fromTh?.[1] ? BigInt(fromTh[1]).toString(16) : th);
  return { view, arg, threadId: /^[0-9a-f]{16,}$/.test(threadId) ? threadId : '' };
}

/** Threads listed under a view: a label (inbox, sent, starred, …), `all`, or a search over subject and body. */
export function gmailFakeList(mailbox: FakeMailbox, view: string, arg: string): FakeThread[] {
  if (view === 'all') return mailbox.threads;
  if (view === 'search') {
    const q = arg.toLowerCase();
    return mailbox.threads.filter((t) =>
      [t.subject, ...t.messages.map((m) => m.body)].some((s) => s.toLowerCase().includes(q)),
    );
  }
  const label = view === 'label' || view === 'category' ? arg : view;
  return mailbox.threads.filter((t) => t.labels.includes(label));
}

/** One view Gmail keeps under `div.aeF`: a `div.nH` holding its own `[role=main]`, hidden unless it is shown. */
export function gmailFakeViewNode(key: string, shown: boolean, content: VNode[]): VNode {
  const attrs: Record<string, string> = { class: 'nH', 'data-fake-view': key };
  if (!shown) attrs.style = 'display: none';
  return ['div', attrs, ['div', { class: 'nH bkK', role: 'main' }, ...content]];
}

/**
 * The views under `div.aeF` for a route: the list, a thread, or (preview pane) both in one view. With
 * `hiddenViews`, the views Gmail keeps from earlier come first, hidden: the list (when a thread is open
 * full-page) and another thread opened before, so "the first `[role=main]`" is never the one shown.
 */
export function gmailFakeViews(
  mailbox: FakeMailbox,
  state: GmailViewState,
  options: GmailAppOptions,
  parts: GmailParts,
): VNode[] {
  const route = gmailFakeRoute(state.hash, state.search);
  const thread = mailbox.threads.find((t) => t.id === route.threadId);
  const text = parts.text(options.lang ?? 'en');
  const locale = options.dateLocale ?? text.locale ?? 'en-US';
  const base = route.arg ? `#${route.view}/${encodeURIComponent(route.arg)}` : `#${route.view}`;
  const rows = gmailFakeList(mailbox, route.view, route.arg).map((t) => parts.row(t, base, locale));
  const list: VNode = ['div', { class: 'Cp' }, ['table', { class: 'F cf zt' }, ['tbody', {}, ...rows]]];
  const threadView = thread ? parts.thread(mailbox, thread, state, options) : null;
  if (options.standaloneWindow) return threadView ? [threadView] : [];
  const current: VNode[] = options.previewPane
    ? [list, ['div', { class: 'aia' }, threadView ?? ['div', { class: 'aRv' }, 'No conversations selected']]]
    : [threadView ?? list];
  const shown = gmailFakeViewNode(threadView && !options.previewPane ? 'thread' : 'list', true, current);
  if (!options.hiddenViews) return [shown];
  const earlier = mailbox.threads.find((t) => t.id !== route.threadId && t.messages.length > 1);
  const hidden: VNode[] = earlier
    ? [
        gmailFakeViewNode('earlier', false, [
          parts.thread(mailbox, earlier, { ...state, opened: [] }, options),
        ]),
      ]
    : [];
  if (threadView && !options.previewPane) hidden.unshift(gmailFakeViewNode('list', false, [list]));
  return [...hidden, shown];
}

/** The page title: the view, unread count and the account, as Gmail writes it. */
export function gmailFakeTitle(mailbox: FakeMailbox, state: GmailViewState): string {
  const route = gmailFakeRoute(state.hash, state.search);
  const thread = mailbox.threads.find((t) => t.id === route.threadId);
  if (thread) return `${thread.subject} - ${mailbox.account.address} - Gmail`;
  const view = route.view.charAt(0).toUpperCase() + route.view.slice(1);
  return `${view} (${gmailFakeList(mailbox, route.view, route.arg).length}) - ${mailbox.account.address} - Gmail`;
}

/** Body class: a thread window has `aAU xE Su`; the theme is ours. */
export function gmailFakeBodyClass(options: GmailAppOptions): string {
  return `${options.standaloneWindow ? 'aAU xE Su ' : ''}${options.dark ? 'k-dark' : 'k-light'}`;
}

/** Everything in `<body>`: top bar with the account button, navigation, and `div.aeF` holding the `views`. */
export function gmailFakeChrome(
  mailbox: FakeMailbox,
  options: GmailAppOptions,
  views: VNode[],
  parts: GmailParts,
): VNode {
  if (options.standaloneWindow)
    return ['div', { class: 'nH' }, ['div', { class: 'nH bkK', role: 'main' }, ...views]];
  const account = mailbox.account;
  const text = parts.text(options.lang ?? 'en');
  const NAV_LABELS = ['inbox', 'starred', 'sent', 'all'];
  const labels = [...new Set(mailbox.threads.flatMap((t) => t.labels))].filter(
    (l) => !NAV_LABELS.includes(l),
  );
  const link = (href: string, label: string): VNode => [
    'div',
    { class: 'aim' },
    ['a', { href, class: 'J-Ke n0' }, label],
  ];
  const index = options.accountIndex ?? 0;
  return [
    'div',
    { class: 'nH w-asV' },
    [
      'header',
      { class: 'gb_T', role: 'banner' },
      ['span', { class: 'gb_logo' }, 'Gmail'],
      ['span', { class: 'gb_u' }, `/mail/u/${index}/`],
      [
        'a',
        {
          class: 'gb_B',
          href: `https://accounts.google.com/SignOutOptions?hl=${options.lang ?? 'en'}&authuser=${index}`,
          'aria-label': `${text.account ?? ''}: ${account.name}\n(${account.address})`,
          role: 'button',
        },
        (account.name || account.address).charAt(0),
      ],
    ],
    [
      'div',
      { class: 'nH k-shell' },
      [
        'div',
        { class: 'aeN', role: 'navigation' },
        ...NAV_LABELS.map((l) => link(`#${l}`, l)),
        ...labels.map((l) => link(`#label/${encodeURIComponent(l)}`, l)),
      ],
      ['div', { class: 'nH aeF' }, ...views],
    ],
  ];
}
