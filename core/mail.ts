// What a mail page adapter reads from an open thread: plain data, sent to the background as-is.

export type Provider = 'gmail' | 'outlook';

/** One mailbox: address lower-cased and trimmed, name as shown (may be empty). */
export interface MailAddress {
  name: string;
  address: string;
}

export interface MessageSnapshot {
  /** Gmail: hex API id, or `msg-a:…`/`msg-f:…` when no hex id is on the page. Outlook: `<convid>#<index>`. */
  providerMessageId: string;
  /** RFC 5322 Message-ID without angle brackets, when the page exposes it. */
  rfcMessageId?: string;
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  /** Epoch milliseconds; null when the page shows no parsable date. */
  date: number | null;
  /** The date exactly as the page showed it, for bug reports. */
  dateText?: string;
  snippet?: string;
  attachmentNames?: string[];
  /** True when the message body was expanded on the page when read. */
  expanded: boolean;
}

export interface ThreadSnapshot {
  provider: Provider;
  /** Gmail: hex thread id. Outlook: conversation id (`AAQk…`). */
  threadId: string;
  subject: string;
  /** The signed-in address read from the page, when found. */
  account: string | null;
  messages: MessageSnapshot[];
}

/** The thread an unreadable page names (in its URL or its selected list row): ids only, nothing from content. */
export interface UnreadableThread {
  provider: Provider;
  /** Gmail: hex thread id. Outlook: conversation id, or the item id the URL names. */
  threadId: string;
  /** The signed-in address, when the page shows it (it lies outside the thread view). */
  account: string | null;
}

/** The result of reading the page once. */
export type PageReading =
  | { kind: 'thread'; thread: ThreadSnapshot }
  | { kind: 'no-thread' }
  | { kind: 'unreadable'; reason: string; details: Record<string, string>; thread?: UnreadableThread };
