// The Graph delta planners, fed pages shaped like Microsoft's documented ones. The documented samples themselves
// (../shared/fixtures/graph) go through these planners in the conformance run (scripts/conformance-graph.ts), as
// `npm test` must not depend on files a clone does not have.
import { describe, expect, it } from 'vitest';
import { parseGraphContact, reduceContactsPage } from '../../../core/sync/microsoft/contacts-plan';
import {
  deltaHasWork,
  initialDeltaCursor,
  nextDeltaOp,
  restartDelta,
  type DeltaPage,
} from '../../../core/sync/microsoft/delta-cursor';
import { classifyGraphError } from '../../../core/sync/microsoft/errors';
import { folderPageIds, reduceFolderPage } from '../../../core/sync/microsoft/folder-plan';
import { parseGraphItem } from '../../../core/sync/microsoft/graph-message';

const msg = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  conversationId: 'AAQkConv',
  internetMessageId: `<${id}@client.example>`,
  subject: 'Order',
  from: { emailAddress: { name: 'Ivan Petrenko', address: 'Ivan@Client.example' } },
  toRecipients: [{ emailAddress: { name: 'Olena', address: 'olena@contoso.example' } }],
  receivedDateTime: '2026-05-01T10:00:00Z',
  ...extra,
});
const NEXT = "https://graph.microsoft.com/v1.0/me/mailfolders('inbox')/messages/delta?$skiptoken=abc";
const DELTA = "https://graph.microsoft.com/v1.0/me/mailfolders('inbox')/messages/delta?$deltatoken=xyz";

describe('mail folder delta planner', () => {
  it('starts a round with $select, follows nextLink to deltaLink, then waits for a check', () => {
    let cursor = initialDeltaCursor('messages', 'inbox');
    const first = nextDeltaOp(cursor, false, 0);
    expect(first?.url).toBe(
      'https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages/delta?$select=id,conversationId,internetMessageId,subject,from,sender,toRecipients,ccRecipients,receivedDateTime,sentDateTime,hasAttachments,isDraft,parentFolderId',
    );
    expect(first?.pageSize).toBe(200);
    expect(nextDeltaOp(cursor, false, 1)).toBeNull();

    const one = reduceFolderPage(
      cursor,
      { value: [msg('A'), msg('B')], nextLink: NEXT, deltaLink: null, pageSizeApplied: true },
      new Set(),
      null,
    );
    expect(one.messages.map((m) => m.item)).toEqual(['A', 'B']);
    expect(one.caughtUp).toBe(false);
    cursor = one.cursor;
    expect(nextDeltaOp(cursor, false, 0)?.url).toBe(NEXT);

    const two = reduceFolderPage(
      cursor,
      { value: [msg('C')], nextLink: null, deltaLink: DELTA, pageSizeApplied: true },
      new Set(),
      null,
    );
    expect(two.caughtUp).toBe(true);
    cursor = two.cursor;
    expect(cursor).toMatchObject({ next: null, delta: DELTA, rounds: 1, done: 3 });
    expect(deltaHasWork(cursor)).toBe(false);
    expect(nextDeltaOp(cursor, false, 0)).toBeNull();
    expect(nextDeltaOp(cursor, true, 0)?.url).toBe(DELTA);
  });

  it('turns a message into the logging path shape: outlook key, Message-ID, conversation thread, checked addresses', () => {
    const item = parseGraphItem(
      msg('AAkALgAA1', { ccRecipients: [{ emailAddress: { name: 'x', address: 'not an address' } }] }),
    );
    expect(item).toMatchObject({
      kind: 'message',
      id: 'AAkALgAA1',
      conversationId: 'AAQkConv',
      message: {
        providerKey: 'outlook:AAkALgAA1',
        rfcMessageId: 'AAkALgAA1@client.example',
        threadKey: 'outlook:AAQkConv',
        from: { name: 'Ivan Petrenko', address: 'ivan@client.example' },
        to: [{ name: 'Olena', address: 'olena@contoso.example' }],
        cc: [],
        date: Date.parse('2026-05-01T10:00:00Z'),
        attachmentNames: [],
      },
    });
    expect(parseGraphItem({ id: 'has space' }).kind).toBe('invalid');
    expect(parseGraphItem('<script>').kind).toBe('invalid');
  });

  it('settles replays, stored ids, removals, drafts and mail before the window without logging them', () => {
    const cursor = initialDeltaCursor('messages', 'inbox');
    const page: DeltaPage = {
      value: [
        msg('A'),
        msg('A'),
        msg('K'),
        { id: 'R', '@removed': { reason: 'deleted' } },
        msg('D', { isDraft: true }),
        msg('OLD', { receivedDateTime: '2020-01-01T00:00:00Z' }),
        { id: 'X', receivedDateTime: 'not a date' },
      ],
      nextLink: null,
      deltaLink: DELTA,
      pageSizeApplied: true,
    };
    expect(folderPageIds(page)).toEqual(['A', 'A', 'K', 'D', 'OLD', 'X']);
    const out = reduceFolderPage(cursor, page, new Set(['K']), Date.parse('2025-06-01T00:00:00Z'));
    expect(out.messages.map((m) => m.item)).toEqual(['A']);
    expect(out.seen).toEqual([
      { item: 'K', reason: 'known' },
      { item: 'R', reason: 'gone' },
      { item: 'D', reason: 'skipped-label' },
      { item: 'OLD', reason: 'outside-window' },
      { item: 'X', reason: 'unreadable' },
    ]);
  });

  it('steps the page size down while Graph does not apply it, and keeps one it applied', () => {
    let cursor = initialDeltaCursor('messages', 'inbox');
    const page = (applied: boolean): DeltaPage => ({
      value: [],
      nextLink: NEXT,
      deltaLink: null,
      pageSizeApplied: applied,
    });
    cursor = reduceFolderPage(cursor, page(false), new Set(), null).cursor;
    expect(nextDeltaOp(cursor, false, 0)?.pageSize).toBe(100);
    cursor = reduceFolderPage(cursor, page(true), new Set(), null).cursor;
    cursor = reduceFolderPage(cursor, page(false), new Set(), null).cursor;
    expect(nextDeltaOp(cursor, false, 0)?.pageSize).toBe(100);
  });

  it('restarts a folder when Graph forgets it, and when a page has no link to follow', () => {
    const mid = { ...initialDeltaCursor('messages', 'inbox'), next: NEXT, delta: DELTA, rounds: 2, done: 40 };
    const restarted = restartDelta(mid);
    expect(restarted).toMatchObject({ next: null, delta: null, resync: true, done: 0, rounds: 2 });
    expect(nextDeltaOp(restarted, false, 0)?.url).toContain('/me/mailFolders/inbox/messages/delta?$select=');
    const hostile = reduceFolderPage(
      mid,
      { value: [], nextLink: 'https://evil.example/steal', deltaLink: null, pageSizeApplied: true },
      new Set(),
      null,
    );
    expect(hostile.cursor).toMatchObject({ next: null, delta: null, resync: true });
    for (const [status, code] of [
      [410, 'resyncRequired'],
      [400, 'syncStateNotFound'],
      [404, 'SyncStateInvalid'],
    ] as const)
      expect(classifyGraphError(status, { error: { code } }, null, 0).kind).toBe('cursor-gone');
    expect(classifyGraphError(429, { error: { code: 'ApplicationThrottled' } }, '7', 0)).toMatchObject({
      kind: 'rate',
      retryAfterMs: 7000,
    });
    expect(classifyGraphError(503, {}, null, 0)).toMatchObject({ kind: 'server', retryAfterMs: 5000 });
    expect(classifyGraphError(401, {}, null, 0).kind).toBe('auth');
    expect(classifyGraphError(403, { error: { code: 'ErrorAccessDenied' } }, null, 0).kind).toBe('denied');
  });
});

describe('contacts delta planner', () => {
  it('checks every field and keeps the last state of a contact on a page', () => {
    const c = parseGraphContact({
      id: 'C1',
      displayName: '  Іван   Петренко ',
      givenName: 'Іван',
      surname: 'Петренко',
      companyName: 'ТОВ Ромашка',
      emailAddresses: [
        { address: 'Ivan@Client.example' },
        { address: 'ivan@client.example' },
        { address: 'nope' },
      ],
      businessPhones: ['+380 44 123 45 67'],
      mobilePhone: null,
    });
    expect(c).toEqual({
      item: 'C1',
      deleted: false,
      displayName: 'Іван Петренко',
      givenName: 'Іван',
      familyName: 'Петренко',
      company: 'ТОВ Ромашка',
      emails: ['ivan@client.example'],
      phones: ['+380 44 123 45 67'],
    });
    const out = reduceContactsPage(initialDeltaCursor('contacts', 'contacts'), {
      value: [
        { id: 'C1', displayName: 'Old' },
        { id: 'C1', displayName: 'New' },
        { id: 'C2', '@removed': { reason: 'deleted' } },
        { nope: 1 },
      ],
      nextLink: null,
      deltaLink:
        "https://graph.microsoft.com/v1.0/me/contactfolders('contacts')/contacts/delta?$deltatoken=t",
      pageSizeApplied: true,
    });
    expect(out.contacts.map((x) => [x.item, x.deleted, x.displayName])).toEqual([
      ['C1', false, 'New'],
      ['C2', true, undefined],
    ]);
    expect(out.caughtUp).toBe(true);
    expect(nextDeltaOp(initialDeltaCursor('contacts', 'contacts'), false, 0)?.url).toContain(
      '/me/contactFolders/contacts/contacts/delta?$select=id,displayName',
    );
  });
});
