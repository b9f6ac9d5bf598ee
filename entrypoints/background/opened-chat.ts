// Turns a chat read from a chat page into the sidebar's context for that tab: who the chat is with at once, then
// what its visible messages added and why.
import { chatKey, type ChatSnapshot } from '../../core/chat';
import type { ChatContext } from '../../integrations/messaging/protocol';
import type { ChatPeerMatch, LogChatResult } from '../../storage/log-chat';

/** The context to show before the messages are logged (the card of a known peer shows at once). */
export function previewChatContext(chat: ChatSnapshot, peer: ChatPeerMatch | null, now: number): ChatContext {
  return {
    status: 'chat',
    chatKey: chatKey(chat.messenger, chat.peer.id),
    messenger: chat.messenger,
    client: chat.client,
    kind: chat.peer.kind,
    title: chat.peer.title,
    username: chat.peer.username ?? null,
    phone: chat.peer.phone ?? null,
    lid: chat.messenger === 'whatsapp' && chat.peer.id.endsWith('@lid'),
    peer,
    participants: [],
    manual: chat.messenger === 'whatsapp',
    pending: chat.messages.length > 0,
    added: 0,
    alreadyLogged: 0,
    decisions: [],
    at: now,
  };
}

/** The sidebar's context for a logged chat. */
export function chatContext(chat: ChatSnapshot, result: LogChatResult, now: number): ChatContext {
  return {
    ...previewChatContext(chat, result.peer, now),
    participants: result.participants,
    pending: false,
    added: result.added,
    alreadyLogged: result.alreadyLogged,
    decisions: result.decisions.map(({ providerMessageId, logged, reason, because }) =>
      because ? { providerMessageId, logged, reason, because } : { providerMessageId, logged, reason },
    ),
  };
}
