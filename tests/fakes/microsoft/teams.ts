// Teams chats for the fake Graph, with the documented limits of
// https://learn.microsoft.com/graph/api/chat-list and .../chat-list-messages: $top at most 50; messages ordered
// by lastModifiedDateTime or createdDateTime, descending only; $filter on the same property as $orderby or
// it is ignored (lastModifiedDateTime takes gt and lt, createdDateTime only lt). No delegated delta.
import type { FakeMailbox } from './mailbox';
import { chatJson, chatMessageJson, GRAPH } from './shapes';

export const TEAMS_LIMITS = { maxTop: 50, defaultChatsTop: 50, defaultMessagesTop: 20, chatsWithMembers: 25 };

type Answer = { status: number; body: Record<string, unknown> };

const bad = (message: string): Answer => ({ status: 400, body: { error: { code: 'BadRequest', message } } });

function parseTop(q: URLSearchParams, fallback: number): number | Answer {
  const raw = q.get('$top');
  if (raw === null) return fallback;
  const top = Number(raw);
  if (!Number.isInteger(top) || top < 1 || top > TEAMS_LIMITS.maxTop)
    return bad(`Invalid page size requested. Page size must be between 1 and ${TEAMS_LIMITS.maxTop}.`);
  return top;
}

/**
 * GET /me/chats: newest activity first, pages of $top, `$expand=members`, `$filter=chatType eq '…'`. With
 * `$expand=members` a page holds at most 25 chats whatever $top says (the chat-list page's known issue).
 */
export function listChats(box: FakeMailbox, q: URLSearchParams): Answer {
  const asked = parseTop(q, TEAMS_LIMITS.defaultChatsTop);
  if (typeof asked !== 'number') return asked;
  const expand = (q.get('$expand') ?? '').split(',').map((s) => s.trim().toLowerCase());
  const top = expand.includes('members') ? Math.min(asked, TEAMS_LIMITS.chatsWithMembers) : asked;
  if (expand.some((e) => e && e !== 'members' && e !== 'lastmessagepreview'))
    return bad(`Expand is only supported for 'members' and 'lastMessagePreview'.`);
  const filter = q.get('$filter');
  let chats = [...box.chats].sort((a, b) => b.lastUpdatedDateTime.localeCompare(a.lastUpdatedDateTime));
  if (filter) {
    const m = /^chatType eq '(oneOnOne|group|meeting)'$/.exec(filter.trim());
    if (!m) return bad(`Unsupported filter: ${filter}`);
    chats = chats.filter((c) => c.chatType === m[1]);
  }
  const skip = Number(q.get('$skiptoken') ?? '0') || 0;
  const page = chats.slice(skip, skip + top);
  const body: Record<string, unknown> = {
    '@odata.context': `${GRAPH}/$metadata#chats`,
    '@odata.count': page.length,
    value: page.map((c) => chatJson(c, box.user.tenantId, expand.includes('members'))),
  };
  if (skip + top < chats.length) {
    const next = new URLSearchParams(q);
    next.set('$skiptoken', String(skip + top));
    body['@odata.nextLink'] = `${GRAPH}/me/chats?${next.toString()}`;
  }
  return { status: 200, body };
}

/** GET /me/chats/{id}/messages with the documented $top/$orderby/$filter rules. */
export function listChatMessages(box: FakeMailbox, chatId: string, q: URLSearchParams): Answer {
  const chat = box.chats.find((c) => c.id === chatId);
  if (!chat)
    return { status: 404, body: { error: { code: 'NotFound', message: `Chat ${chatId} not found.` } } };
  const top = parseTop(q, TEAMS_LIMITS.defaultMessagesTop);
  if (typeof top !== 'number') return top;
  const orderby = (q.get('$orderby') ?? 'lastModifiedDateTime desc').trim().replace(/\s+/g, ' ');
  const om = /^(lastModifiedDateTime|createdDateTime)( desc)?$/.exec(orderby);
  if (!om?.[1] || !om[2])
    return bad(
      `$orderby is supported only for lastModifiedDateTime and createdDateTime in descending order.`,
    );
  const prop = om[1] as 'lastModifiedDateTime' | 'createdDateTime';
  let messages = [...chat.messages].sort(
    (a, b) => b[prop].localeCompare(a[prop]) || b.id.localeCompare(a.id),
  );
  const filter = q.get('$filter');
  if (filter && q.has('$orderby')) {
    // Only a filter on the ordered property applies; anything else is silently ignored, as documented.
    for (const clause of filter.split(/\s+and\s+/i)) {
      const fm = /^(lastModifiedDateTime|createdDateTime) (gt|lt) (\S+)$/.exec(clause.trim());
      if (!fm?.[1] || !fm[2] || !fm[3]) return bad(`Unsupported filter clause: ${clause}`);
      if (fm[1] !== prop) continue;
      if (prop === 'createdDateTime' && fm[2] === 'gt')
        return bad('createdDateTime supports only the lt operator.');
      const at = Date.parse(fm[3]);
      if (Number.isNaN(at)) return bad(`Invalid date in filter: ${fm[3]}`);
      messages = messages.filter((m) =>
        fm[2] === 'gt' ? Date.parse(m[prop]) > at : Date.parse(m[prop]) < at,
      );
    }
  }
  const skip = Number(q.get('$skiptoken') ?? '0') || 0;
  const page = messages.slice(skip, skip + top);
  const body: Record<string, unknown> = {
    '@odata.context': `${GRAPH}/$metadata#chats('${encodeURIComponent(chatId)}')/messages`,
    '@odata.count': page.length,
    value: page.map((m) => chatMessageJson(chatId, m, box.user.tenantId)),
  };
  if (skip + top < messages.length) {
    const next = new URLSearchParams(q);
    next.set('$skiptoken', String(skip + top));
    body['@odata.nextLink'] = `${GRAPH}/me/chats/${encodeURIComponent(chatId)}/messages?${next.toString()}`;
  }
  return { status: 200, body };
}
