// What the fake Gmail page can be asked to be, and what it remembers between renders: shared by its view
// (gmail-view.ts) and its leaf renderers (gmail-parts.ts), which import them from here.

export interface GmailAppOptions {
  /** Thread container: `.a98.iY` (since 2022/2023, default) or `table.Bs > tr` (until Nov 2023). */
  container?: 'a98' | 'table-Bs';
  /** Message state classes on a `role=listitem` wrapper (current Gmail) or on `div.adn` itself (older pages, default). */
  states?: 'message' | 'wrapper';
  /** Earlier views Gmail keeps in the page, hidden (`display: none`), each with its own `[role=main]` ahead of the visible one. */
  hiddenViews?: boolean;
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
  /** UI language: the recipient line's words, "me", labels and the dates' locale. */
  lang?: 'en' | 'de' | 'uk' | 'ru' | 'pl';
  /** BCP 47 locale of the dates in `span.g3[title]`; default the UI language's. */
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
  /** Gmail's server has synced the replies just sent: they show their hex ids. */
  synced?: boolean;
}
