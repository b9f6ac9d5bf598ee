// The card without the page: when Outlook on the web shows a conversation Kartka cannot read (a view it does not
// know, a page still loading), the conversation id in the URL is enough to ask Graph for its messages and build
// the same thread snapshot a page reading gives, so the card and the logging path work as usual.
import { canonicalEmail } from '../../email';
import type { MessageSnapshot, ThreadSnapshot } from '../../mail';
import { parseGraphItem } from './graph-message';
import { GRAPH_LIMITS } from './limits';
import type { SyncedMessage } from '../planner';

/** Graph writes conversation ids in URL-safe base64; Outlook's page in the standard alphabet. */
export function graphConversationId(pageId: string): string {
  return pageId.replace(/\+/gu, '-').replace(/\//gu, '_');
}

/** A conversation's messages (Outlook allows no $orderby beside this $filter: they are sorted here). */
export function conversationPath(conversationId: string): string {
  const id = graphConversationId(conversationId).replace(/'/gu, "''");
  const select = GRAPH_LIMITS.messageSelect.join(',');
  return `/me/messages?$filter=conversationId eq '${encodeURIComponent(id)}'&$select=${select}&$top=${GRAPH_LIMITS.conversation.maxMessages}`;
}

/** A conversation read from Graph: the thread as a page reading gives it, and its messages as the sync logs them. */
export interface GraphConversation {
  snapshot: ThreadSnapshot;
  /** Oldest first, each keyed by its immutable Graph id (the same records the folder sync writes). */
  messages: SyncedMessage[];
}

/** The thread as a page reading would give it, oldest first; null when Graph returned no readable message. */
export function conversationSnapshot(
  conversationId: string,
  value: unknown,
  account: string | null,
): ThreadSnapshot | null {
  return graphConversation(conversationId, value, account)?.snapshot ?? null;
}

/** `conversationSnapshot` with the loggable messages beside it. */
export function graphConversation(
  conversationId: string,
  value: unknown,
  account: string | null,
): GraphConversation | null {
  const me = account ? canonicalEmail(account) : null;
  const messages: (MessageSnapshot & { subject: string; loggable: SyncedMessage['message'] })[] = [];
  for (const raw of Array.isArray(value) ? value : []) {
    const first = parseGraphItem(raw);
    if (first.kind !== 'message' || first.isDraft) continue;
    // Mail I sent is dated when it was sent, as Outlook shows it.
    const mine = me !== null && first.message.from?.address === me;
    const item = mine ? parseGraphItem(raw, true) : first;
    if (item.kind !== 'message' || item.at === null) continue;
    const m: MessageSnapshot & { subject: string; loggable: SyncedMessage['message'] } = {
      providerMessageId: item.id,
      from: item.message.from,
      to: [...item.message.to],
      cc: [...item.message.cc],
      date: item.at,
      expanded: true,
      subject: item.message.subject,
      loggable: item.message,
    };
    if (item.message.rfcMessageId) m.rfcMessageId = item.message.rfcMessageId;
    messages.push(m);
  }
  if (messages.length === 0) return null;
  messages.sort((a, b) => (a.date ?? 0) - (b.date ?? 0));
  const subject = messages[0]?.subject ?? '';
  return {
    snapshot: {
      provider: 'outlook',
      threadId: conversationId,
      subject,
      account: me,
      messages: messages.map(({ subject: _s, loggable: _l, ...m }) => m),
    },
    messages: messages.map((m) => ({ item: m.providerMessageId, message: m.loggable })),
  };
}
