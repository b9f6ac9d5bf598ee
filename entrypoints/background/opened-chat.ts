// Turns a chat read from a chat page into the sidebar's context for that tab: who the chat is with at once, then
// what its visible messages added and why.
import { chatKey, type ChatSnapshot } from '../../core/chat';
import { peerIdentity } from '../../core/chat-identity';
import type { Settings } from '../../core/model';
import type { ChatContext } from '../../integrations/messaging/protocol';
import type { ChatPeerMatch, LogChatResult } from '../../storage/log-chat';
import { decisionViews } from './opened-thread';

/**
 * The context to show before the chat is logged: no database read stands before it, and the sidebar's card follows
 * the peer's identity (a known client's card shows at once).
 */
export function previewChatContext(
  chat: ChatSnapshot,
  peer: ChatPeerMatch | null,
  settings: Settings,
  now: number,
): ChatContext {
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
    identity: peerIdentity(chat.messenger, chat.peer, settings.defaultPhoneRegion),
    participants: [],
    manual: chat.messenger === 'whatsapp',
    pending: true,
    added: 0,
    alreadyLogged: 0,
    decisions: [],
    at: now,
  };
}

/** The sidebar's context for a logged chat. */
export function chatContext(
  chat: ChatSnapshot,
  result: LogChatResult,
  settings: Settings,
  now: number,
): ChatContext {
  return {
    ...previewChatContext(chat, result.peer, settings, now),
    participants: result.participants,
    pending: false,
    added: result.added,
    alreadyLogged: result.alreadyLogged,
    decisions: decisionViews(result.decisions),
  };
}
