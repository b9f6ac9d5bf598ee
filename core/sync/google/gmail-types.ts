// The Gmail API payloads the sync reads, as validated plain data (integrations/google/ checks every response
// against these shapes before core sees it). Field names follow the API's JSON (gmail_v1.Schema$…).

export interface GmailHeader {
  name: string;
  value: string;
}

/** users.messages.get with format=metadata. */
export interface GmailMessageMeta {
  id: string;
  threadId: string;
  labelIds: string[];
  snippet: string;
  /** Epoch milliseconds as a decimal string. */
  internalDate: string;
  headers: GmailHeader[];
}

/** users.getProfile. */
export interface GmailProfile {
  emailAddress: string;
  messagesTotal: number;
  historyId: string;
}

/** One page of users.messages.list. */
export interface GmailListPage {
  ids: string[];
  nextPageToken: string | null;
}

/** One page of users.history.list (historyTypes=messageAdded). */
export interface GmailHistoryPage {
  added: { id: string; labelIds: string[] }[];
  nextPageToken: string | null;
  /** The mailbox's current history id: the cursor after the last page. */
  historyId: string;
}

/** A Gmail message or thread id: 16+ lower-case hex digits (what the API returns and the page shows). */
export const GMAIL_ID = /^[0-9a-f]{16,32}$/u;
