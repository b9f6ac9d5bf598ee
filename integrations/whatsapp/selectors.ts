// The one registry of WhatsApp Web hooks (web.whatsapp.com; facts: design/CHAT-PAGES.md). Class names there are
// generated and change every few months, and `data-testid` went in Aug 2023: the hooks are ids, data attributes
// and the few semantic classes that survived (message-in/out, copyable-text, selectable-text). Each hook has a
// fixture (tests/fakes/chat/whatsapp-*.ts); the convention test checks every alternative matches in one.
import type { Hook } from '../hooks';

export const WHATSAPP = {
  /** The open conversation; absent on the start screen. Since 2015, confirmed 2025. */
  main: { alternatives: ['#main'], view: 'conversation', seen: '2015 / 2025' },
  /** The conversation header's title (the contact's or group's name). 2019 / 2025. */
  title: {
    alternatives: ['#main header span[dir="auto"][title]', '#main header span[dir="auto"]'],
    view: 'conversation header',
    seen: '2019 / 2025',
  },
  /** A message row: `[data-id="{true|false}_{chatJid}_{msgId}[_{participant}]"]`. 2018 / 2025. */
  row: { alternatives: ['div[data-id]'], view: 'conversation message', seen: '2018 / 2025' },
  /** A bubble, to tell a page that shows messages without ids (broken hooks) from an empty chat. */
  bubble: { alternatives: ['.message-in, .message-out'], view: 'conversation message', seen: '2018 / 2025' },
  /** "[HH:MM, date] Name: ", date in the UI language's order. 2018 / 2025. */
  meta: {
    alternatives: ['.copyable-text[data-pre-plain-text]', '[data-pre-plain-text]'],
    view: 'conversation message',
    seen: '2018 / 2025',
  },
  text: {
    alternatives: ['span.selectable-text', '.selectable-text'],
    view: 'conversation message',
    seen: '2018 / 2025',
  },
} as const satisfies Record<string, Hook>;

export type WhatsappHookName = keyof typeof WHATSAPP;
