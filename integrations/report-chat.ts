// Sends each chat page reading to the background over the page port; the background decides and logs.
import type { ChatReading } from '../core/chat';
import { post } from './messaging/client';

/** Forwards one reading; failures are logged to the console, never thrown into the page. */
export function reportChatReading(reading: ChatReading): void {
  if (reading.kind === 'chat') post('page.chat', reading.chat);
  else if (reading.kind === 'no-chat') post('page.noThread', {});
  else post('page.unreadable', reading);
}

/** Message keys a page remembers having sent; past this many it starts again (a day of heavy chatting is far less). */
const SENT_LIMIT = 20_000;

/**
 * A reporter that sends each message once per page load: a chat re-read as the user scrolls, or opened again,
 * sends only the messages not sent yet (the background remembers what the chat showed), and nothing at all when
 * neither they nor who the chat is with changed. Posting costs the page a serialization per message.
 */
export function chatReporter(
  send: typeof reportChatReading = reportChatReading,
): (reading: ChatReading) => void {
  const sent = new Set<string>();
  let lastPeer = '';
  return (reading) => {
    if (reading.kind !== 'chat') {
      lastPeer = '';
      send(reading);
      return;
    }
    const chat = reading.chat;
    const prefix = `${chat.messenger}:${chat.peer.id}:`;
    const fresh = chat.messages.filter((m) => !sent.has(prefix + m.id));
    const peer = JSON.stringify(chat.peer);
    if (fresh.length === 0 && peer === lastPeer) return;
    lastPeer = peer;
    if (sent.size + fresh.length > SENT_LIMIT) sent.clear();
    for (const m of fresh) sent.add(prefix + m.id);
    send({ kind: 'chat', chat: { ...chat, messages: fresh } });
  };
}
