// The history window's rules: whole months back from now, what a change of window asks of the base, and the
// pull's Mango selector matching exactly what the base keeps (checked with PouchDB's own changes filter).
import { describe, expect, it, test } from 'vitest';
import {
  historySelector,
  inWindow,
  isHistoryWindow,
  windowChange,
  windowStart,
  type HistoryWindow,
} from '../../../core/team/history-window';
import type { TeamDoc } from '../../../core/team/documents';
import { NodePouch } from '../../team/helpers';

const at = (iso: string) => Date.parse(iso);

test.each<[HistoryWindow, string, string | null]>([
  [6, '2026-12-07T00:30:00Z', '2026-06-01T00:00:00Z'],
  [12, '2026-12-07T00:30:00Z', '2025-12-01T00:00:00Z'],
  [24, '2026-12-31T23:59:59Z', '2024-12-01T00:00:00Z'],
  [6, '2027-03-01T00:00:00Z', '2026-09-01T00:00:00Z'],
  ['all', '2026-12-07T00:30:00Z', null],
])('a %s-month window on %s starts at %s', (window, now, start) => {
  expect(windowStart(window, at(now))).toBe(start === null ? null : at(start));
});

test('the window moves once a month, not on every sync', () => {
  expect(windowStart(12, at('2026-12-01T00:00:00Z'))).toBe(windowStart(12, at('2026-12-31T23:59:59Z')));
  expect(windowStart(12, at('2027-01-01T00:00:00Z'))).toBeGreaterThan(
    windowStart(12, at('2026-12-31T23:59:59Z')) ?? 0,
  );
});

test.each<[number | null | undefined, number | null, string]>([
  [undefined, null, 'same'],
  [null, null, 'same'],
  [undefined, 100, 'narrow'],
  [null, 100, 'narrow'],
  [100, 200, 'narrow'],
  [200, 100, 'widen'],
  [100, null, 'widen'],
  [100, 100, 'same'],
])('applied %s, next %s: %s', (applied, next, change) => {
  expect(windowChange(applied, next)).toBe(change);
});

test('only the offered windows are windows', () => {
  expect([6, 12, 24, 'all'].every(isHistoryWindow)).toBe(true);
  expect([0, 3, '12', null, undefined, 'everything'].some(isHistoryWindow)).toBe(false);
});

describe('the pull’s selector keeps what the base keeps', () => {
  const start = at('2026-01-01T00:00:00Z');
  const docs: TeamDoc[] = [
    { _id: 'interactions:old', at: at('2025-06-01T00:00:00Z'), body: 'давнє' },
    { _id: 'interactions:edge', at: start },
    { _id: 'interactions:new', at: at('2026-11-30T10:00:00Z') },
    { _id: 'interactions:undated' },
    { _id: 'interactions:handed', at: at('2024-01-01T00:00:00Z'), handedOverTo: 'olga' },
    { _id: 'people:p1', displayName: 'Олена', at: at('2020-01-01T00:00:00Z') },
    { _id: 'companies:c1', name: 'Зоря' },
    { _id: 'deals:d1' },
    { _id: 'documents:x' },
    { _id: 'tasks:t1', due: 1 },
    { _id: 'latenote:n1', at: 1 },
  ];

  it('in PouchDB’s changes filter (the one pouchdb-server runs) and in inWindow alike', async () => {
    const db = new NodePouch(`window-${Math.random().toString(36).slice(2)}`, { adapter: 'memory' });
    await db.bulkDocs(docs);
    await db.bulkDocs([{ _id: 'interactions:gone', _deleted: true }]);
    const passed = await db.changes({ since: 0, selector: historySelector(start) });
    const ids = passed.results.map((r) => r.id).sort();
    expect(ids).toEqual(
      [
        'interactions:edge',
        'interactions:new',
        'interactions:handed',
        'interactions:gone',
        'people:p1',
        'companies:c1',
        'deals:d1',
        'documents:x',
        'tasks:t1',
        'latenote:n1',
      ].sort(),
    );
    const kept = [...docs, { _id: 'interactions:gone', _deleted: true }].filter((d) => inWindow(d, start));
    expect(kept.map((d) => d._id).sort()).toEqual(ids);
    expect(docs.every((d) => inWindow(d, null))).toBe(true);
    await db.destroy();
  });
});
