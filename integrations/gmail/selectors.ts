// The one registry of Gmail page hooks (facts and dates: design/MAIL-PAGES.md). Alternatives best first.
// Prefer attributes holding addresses and ids over generated class names; every hook has a fixture
// (tests/fakes/mail/gmail-app.ts) and the convention test checks each alternative matches in one.
import type { Hook } from '../hooks';

export const GMAIL = {
  /**
   * Content root of a view. Gmail keeps earlier views (the list, threads opened before) in the page, each its
   * own `div.nH` under `div.aeF` with its own `[role=main]`, hidden with `display: none`: read the visible one.
   * Since 2014, confirmed 2025 (hidden views: InboxSDK's saved page, 2014; MAIL-PAGES.md).
   */
  main: { alternatives: ['[role=main]'], view: 'all views', seen: '2014 / 2025' },
  /** The views Gmail keeps: one shown, the others `display: none` (reported by diagnostics). Since 2014, confirmed 2025. */
  view: { alternatives: ['div.aeF > div.nH'], view: 'all views (one per kept view)', seen: '2014 / 2025' },
  /** A thread opened in its own window ("open in new window"). Since 2016, confirmed 2025. */
  standaloneWindow: { alternatives: ['body.aAU.xE.Su'], view: 'thread window', seen: '2016 / 2025' },
  /** Preview-pane (split) mode: the pane holding the open thread, inside `[role=main]`. Since 2018, confirmed 2025. */
  previewPane: { alternatives: ['.aia'], view: 'preview pane', seen: '2018 / 2025' },
  /**
   * Subject heading carrying `data-legacy-thread-id` and `data-thread-perm-id`, inside `.ha`. A hidden earlier
   * thread view has its own: pick the visible one whose thread id the URL names. Since 2014, confirmed 2025.
   */
  subject: { alternatives: ['.ha h2.hP', 'h2.hP'], view: 'thread', seen: '2014 / 2025' },
  /**
   * Thread container around the subject and messages: `.a98.iY` since 2022/2023; `table.Bs > tr` until Nov 2023
   * (the parser adds `tbody` when such a page is serialised and re-read).
   */
  threadContainer: {
    alternatives: ['.a98.iY', 'table.Bs > tr', 'table.Bs > tbody > tr'],
    view: 'thread',
    seen: '2014 / 2023 (table.Bs); 2022 / 2025 (.a98)',
  },
  /**
   * A message: `div.adn.ads` expanded, `div.adf.ads` the collapsed header (on older pages inside `div.adn.ads`),
   * ids in `data-message-id` / `data-legacy-message-id` on whichever Gmail rendered. Since 2014, confirmed 2025.
   */
  message: { alternatives: ['div.adn.ads', 'div.adf.ads'], view: 'thread', seen: '2014 / 2025' },
  /** Current Gmail wraps each message in a `role=listitem` (inside `role=list`) that carries the state classes. Since 2023, confirmed 2025. */
  messageWrapper: { alternatives: ['[role=listitem]'], view: 'thread, current layout', seen: '2023 / 2025' },
  /** Message state classes, on the wrapper (current) or on `div.adn.ads` (older). Since 2014, confirmed 2025. */
  expanded: { alternatives: ['.h7'], view: 'thread, expanded message', seen: '2014 / 2025' },
  collapsed: { alternatives: ['.kv', '.ky'], view: 'thread, collapsed message', seen: '2014 / 2025' },
  hidden: { alternatives: ['.kQ', '.kx'], view: 'thread, "N older messages"', seen: '2014 / 2025' },
  /** Sender: `span.gD` in the expanded header (`h3.iw`), else the collapsed header's `span[email]`. Since 2014, confirmed 2025. */
  sender: {
    alternatives: ['span.gD[email]', '.adf.ads span[email]'],
    view: 'thread message header',
    seen: '2014 / 2025',
  },
  /** The recipients line ("to me, Ann, cc: Bob") and its people. Since 2014, confirmed 2025. */
  recipientLine: { alternatives: ['span.hb'], view: 'expanded message header', seen: '2014 / 2025' },
  recipient: { alternatives: ['span.g2[email]'], view: 'expanded message header', seen: '2014 / 2025' },
  /** Date: locale-formatted in the `title` of `span.g3` (inside `.gK`). Since 2014, confirmed 2025. */
  date: {
    alternatives: ['.gK span.g3[title]', 'span.g3[title]'],
    view: 'thread message header',
    seen: '2014 / 2025',
  },
  /** Body of an expanded message. Since 2014, confirmed 2025. */
  body: { alternatives: ['div.ii.gt > div.a3s', 'div.a3s'], view: 'expanded message', seen: '2014 / 2025' },
  /** Account button ("Google Account: Name (me@example.com)"): fallback when the title has no address. Since 2020, confirmed 2025. */
  accountButton: {
    alternatives: ['a[href*="accounts.google.com/SignOutOptions"][aria-label*="@"]'],
    view: 'top bar',
    seen: '2020 / 2025',
  },
  /** Left navigation: its computed colours tell the theme. Since 2014, confirmed 2025. */
  navigation: { alternatives: ['[role=navigation]'], view: 'all views', seen: '2014 / 2025' },
} as const satisfies Record<string, Hook>;

export type GmailHookName = keyof typeof GMAIL;
