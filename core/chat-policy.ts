// Whether a chat message is logged, and why: the chat page's counterpart of logging-policy.ts. Private chats with
// people in the base are logged; group chats only when the user turned them on; channels and anything on
// WhatsApp the user did not ask for never are.
import type { ChatMessageSnapshot, ChatSnapshot } from './chat';
import type { LogBecause } from './logging-policy';
import type { KnownPerson } from './matching';
import type { Direction, Settings } from './model';
import { defaultChatSettings } from './settings';

export interface ChatDecision {
  log: boolean;
  /** In English (stored on the interaction, and in exports). */
  reason: string;
  because: LogBecause;
  direction: Direction;
  /** The people the message is logged with. */
  people: KnownPerson[];
}

/** What a chat's decisions need beyond the messages. */
export interface ChatPolicyContext {
  settings: Settings;
  /** True when the user asked for it (WhatsApp's "Log visible messages"); WhatsApp logs nothing otherwise. */
  manual: boolean;
  /** The private chat's peer, when the base knows them. */
  peer: KnownPerson | null;
  /** Group chats: the known people behind each sender id seen in the chat. */
  senders: ReadonlyMap<string, KnownPerson>;
}

const skip = (direction: Direction, reason: string, because: LogBecause): ChatDecision => ({
  log: false,
  reason: `not logged: ${reason}`,
  because,
  direction,
  people: [],
});

const logWith = (direction: Direction, people: KnownPerson[]): ChatDecision => {
  const client = people.find((p) => p.isClient);
  const name = (client ?? people[0])?.displayName ?? '';
  return {
    log: true,
    reason: `logged: ${client ? `${name} is a client` : `${name} is in your contacts`}`,
    because: { code: client ? 'chat-client' : 'chat-contact', params: { name } },
    direction,
    people,
  };
};

/** Decides one visible message of a chat. */
export function decideChatMessage(
  chat: ChatSnapshot,
  m: ChatMessageSnapshot,
  ctx: ChatPolicyContext,
): ChatDecision {
  const direction: Direction = m.direction === 'outgoing' ? 'outgoing' : 'incoming';
  const chats = ctx.settings.chats ?? defaultChatSettings();
  if (chat.messenger === 'whatsapp' && !ctx.manual)
    return skip(direction, 'WhatsApp messages are logged only when you press "Log visible messages"', {
      code: 'chat-manual',
    });
  if (chat.peer.kind === 'channel')
    return skip(direction, 'a channel is a broadcast, not a conversation with a client', {
      code: 'chat-channel',
    });
  if (chat.peer.kind === 'group' && !chats.logGroups)
    return skip(direction, 'group chats are not logged (turn them on in the settings)', {
      code: 'chat-group-off',
    });
  if (m.at === null)
    return skip(direction, 'the message has no date yet; it is logged once the page shows one', {
      code: 'no-date',
    });
  if (chat.peer.kind === 'user') {
    if (ctx.peer) return logWith(direction, [ctx.peer]);
    const name = chat.peer.title;
    return skip(direction, `${name || 'this person'} is not in your base; add them to log this chat`, {
      code: 'chat-unknown',
      params: { name },
    });
  }
  // A group: an incoming message goes to its sender's history; mine to everyone known who spoke in the chat.
  const known =
    direction === 'incoming'
      ? [m.sender?.id ? ctx.senders.get(m.sender.id) : undefined].filter(
          (p): p is KnownPerson => p !== undefined,
        )
      : uniqueById([...ctx.senders.values()]);
  if (known.length > 0) return logWith(direction, known);
  const name = m.sender?.name ?? '';
  return skip(
    direction,
    direction === 'incoming'
      ? `${name || 'the sender'} is not in your base`
      : 'nobody in this group is in your base',
    {
      code: 'chat-group-nobody',
      params: { name },
    },
  );
}

function uniqueById(people: readonly KnownPerson[]): KnownPerson[] {
  return [...new Map(people.map((p) => [p.id, p])).values()];
}

/** The interaction's subject line for a chat message: "Telegram message" / "WhatsApp message" (English, stored). */
export function chatSubject(chat: ChatSnapshot): string {
  const app = chat.messenger === 'telegram' ? 'Telegram' : 'WhatsApp';
  return chat.peer.kind === 'user' ? `${app} message` : `${app} message in ${chat.peer.title}`;
}
