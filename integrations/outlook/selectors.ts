// The one registry of Outlook on the web hooks (facts and dates: design/MAIL-PAGES.md). Alternatives best first.
// Generated 5-letter class names change with every deploy: never use them. Aria labels are localized:
// match on structure (`aria-expanded`, an address in a label) and never on English words.
import type { Hook } from '../hooks';

export const OUTLOOK = {
  /** The selected row of the message list (`role=listbox`, rows `role=option`) carrying the conversation id. Since 2019, confirmed 2025. */
  selectedRow: {
    alternatives: [
      '#MailList [aria-selected="true"][data-convid]',
      '[role=listbox] [aria-selected="true"][data-convid]',
    ],
    view: 'message list',
    seen: '2019 / 2025',
  },
  /** The message list itself (reported in details when a thread is unreadable; theme sample without a pane). Since 2019, confirmed 2025. */
  mailList: { alternatives: ['#MailList'], view: 'message list', seen: '2019 / 2025' },
  /** Reading pane (right, bottom, or the full view when the pane is off); region label is localized. Since 2019, confirmed 2025. */
  readingPane: {
    alternatives: ['#ReadingPaneContainerId', '[data-app-section="MailReadCompose"]'],
    view: 'reading pane',
    seen: '2019 / 2025',
  },
  /** The conversation inside the pane; a single item (conversation view off) sits in the pane directly. Since 2020, confirmed 2025. */
  conversation: {
    alternatives: ['[data-app-section="ConversationContainer"]', '#ConversationReadingPaneContainer'],
    view: 'reading pane, conversation',
    seen: '2020 / 2025',
  },
  /**
   * Subject: a heading in the pane's header, above and outside the container of the messages (a span with the
   * text, often with a `title`); the first heading of the pane outside every message. Since 2019, confirmed 2025.
   */
  subject: { alternatives: ['[role=heading]'], view: 'reading pane header', seen: '2019 / 2025' },
  /**
   * A message: the outermost `aria-expanded` element that holds a sender or a date (buttons also carry
   * `aria-expanded`; outlook/message.ts keeps only those). Since 2020, confirmed 2025.
   */
  message: { alternatives: ['[aria-expanded]'], view: 'reading pane, message', seen: '2020 / 2025' },
  /**
   * Sender of an expanded message: an aria-label "<localized From>: Name <address>" ("From:", "Von:", "Від:",
   * "От:", "Od:"; exact format unsure), else a persona whose `title` is the address. A collapsed header shows
   * the display name only: such a message is read once expanded. Since 2020, confirmed 2025.
   */
  sender: {
    alternatives: ['[aria-label*="@"]', '[title*="@"]'],
    view: 'message header',
    seen: '2020 / 2025',
  },
  /** Recipient lines ("To: …", then "Cc: …"), prefix localized. Since 2021, confirmed 2025. */
  recipients: {
    alternatives: ['[data-testid="RecipientWell"]'],
    view: 'expanded message header',
    seen: '2021 / 2025',
  },
  /** Date (title or text; unsure which), locale-formatted. Since 2021, confirmed 2025. */
  date: {
    alternatives: ['[data-testid="SentReceivedSavedTime"]'],
    view: 'message header',
    seen: '2021 / 2025',
  },
  /** Body. Since 2019, confirmed 2025. */
  body: {
    alternatives: ['[id^="UniqueMessageBody"]', '[role=document]'],
    view: 'expanded message',
    seen: '2019 / 2025',
  },
  /** Signed-in mailbox in the folder pane (`data-folder-name` or `title` holds the address). Since 2019, confirmed 2025. */
  account: { alternatives: ['[id^="primaryMailboxRoot"]'], view: 'folder pane', seen: '2019 / 2025' },
  /** Main region: its background tells the theme. Since 2019, confirmed 2025. */
  main: { alternatives: ['[role=main]'], view: 'all views', seen: '2019 / 2025' },
} as const satisfies Record<string, Hook>;

export type OutlookHookName = keyof typeof OUTLOOK;
