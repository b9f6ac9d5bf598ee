// The benchmark's chats: ten benchmark people (the first five and five spread over the base) chatting on
// Telegram (the profile column shows their phone) and on WhatsApp (their number is the chat id).
import type { FakeChatBase, FakeChatMessage } from '../fakes/chat/types';
import { benchThreads } from './mailbox';
import { benchPerson } from './data';

/** Who each benchmark chat is with: the same people as the benchmark mail threads. */
export function benchChats(now: number, people: number): { title: string; phone: string; person: number }[] {
  return benchThreads(now, people).map((t) => ({
    title: t.name,
    phone: benchPerson(t.person, now).phones[0] ?? '',
    person: t.person,
  }));
}

function messages(now: number, person: number): FakeChatMessage[] {
  return Array.from({ length: 20 }, (_, i) => ({
    id: 100 + i,
    out: i % 3 === 1,
    at: now - (60 - i) * 60_000,
    text: `Повідомлення ${i + 1} для клієнта ${person}`,
  }));
}

export function benchChatBase(messenger: 'telegram' | 'whatsapp', now: number, people: number): FakeChatBase {
  return {
    me: { name: 'Me', id: messenger === 'telegram' ? '4000000001' : '380440000001@c.us' },
    chats: benchChats(now, people).map((c) => ({
      id: messenger === 'telegram' ? String(6_000_000_000 + c.person) : `${c.phone.slice(1)}@c.us`,
      kind: 'user',
      title: c.title,
      phone: c.phone,
      messages: messages(now, c.person),
    })),
  };
}
