// Validators for every message in the protocol, applied by the background on receipt.
import { z } from 'zod';
import type { MessageType, Protocol, SenderKind } from './protocol';

const text = (max: number) => z.string().max(max);
const address = z.object({ name: text(300), address: text(320) });

const message = z.object({
  providerMessageId: text(200).min(1),
  rfcMessageId: text(998).exactOptional(),
  from: address.nullable(),
  to: z.array(address).max(1000),
  cc: z.array(address).max(1000),
  date: z.number().finite().nullable(),
  dateText: text(200).exactOptional(),
  snippet: text(2000).exactOptional(),
  attachmentNames: z.array(text(500)).max(200).exactOptional(),
  expanded: z.boolean(),
});

const thread = z.object({
  provider: z.enum(['gmail', 'outlook']),
  threadId: text(300).min(1),
  subject: text(2000),
  account: text(320).nullable(),
  messages: z.array(message).max(500),
});

const empty = z.object({}).strict();

/** One schema per message type; the record type makes a missing schema a compile error. */
export const schemas: { [K in MessageType]: { from: SenderKind; payload: z.ZodType<Protocol[K]['req']> } } = {
  'page.thread': { from: 'mail-page', payload: thread },
  'page.noThread': { from: 'mail-page', payload: empty },
  'page.unreadable': {
    from: 'mail-page',
    payload: z.object({
      kind: z.literal('unreadable'),
      reason: text(500),
      details: z.record(text(100), text(1000)),
    }),
  },
  'demo.load': { from: 'extension-page', payload: empty },
};

/** The one message the sidebar sends over its port. */
export const sidebarRequest = z.object({ type: z.literal('select'), address: text(320).nullable() });
