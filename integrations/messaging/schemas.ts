// Validators for every message in the protocol, applied by the background on receipt.
import { z } from 'zod';
import { personId, taskId } from '../../core/ids';
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

const personRef = text(100).min(1).transform(personId);
const sidebar = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();

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
      thread: z
        .object({
          provider: z.enum(['gmail', 'outlook']),
          threadId: text(300).min(1),
          account: text(320).nullable(),
        })
        .exactOptional(),
    }),
  },
  'sidebar.addNote': {
    from: 'extension-page',
    payload: sidebar({ personId: personRef, text: text(20_000).trim().min(1, 'The note is empty') }),
  },
  'sidebar.addTask': {
    from: 'extension-page',
    payload: sidebar({
      personId: personRef,
      title: text(500).trim().min(1, 'The task needs a title'),
      due: z.number().finite(),
    }),
  },
  'sidebar.completeTask': {
    from: 'extension-page',
    payload: sidebar({ taskId: text(100).min(1).transform(taskId) }),
  },
  'sidebar.setStage': {
    from: 'extension-page',
    payload: sidebar({ personId: personRef, stage: text(100).min(1), reason: text(500) }),
  },
  'sidebar.addDeal': {
    from: 'extension-page',
    payload: sidebar({
      personId: personRef,
      title: text(500).trim().min(1, 'The deal needs a title'),
      amount: z.number().finite().min(0, 'The amount must be 0 or more').nullable(),
      currency: text(10),
    }),
  },
  'sidebar.addPerson': {
    from: 'extension-page',
    payload: sidebar({ address: text(320).min(3), name: text(300) }),
  },
  'sidebar.openCard': { from: 'extension-page', payload: sidebar({ personId: personRef }) },
  'demo.load': { from: 'extension-page', payload: empty },
  'health.diagnose': { from: 'extension-page', payload: empty },
  'health.reset': { from: 'extension-page', payload: empty },
  'capture.fromText': {
    from: 'extension-page',
    payload: z.object({ text: text(2_000_000), target: z.enum(['new', 'existing']).exactOptional() }),
  },
};

/** The one message the sidebar sends over its port. */
export const sidebarRequest = z.object({ type: z.literal('select'), address: text(320).nullable() });
