// The data behind the fake Gmail API: one user's messages with ids, labels, internal dates and headers, and the
// mailbox history Gmail keeps (each added message is one history record; records older than `historyFloor`
// are forgotten, as Gmail forgets them after "at least a week, sometimes hours").

export interface FakeGmailMessage {
  /** Hex id, as the API and the Gmail page show it. */
  id: string;
  threadId: string;
  labelIds: string[];
  /** Epoch ms. */
  internalDate: number;
  historyId: number;
  /** In the order the message has them. */
  headers: [name: string, value: string][];
  snippet: string;
}

export interface NewMessage {
  threadId?: string;
  labelIds: string[];
  internalDate: number;
  headers: [string, string][];
  snippet: string;
}

/**
 * A Gmail-like hex id: the internal date in the high bits, 20 bits below that differ per mailbox (two
 * mailboxes never share an id, as two Gmail users' copies of one message do not), 16 hex digits for 2020s dates.
 */
export function gmailLikeId(at: number, seq: number, salt: number): string {
  const low = (seq * 7919 + salt) % 1_048_576;
  return (BigInt(at) * 1_048_576n + BigInt(low)).toString(16).padStart(16, '0');
}

function saltOf(address: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < address.length; i++) h = Math.imul(h ^ address.charCodeAt(i), 0x01000193) >>> 0;
  return h % 1_048_576;
}

export class FakeGmailUser {
  readonly messages = new Map<string, FakeGmailMessage>();
  /** Newest first (internalDate, then id): messages.list's order. */
  private ordered: FakeGmailMessage[] = [];
  private sorted = true;
  historyId = 1000;
  /** One record per added message, ascending (a later deletion leaves the record, as in Gmail). */
  readonly history: { historyId: number; message: FakeGmailMessage }[] = [];
  /** A startHistoryId below this is answered with 404. */
  historyFloor = 0;
  private seq = 0;

  private readonly salt: number;

  constructor(readonly address: string) {
    this.salt = saltOf(address);
  }

  add(m: NewMessage): FakeGmailMessage {
    const id = gmailLikeId(m.internalDate, this.seq++, this.salt);
    this.historyId += 1 + (this.seq % 3);
    const message: FakeGmailMessage = {
      id,
      threadId: m.threadId ?? id,
      labelIds: [...m.labelIds],
      internalDate: m.internalDate,
      historyId: this.historyId,
      headers: m.headers,
      snippet: m.snippet,
    };
    this.messages.set(id, message);
    this.ordered.push(message);
    this.sorted = false;
    this.history.push({ historyId: this.historyId, message });
    return message;
  }

  /** Deleted for good (a later get answers 404; history keeps its record, as Gmail's does). */
  remove(id: string): void {
    this.messages.delete(id);
    this.ordered = this.ordered.filter((m) => m.id !== id);
  }

  /** Gmail forgets every history record up to now: a stored startHistoryId older than the current one gets 404. */
  expireHistory(): void {
    this.historyFloor = this.historyId;
  }

  /** messages.list order; spam and trash left out as without includeSpamTrash. */
  listed(): FakeGmailMessage[] {
    if (!this.sorted) {
      this.ordered.sort((a, b) => b.internalDate - a.internalDate || (a.id < b.id ? 1 : -1));
      this.sorted = true;
    }
    return this.ordered.filter((m) => !m.labelIds.includes('SPAM') && !m.labelIds.includes('TRASH'));
  }

  /** Messages added after `start` (history records with a greater id), in history order. */
  addedSince(start: number): { historyId: number; message: FakeGmailMessage }[] {
    return this.history.filter((r) => r.historyId > start);
  }
}
