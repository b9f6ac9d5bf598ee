// What the panel says about an account, from stored state: never "up to date" while work is pending, a check
// is old, or a resync keeps repeating.
import { describe, expect, test } from 'vitest';
import { newAccount, newStream, type StreamState, type SyncAccount } from '../../../core/sync/account';
import { gmailPlanner, type GmailCursor } from '../../../core/sync/google/gmail-plan';
import { gmailCostModel, spendableBudget } from '../../../core/sync/limits';
import { describeSync, needsAttention, rateFrom, type StreamView } from '../../../core/sync/status';

const NOW = Date.UTC(2026, 9, 2, 12);
const MIN = 60_000;
const quota = { name: 'gmail', budget: spendableBudget(gmailCostModel('since-2026-05').perUser) };
const base = gmailPlanner.initial({ backfillFrom: null, costs: {} });
const full: GmailCursor = { ...base, phase: 'full', estimate: 10_000, done: 2_500, pending: ['a'] };
const idle: GmailCursor = { ...base, phase: 'partial', historyId: '9', done: 10_000, estimate: 10_000 };

function view(cursor: GmailCursor, stream: Partial<StreamState> = {}, account: Partial<SyncAccount> = {}) {
  const state: StreamState = { ...newStream(cursor, NOW - 60 * MIN), ...stream };
  const a: SyncAccount = {
    ...newAccount('google', 'ivan@kartka.ua', [], { mail: state }, NOW - 60 * MIN),
    ...account,
  };
  const streams: StreamView[] = [
    { stream: 'mail', progress: gmailPlanner.progress(cursor), hasWork: gmailPlanner.hasWork(cursor), state },
  ];
  return describeSync(a, streams, quota, 2 * MIN, NOW);
}

describe('the state in words', () => {
  test('connecting before the first answer', () => {
    expect(view(base).state).toBe('connecting');
  });

  test('full sync with progress, rate and ETA', () => {
    const v = view(full, {
      advancedAt: NOW - MIN,
      samples: [
        [NOW - 5 * MIN, 1_500],
        [NOW - MIN, 2_500],
      ],
    });
    expect(v).toMatchObject({
      state: 'full-sync',
      synced: 2_500,
      estimate: 10_000,
      ratePerMinute: 250,
      stuck: null,
    });
    expect(v.etaMs).toBe(30 * MIN);
  });

  test('up to date only with a recent successful check', () => {
    expect(view(idle, { caughtUpAt: NOW - MIN, advancedAt: NOW - MIN }).state).toBe('up-to-date');
    const stale = view(idle, { caughtUpAt: NOW - 30 * MIN, advancedAt: NOW - 30 * MIN });
    expect(stale.state).not.toBe('up-to-date');
    expect(stale.stuck).toMatchObject({ why: 'not-running' });
  });

  test('backing off until a time; needs reconnect; error for a refusal; paused', () => {
    const failure = { kind: 'rate' as const, status: 429 };
    const b = view(
      full,
      { advancedAt: NOW - MIN },
      { backoff: { until: NOW + 5 * MIN, attempt: 2, failure }, lastFailure: { failure, at: NOW } },
    );
    expect(b).toMatchObject({ state: 'backing-off', backoffUntil: NOW + 5 * MIN });
    expect(view(full, {}, { auth: 'reconnect' }).state).toBe('needs-reconnect');
    const denied = { kind: 'denied' as const, status: 403, reason: 'insufficientPermissions' };
    expect(
      view(
        full,
        {},
        {
          backoff: { until: NOW + MIN, attempt: 1, failure: denied },
          lastFailure: { failure: denied, at: NOW },
        },
      ).state,
    ).toBe('error');
    expect(view(full, {}, { paused: true })).toMatchObject({ state: 'paused', stuck: null });
  });

  test('stuck: no cursor moved for 15 minutes with work pending, and why', () => {
    const failure = { kind: 'server' as const, status: 503 };
    const failing = view(full, { advancedAt: NOW - 20 * MIN }, { lastFailure: { failure, at: NOW - MIN } });
    expect(failing.stuck).toEqual({ since: NOW - 20 * MIN, why: 'failing' });
    expect(failing.state).toBe('full-sync');
    const still = view(full, { advancedAt: NOW - 20 * MIN }, { lastSuccessAt: NOW - MIN });
    expect(still.stuck?.why).toBe('no-progress');
    expect(needsAttention(still)).toBe(true);
  });

  test('a resync loop is stuck even while each pass moves', () => {
    const v = view(
      { ...full, resync: true },
      { advancedAt: NOW, restarts: [NOW - 40 * MIN, NOW - 20 * MIN, NOW - MIN] },
    );
    expect(v.stuck?.why).toBe('resync-loop');
    expect(v.resync).toBe(true);
  });
});

test('the rate restarts after a pass restarts', () => {
  expect(
    rateFrom(
      [
        [NOW - 4 * MIN, 900],
        [NOW - 3 * MIN, 10],
        [NOW - MIN, 210],
      ],
      NOW,
    ),
  ).toBe(100);
  expect(rateFrom([[NOW - MIN, 5]], NOW)).toBeNull();
});
