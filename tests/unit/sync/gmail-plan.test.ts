// The Gmail planner's decisions, step by step: what it asks next, what a result moves, and what it never does.
import { describe, expect, test } from 'vitest';
import {
  gmailPlanner as p,
  type GmailCursor,
  type GmailOp,
  type GmailResult,
} from '../../../core/sync/google/gmail-plan';
import type { GmailMessageMeta } from '../../../core/sync/google/gmail-types';
import { gmailCostModel } from '../../../core/sync/limits';
import type { PlanContext, SyncOptions } from '../../../core/sync/planner';

const NOW = Date.UTC(2026, 9, 1);
const options: SyncOptions = { backfillFrom: null, costs: gmailCostModel('since-2026-05').costs };
const ctx = (o: Partial<PlanContext> = {}): PlanContext => ({
  now: NOW,
  poll: true,
  inFlight: [],
  options,
  ...o,
});
const hex = (n: number) => (0x19f8_0000_0000_0000n + BigInt(n)).toString(16);
const meta = (n: number, at: number, labelIds = ['INBOX']): GmailMessageMeta => metaOf(hex(n), at, labelIds);
const metaOf = (id: string, at: number, labelIds = ['INBOX']): GmailMessageMeta => ({
  id,
  threadId: id,
  labelIds,
  snippet: 'Добрий день',
  internalDate: String(at),
  headers: [
    { name: 'From', value: 'Олена Коваль <olena@agro-trade.com.ua>' },
    { name: 'To', value: 'ivan@kartka.ua' },
    { name: 'Subject', value: 'Рахунок' },
    { name: 'Message-ID', value: `<m${id}@agro-trade.com.ua>` },
  ],
});

function step(
  c: GmailCursor,
  op: GmailOp,
  r: GmailResult,
  known: string[] = [],
  o: Partial<PlanContext> = {},
) {
  return p.reduce(c, op, r, new Set(known), ctx(o));
}

function started(o: SyncOptions = options): GmailCursor {
  const c = p.initial(o);
  const op = p.next(c, ctx()) as GmailOp;
  expect(op).toMatchObject({ kind: 'profile', cost: 1, quota: 'gmail' });
  return step(
    c,
    op,
    { kind: 'profile', profile: { emailAddress: 'ivan@kartka.ua', messagesTotal: 900, historyId: '500' } },
    [],
    {
      options: o,
    },
  ).cursor;
}

describe('full pass', () => {
  test('lists, fetches only unknown ids in batches of 50, and hands over to history at the end', () => {
    let c = started();
    expect(c).toMatchObject({ phase: 'full', estimate: 900, startHistoryId: '500' });
    const list = p.next(c, ctx()) as GmailOp;
    expect(list).toMatchObject({ kind: 'list', pageToken: null, cost: 5 });
    const ids = Array.from({ length: 120 }, (_, i) => hex(i));
    const out = step(c, list, { kind: 'list', page: { ids, nextPageToken: null } }, [hex(0), hex(1)]);
    c = out.cursor;
    expect(out.seen).toEqual([hex(0), hex(1)].map((item) => ({ item, reason: 'known' })));
    expect(c.pending).toHaveLength(118);
    expect(c.done).toBe(2);
    const first = p.next(c, ctx()) as Extract<GmailOp, { kind: 'get' }>;
    expect(first.ids).toHaveLength(50);
    expect(first.cost).toBe(50 * 20);
    // With one batch in flight the next one takes the following ids; nothing is planned twice.
    const second = p.next(c, ctx({ inFlight: [first] })) as Extract<GmailOp, { kind: 'get' }>;
    expect(second.ids.some((id) => first.ids.includes(id))).toBe(false);
    const third = p.next(c, ctx({ inFlight: [first, second] })) as Extract<GmailOp, { kind: 'get' }>;
    expect(third.ids).toHaveLength(18);
    expect(p.next(c, ctx({ inFlight: [first, second, third] }))).toBeNull();
    for (const op of [first, second, third]) {
      const r = step(c, op, { kind: 'get', messages: op.ids.map((id) => metaOf(id, NOW - 1000)), gone: [] });
      expect(r.messages).toHaveLength(op.ids.length);
      expect(r.messages[0]?.message.providerKey).toBe(`gmail:${op.ids[0] ?? ''}`);
      c = r.cursor;
    }
    expect(c).toMatchObject({ phase: 'partial', historyId: '500', pending: [], done: 120 });
    expect(p.hasWork(c)).toBe(false);
    expect(p.next(c, ctx({ poll: false }))).toBeNull();
    expect(p.next(c, ctx())).toMatchObject({ kind: 'history', startHistoryId: '500', check: true, cost: 2 });
  });

  test('never lists another page while 500 ids wait', () => {
    const c: GmailCursor = { ...started(), pending: Array.from({ length: 500 }, (_, i) => hex(i)) };
    const inFlight = Array.from({ length: 10 }, (_, i) => ({
      stream: 'mail',
      quota: 'gmail',
      key: `get:${i}`,
      kind: 'get' as const,
      ids: c.pending.slice(i * 50, i * 50 + 50),
      method: 'messages.get',
      cost: 1000,
    }));
    expect(p.next(c, ctx({ inFlight }))).toBeNull();
  });

  test('the backfill window: a message older than it ends the listing and is not logged', () => {
    const from = NOW - 90 * 86_400_000;
    let c = started({ ...options, backfillFrom: from });
    c = { ...c, pending: [hex(1), hex(2)], list: { pageToken: 'next', pages: 1, done: false } };
    const op = p.next(c, ctx()) as Extract<GmailOp, { kind: 'get' }>;
    const out = step(c, op, {
      kind: 'get',
      messages: [meta(1, NOW - 86_400_000), meta(2, from - 1)],
      gone: [],
    });
    expect(out.messages.map((m) => m.item)).toEqual([hex(1)]);
    expect(out.seen).toEqual([{ item: hex(2), reason: 'outside-window' }]);
    expect(out.cursor.phase).toBe('partial');
  });

  test('drafts and spam are settled without logging; ids Gmail lost are settled as gone', () => {
    const c: GmailCursor = { ...started(), pending: [hex(1), hex(2), hex(3)] };
    const op = p.next(c, ctx()) as Extract<GmailOp, { kind: 'get' }>;
    const out = step(c, op, {
      kind: 'get',
      messages: [meta(1, NOW, ['DRAFT']), meta(2, NOW, ['SPAM'])],
      gone: [hex(3)],
    });
    expect(out.messages).toEqual([]);
    expect(out.seen.map((s) => s.reason)).toEqual(['skipped-label', 'skipped-label', 'gone']);
  });

  test('an answer for ids that failed transiently leaves them pending; a stale list answer moves nothing', () => {
    const c: GmailCursor = { ...started(), pending: [hex(1), hex(2)] };
    const op = p.next(c, ctx()) as Extract<GmailOp, { kind: 'get' }>;
    const out = step(c, op, { kind: 'get', messages: [meta(1, NOW)], gone: [] });
    expect(out.cursor.pending).toEqual([hex(2)]);
    const stale: GmailOp = {
      stream: 'mail',
      quota: 'gmail',
      key: 'list:9',
      kind: 'list',
      pageToken: 'old',
      method: 'messages.list',
      cost: 5,
    };
    const again = step(c, stale, { kind: 'list', page: { ids: [hex(9)], nextPageToken: null } });
    expect(again.cursor).toBe(c);
    expect(again.advanced).toBe(false);
  });
});

describe('partial pass', () => {
  const idle = (): GmailCursor => ({
    ...started(),
    phase: 'partial',
    historyId: '500',
    list: { pageToken: null, pages: 1, done: true },
  });

  test('history pages, then the new messages, then the cursor moves to the last page’s historyId', () => {
    let c = idle();
    const h1 = p.next(c, ctx()) as GmailOp;
    let out = step(c, h1, {
      kind: 'history',
      page: {
        added: [
          { id: hex(7), labelIds: ['INBOX'] },
          { id: hex(8), labelIds: ['DRAFT'] },
        ],
        nextPageToken: 'p2',
        historyId: '530',
      },
    });
    c = out.cursor;
    expect(c.historyId).toBe('500');
    expect(out.seen).toEqual([{ item: hex(8), reason: 'skipped-label' }]);
    const h2 = p.next(c, ctx({ poll: false })) as GmailOp;
    expect(h2).toMatchObject({ kind: 'get' });
    const h3 = p.next(c, ctx({ poll: false, inFlight: [h2] })) as GmailOp;
    expect(h3).toMatchObject({ kind: 'history', pageToken: 'p2', startHistoryId: '500' });
    expect(h3.check).toBeUndefined();
    out = step(c, h3, {
      kind: 'history',
      page: { added: [{ id: hex(7), labelIds: ['INBOX'] }], nextPageToken: null, historyId: '540' },
    });
    c = out.cursor;
    expect(c.pending).toEqual([hex(7)]);
    expect(out.caughtUp).toBe(false);
    out = step(c, h2, { kind: 'get', messages: [meta(7, NOW)], gone: [] });
    expect(out.cursor).toMatchObject({ historyId: '540', history: null, pending: [] });
    expect(out.caughtUp).toBe(true);
  });

  test('a check with nothing new moves the cursor at once; a restart starts a resync pass', () => {
    const c = idle();
    const op = p.next(c, ctx()) as GmailOp;
    const out = step(c, op, { kind: 'history', page: { added: [], nextPageToken: null, historyId: '777' } });
    expect(out.cursor.historyId).toBe('777');
    expect(out.caughtUp).toBe(true);
    const again = p.restart(out.cursor, options);
    expect(again).toMatchObject({ phase: 'starting', resync: true, done: 0 });
    expect(p.progress(again).resync).toBe(true);
    expect(p.hasWork(again)).toBe(true);
  });
});
