// The fake Gmail's page as pure functions of (mailbox, state, options) -> VNode: routes, chrome, and the
// content of `[role=main]`. The page script runs these very functions (serialised with `String(fn)`);
// each uses only its arguments, built-ins, this file's functions and the `parts` it is handed.
import type { gmailFakeRow, gmailFakeThread } from './gmail-parts';
import type { FakeMailbox, FakeThread } from './types';
import type { VNode } from './vnode';

/** The leaf renderers (gmail-parts.ts), passed in: a function serialised into the page cannot import. */
export interface GmailParts {
  row: typeof gmailFakeRow;
  thread: typeof gmailFakeThread;
}

export interface GmailAppOptions {
  /** Thread container: `.a98.iY` (since 2022/2023, default) or `table.Bs > tr` (until Nov 2023). */
  container?: 'a98' | 'table-Bs';
  /** Split mode: the list stays and the thread opens in `[role=main] .aia`. */
  previewPane?: boolean;
  /** `data-thread-perm-id`: `thread-f:<decimal>` (ok), absent, or the literal `undefined` (Nov 2025 quirk). */
  permIdQuirk?: 'ok' | 'missing' | 'undefined';
  /** N of `/mail/u/N/`: shown in the account switcher. The page works under any path. */
  accountIndex?: number;
  /** A thread opened in its own window: `body.aAU.xE.Su`, no list or navigation. */
  standaloneWindow?: boolean;
  /** A changed layout: thread URLs open a view without `h2.hP` and `div.adn`. */
  broken?: boolean;
  dark?: boolean;
  /** BCP 47 locale of the dates in `span.g3[title]`; default `en-US`. */
  dateLocale?: string;
}

export interface GmailViewState {
  /** `location.hash`, e.g. `#inbox/19f82b4e90a11791`. */
  hash: string;
  /** `location.search` (a thread window may name its thread in `?th=`). */
  search: string;
  /** Messages the user expanded by clicking. */
  opened: string[];
  /** Threads whose "N older messages" bar was clicked. */
  revealed: string[];
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

/** Children of `[role=main]` for a route: a list, a thread, or (preview pane) both. */
export function gmailFakeMain(
  mailbox: FakeMailbox,
  state: GmailViewState,
  options: GmailAppOptions,
  parts: GmailParts,
): VNode[] {
  const route = gmailFakeRoute(state.hash, state.search);
  const thread = mailbox.threads.find((t) => t.id === route.threadId);
  const locale = options.dateLocale ?? 'en-US';
  const base = route.arg ? `#${route.view}/${encodeURIComponent(route.arg)}` : `#${route.view}`;
  const rows = gmailFakeList(mailbox, route.view, route.arg).map((t) => parts.row(t, base, locale));
  const list: VNode = ['div', { class: 'Cp' }, ['table', { class: 'F cf zt' }, ['tbody', {}, ...rows]]];
  const threadView = thread ? parts.thread(mailbox, thread, state, options) : null;
  if (options.standaloneWindow) return threadView ? [threadView] : [];
  if (options.previewPane) {
    return [
      list,
      ['div', { class: 'aia' }, threadView ?? ['div', { class: 'aRv' }, 'No conversations selected']],
    ];
  }
  return [threadView ?? list];
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

/** Everything in `<body>`: top bar with the account button, navigation, and `[role=main]` holding `main`. */
export function gmailFakeChrome(mailbox: FakeMailbox, options: GmailAppOptions, main: VNode[]): VNode {
  const mainNode: VNode = ['div', { class: 'nH bkK', role: 'main' }, ...main];
  if (options.standaloneWindow) return ['div', { class: 'nH' }, mainNode];
  const account = mailbox.account;
  const NAV_LABELS = ['inbox', 'starred', 'sent', 'all'];
  const labels = [...new Set(mailbox.threads.flatMap((t) => t.labels))].filter(
    (l) => !NAV_LABELS.includes(l),
  );
  const link = (href: string, text: string): VNode => [
    'div',
    { class: 'aim' },
    ['a', { href, class: 'J-Ke n0' }, text],
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
          href: `https://accounts.google.com/SignOutOptions?hl=en&authuser=${index}`,
          'aria-label': `Google Account: ${account.name}\n(${account.address})`,
          role: 'button',
        },
        (account.name || account.address).charAt(0),
      ],
    ],
    [
      'div',
      { class: 'nH aeF' },
      [
        'div',
        { class: 'aeN', role: 'navigation' },
        ...NAV_LABELS.map((l) => link(`#${l}`, l)),
        ...labels.map((l) => link(`#label/${encodeURIComponent(l)}`, l)),
      ],
      mainNode,
    ],
  ];
}
