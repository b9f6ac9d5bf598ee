// Validators for every message in the protocol, applied by the background on receipt.
import { z } from '../../core/zod';
import { HISTORY_WINDOWS } from '../../core/team/history-window';
import { LEVELS } from '../../core/team/names';
import { personId, taskId } from '../../core/ids';
import { clip, MAIL_LIMITS, validMailbox, validMailboxes } from '../../core/mail-input';
import type { MessageType, Protocol, SenderKind } from './protocol';

const text = (max: number) => z.string().max(max);
/** Page text is cut to its limit, never refused for its length (a 10 kB sender name must not stale the card). */
const clipped = (max: number) => z.string().transform((s) => clip(s, max));
const mailbox = z.object({ name: z.string(), address: z.string() });
// Every address is checked as imports check them; an invalid one is left out (a sender becomes unknown).
const mailboxes = z.array(mailbox).transform(validMailboxes);

const message = z
  .object({
    providerMessageId: text(200).min(1),
    rfcMessageId: z.string().exactOptional(),
    from: mailbox.nullable().transform((a) => (a ? validMailbox(a) : null)),
    to: mailboxes,
    cc: mailboxes,
    date: z.number().finite().nullable(),
    dateText: clipped(MAIL_LIMITS.dateText).exactOptional(),
    snippet: clipped(MAIL_LIMITS.snippet).exactOptional(),
    attachmentNames: z
      .array(z.string())
      .transform((names) =>
        names.slice(0, MAIL_LIMITS.attachments).map((n) => clip(n, MAIL_LIMITS.attachmentName)),
      )
      .exactOptional(),
    expanded: z.boolean(),
  })
  // A Message-ID longer than RFC 5322's 998-character line is not one: left out, not cut (it is an identity).
  .transform(({ rfcMessageId, ...m }) =>
    rfcMessageId && rfcMessageId.length <= 998 ? { ...m, rfcMessageId } : m,
  );

const thread = z.object({
  provider: z.enum(['gmail', 'outlook']),
  threadId: text(300).min(1),
  subject: clipped(MAIL_LIMITS.subject),
  account: z
    .string()
    .nullable()
    .transform((a) => (a === null ? null : (validMailbox({ name: '', address: a })?.address ?? null))),
  // The newest messages when a thread shows more than Kartka keeps.
  messages: z.array(message).transform((list) => list.slice(-MAIL_LIMITS.messages)),
});

const chatMessage = z.object({
  id: text(40).regex(/^[\w.:-]+$/u, 'A message id holds letters, digits and . : - _ only'),
  direction: z.enum(['incoming', 'outgoing']),
  sender: z.object({ id: text(80).exactOptional(), name: text(300) }).exactOptional(),
  at: z.number().finite().nullable(),
  dateText: text(200).exactOptional(),
  text: text(400),
});

/** A chat page's reading (core/chat.ts); validated before anything is matched or logged. */
export const chatSnapshot = z.object({
  messenger: z.enum(['telegram', 'whatsapp']),
  client: z.enum(['telegram-k', 'telegram-a', 'whatsapp']),
  peer: z.object({
    kind: z.enum(['user', 'group', 'channel']),
    id: text(80)
      .min(1)
      .regex(/^[\w@.-]+$/u, 'A chat id holds digits, letters and @ . - _ only'),
    title: text(300),
    username: text(40).exactOptional(),
    phone: text(40).exactOptional(),
  }),
  messages: z.array(chatMessage).max(500),
});

const pasted = z.object({
  at: z.number().finite(),
  direction: z.enum(['incoming', 'outgoing']),
  author: text(300),
  text: text(400),
  // A Telegram export's key (core/parse/telegram-export.ts): nothing else may name a provider key.
  key: text(120)
    .regex(
      /^(?:telegram:-?\d{1,20}:\d{1,12}|telegram-html:[0-9a-z]{1,8}:\d{1,12}:\d{1,12})$/u,
      'Not a Telegram export message key',
    )
    .exactOptional(),
});

const empty = z.object({}).strict();

const personRef = text(100).min(1).transform(personId);
/** A connected account's id: `<provider>:<address>` (core/sync/account.ts). */
const accountRef = text(340).regex(/^(google|microsoft):[^\s:]+@[^\s:]+$/u);
const sidebar = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();
/** An invitation as typed on Settings → Team (the URL and firm id are checked again by the join itself). */
const joinInput = z
  .object({ url: text(2000).trim(), firm: text(40).trim(), user: text(48).trim(), password: text(1000) })
  .strict();

/** An admin's action on a member (names are checked again by the provisioning library). */
const memberName = text(48).trim().min(1);
const level = z.enum(LEVELS);
const adminRequest = z
  .object({
    action: z.discriminatedUnion('kind', [
      z
        .object({
          kind: z.literal('invite'),
          member: z.object({ name: memberName, displayName: text(200).trim().min(1), level }).strict(),
        })
        .strict(),
      z.object({ kind: z.literal('level'), member: memberName, level }).strict(),
      z.object({ kind: z.literal('offboard'), member: memberName, to: memberName }).strict(),
    ]),
    as: z
      .object({ user: text(200).trim().min(1), password: text(1000).min(1) })
      .strict()
      .optional(),
  })
  .strict();

/** One schema per message type; the record type makes a missing schema a compile error. */
export const schemas: { [K in MessageType]: { from: SenderKind; payload: z.ZodType<Protocol[K]['req']> } } = {
  'page.thread': { from: 'mail-page', payload: thread },
  'page.noThread': { from: 'page', payload: empty },
  'page.unreadable': {
    from: 'page',
    payload: z.object({
      kind: z.literal('unreadable'),
      reason: clipped(500),
      details: z.record(z.string(), z.string()).transform((d) =>
        Object.fromEntries(
          Object.entries(d)
            .slice(0, 50)
            .map(([k, v]) => [clip(k, 100), clip(v, 1000)]),
        ),
      ),
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
  'sidebar.today': {
    from: 'extension-page',
    payload: sidebar({ startOfDay: z.number().finite(), until: z.number().finite() }),
  },
  'page.chat': { from: 'chat-page', payload: chatSnapshot },
  'sidebar.logVisible': { from: 'extension-page', payload: empty },
  'sidebar.addChatPerson': { from: 'extension-page', payload: sidebar({ name: text(300) }) },
  'sidebar.linkChat': { from: 'extension-page', payload: sidebar({ personId: personRef }) },
  'sidebar.findPeople': { from: 'extension-page', payload: sidebar({ query: text(200) }) },
  'sidebar.mergePeople': {
    from: 'extension-page',
    payload: sidebar({ keepId: personRef, dropId: personRef }),
  },
  'sidebar.logPasted': {
    from: 'extension-page',
    payload: sidebar({
      personId: personRef,
      messenger: z.enum(['viber', 'telegram', 'whatsapp', 'other']),
      messages: z.array(pasted).min(1, 'Nothing to log: no message was read').max(5000),
    }),
  },
  'demo.load': { from: 'extension-page', payload: empty },
  'health.diagnose': { from: 'extension-page', payload: empty },
  'health.reset': { from: 'extension-page', payload: empty },
  'capture.fromText': {
    from: 'extension-page',
    payload: z.object({ text: text(2_000_000), target: z.enum(['new', 'existing']).exactOptional() }),
  },
  'page.sidebarFrame': { from: 'page', payload: empty },
  'sync.connect': {
    from: 'extension-page',
    payload: z.object({ provider: z.enum(['google', 'microsoft']) }).strict(),
  },
  'sync.reconnect': { from: 'extension-page', payload: z.object({ accountId: accountRef }).strict() },
  'sync.disconnect': {
    from: 'extension-page',
    payload: z.object({ accountId: accountRef, remove: z.boolean() }).strict(),
  },
  'sync.pause': {
    from: 'extension-page',
    payload: z.object({ accountId: accountRef, paused: z.boolean() }).strict(),
  },
  'sync.now': { from: 'extension-page', payload: z.object({ accountId: accountRef }).strict() },
  'team.preview': { from: 'extension-page', payload: joinInput },
  'team.join': { from: 'extension-page', payload: joinInput },
  'team.leave': { from: 'extension-page', payload: empty },
  'team.sync': { from: 'extension-page', payload: empty },
  'team.audit': { from: 'extension-page', payload: empty },
  'team.window': {
    from: 'extension-page',
    payload: z.object({ window: z.union(HISTORY_WINDOWS.map((w) => z.literal(w))) }).strict(),
  },
  'team.admin': { from: 'extension-page', payload: adminRequest },
  'microsoft.teams': {
    from: 'extension-page',
    payload: z.object({ accountId: accountRef, on: z.boolean() }).strict(),
  },
  'teams.card': { from: 'extension-page', payload: z.object({ personId: personRef }).strict() },
};

/** The one message the sidebar sends over its port. */
export const sidebarRequest = z.object({ type: z.literal('select'), address: text(320).nullable() });
