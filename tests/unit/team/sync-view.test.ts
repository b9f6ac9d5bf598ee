// The member's view of the sync never says "up to date" while an edit waits here or the last sync failed, and it
// words every failure (en/uk/ru).
import { expect, test } from 'vitest';
import { translator } from '../../../core/i18n';
import type { TeamSyncStatus } from '../../../core/team/membership';
import { syncView } from '../../../core/team/sync-view';
import { syncLine } from '../../../components/app/team/SyncState';

const at = 1_765_000_000_000;
const ok: TeamSyncStatus = { state: 'idle', at, lastSyncAt: at, refused: 0 };

test('up to date only when the last sync finished and nothing waits', () => {
  expect(syncView(ok, 0)).toEqual({ kind: 'current', lastSyncAt: at });
  expect(syncView({ ...ok, state: 'live' }, 0)).toEqual({ kind: 'live', lastSyncAt: at });
  expect(syncView(ok, 3)).toEqual({ kind: 'waiting', waiting: 3, lastSyncAt: at });
  expect(syncView({ ...ok, state: 'live' }, 1).kind).toBe('waiting');
  expect(syncView({ state: 'idle', at, refused: 0 }, 0).kind).toBe('waiting');
  expect(syncView(undefined, 0)).toEqual({ kind: 'never' });
  expect(syncView({ ...ok, state: 'syncing' }, 2)).toEqual({ kind: 'syncing', waiting: 2 });
});

test('offline and errors keep the last good sync and the edits waiting', () => {
  expect(syncView({ ...ok, state: 'offline', problem: { code: 'offline' } }, 4)).toEqual({
    kind: 'offline',
    waiting: 4,
    lastSyncAt: at,
  });
  const unauthorized = syncView({ ...ok, state: 'error', problem: { code: 'unauthorized' } }, 0);
  expect(unauthorized).toEqual({
    kind: 'error',
    problem: { code: 'unauthorized' },
    waiting: 0,
    lastSyncAt: at,
  });
  // A refusal is reported beside a finished sync (the edit became a note), not as a stuck one.
  expect(syncView({ ...ok, problem: { code: 'refused', count: 1, reason: 'x' } }, 0).kind).toBe('current');
});

test('every state is worded in en, uk and ru, and no failure reads as up to date', () => {
  const states: [TeamSyncStatus | undefined, number][] = [
    [{ ...ok, state: 'offline', problem: { code: 'offline' } }, 2],
    [{ ...ok, state: 'error', problem: { code: 'unauthorized' } }, 0],
    [{ ...ok, state: 'error', problem: { code: 'forbidden', database: 'kartka-acme-u-ivan' } }, 0],
    [{ ...ok, state: 'error', problem: { code: 'server', status: 500, reason: 'boom' } }, 1],
    [ok, 5],
  ];
  for (const locale of ['en', 'uk', 'ru'] as const) {
    const t = translator(locale);
    const current = syncLine(ok, 0, t).line;
    for (const [status, waiting] of states) {
      const { line } = syncLine(status, waiting, t);
      expect(line, `${locale} ${JSON.stringify(status)}`).not.toContain(current);
      expect(line).not.toMatch(/team\./u);
    }
  }
  const en = translator('en');
  expect(syncLine(states[0]?.[0], 2, en).line).toBe(
    'Offline: the firm’s server cannot be reached. Kartka tries again every minute. 2 changes waiting to be sent.',
  );
  expect(syncLine(states[2]?.[0], 0, en).line).toContain(
    'your level does not allow access to kartka-acme-u-ivan',
  );
  expect(syncLine(ok, 0, translator('uk')).line).toBe('Усе синхронізовано.');
});
