// Sends each chat page reading to the background over the page port; the background decides and logs.
import type { ChatReading } from '../core/chat';
import { post } from './messaging/client';

/** Forwards one reading; failures are logged to the console, never thrown into the page. */
export function reportChatReading(reading: ChatReading): void {
  if (reading.kind === 'chat') post('page.chat', reading.chat);
  else if (reading.kind === 'no-chat') post('page.noThread', {});
  else post('page.unreadable', reading);
}

/**
 * WhatsApp: who the chat is with, and no messages. Messages leave the page only when the user presses
 * "Log visible messages" (the background then asks for them), so nothing is captured automatically.
 */
export function peerOnly(reading: ChatReading): ChatReading {
  return reading.kind === 'chat' ? { kind: 'chat', chat: { ...reading.chat, messages: [] } } : reading;
}
