// The data behind the fake Gmail and Outlook pages: one mailbox, its threads and messages.

export interface FakePerson {
  name: string;
  address: string;
}

export interface FakeMessage {
  /** Gmail: hex API message id (`msg-a:r…` when `justSent`). Outlook: item id (`AAMk…`). */
  id: string;
  /** RFC 5322 Message-ID without angle brackets (not shown by the pages; for API fakes that share the mailbox). */
  rfcMessageId: string;
  from: FakePerson;
  to: FakePerson[];
  cc: FakePerson[];
  /** ISO 8601. */
  date: string;
  /** Plain text, always inserted as text. */
  body: string;
  /** Shown expanded when the thread opens (the latest message always is, as on the real pages). */
  expanded: boolean;
  /** A reply sent from this page a moment ago: Gmail shows only `data-message-id="#msg-a:r…"`. */
  justSent?: boolean;
  /** The hex id a just-sent reply gets once Gmail has synced it (the page shows it after the fake's sync). */
  syncedId?: string;
}

export interface FakeThread {
  /** Gmail: hex thread id. Outlook: conversation id (`AAQk…`). */
  id: string;
  subject: string;
  /** Gmail labels / Outlook folders: `inbox`, `sent`, `starred`, or a user label. */
  labels: string[];
  messages: FakeMessage[];
}

export interface FakeMailbox {
  account: FakePerson;
  threads: FakeThread[];
}
