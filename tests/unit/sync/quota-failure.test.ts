// The scheduler's arithmetic (quota units over a sliding window) and what a failed request means.
import { describe, expect, test } from 'vitest';
import { backoffDelay, parseRetryAfter, restartDelay, type Failure } from '../../../core/sync/failure';
import { googleFailure } from '../../../core/sync/google/errors';
import { gmailCostModel, spendableBudget, SYNC_LIMITS } from '../../../core/sync/limits';
import { t } from '../../../core/i18n';
import { failureText } from '../../../core/i18n/sync-text';
import { classifyGraphError, GRAPH_BUSY, GRAPH_NOT_NOW } from '../../../core/sync/microsoft/errors';
import { quotaShare, refund, spend, unitsInWindow, waitToSpend, type Ledger } from '../../../core/sync/quota';
import { ERRORS, googleErrorBody } from '../../fakes/google/errors';

const T = 1_800_000_000_000;
const budget = { windowMs: 60_000, limit: 1_000 };

describe('quota ledger', () => {
  test.each([
    ['empty ledger, small cost', [], 250, 0],
    ['room left', [[T - 10_000, 500]], 500, 0],
    ['full: wait until the oldest spend leaves the window', [[T - 10_000, 900]], 200, 50_000],
    [
      'two spends: the first leaving is enough',
      [
        [T - 50_000, 400],
        [T - 5_000, 500],
      ],
      300,
      10_000,
    ],
    [
      'two spends: both must leave',
      [
        [T - 50_000, 400],
        [T - 5_000, 500],
      ],
      700,
      55_000,
    ],
    ['spends older than the window do not count', [[T - 61_000, 1_000]], 1_000, 0],
  ] as [string, Ledger, number, number][])('%s', (_name, ledger, cost, wait) => {
    expect(waitToSpend(ledger, cost, budget, T)).toBe(wait);
  });

  test('spending drops what left the window and the share follows', () => {
    let ledger: Ledger = [[T - 70_000, 800]];
    ledger = spend(ledger, 250, budget, T);
    expect(ledger).toEqual([[T, 250]]);
    expect(unitsInWindow(ledger, budget, T + 30_000)).toBe(250);
    expect(quotaShare(ledger, budget, T)).toBe(0.25);
  });

  test('both Gmail cost models price a batch of 50 metadata gets as documented', () => {
    const before = gmailCostModel('before-2026-05');
    const since = gmailCostModel('since-2026-05');
    expect(50 * (before.costs['messages.get'] ?? 0)).toBe(250);
    expect(50 * (since.costs['messages.get'] ?? 0)).toBe(1_000);
    expect(spendableBudget(before.perUser)).toEqual({ windowMs: 61_000, limit: 14_250 });
    expect(spendableBudget(since.perUser)).toEqual({ windowMs: 61_000, limit: 5_700 });
    expect(gmailCostModel('nonsense')).toBe(gmailCostModel(SYNC_LIMITS.gmail.defaultCostModel));
  });
});

describe('failures', () => {
  test.each([
    ['seconds', '30', 30_000],
    ['an HTTP date', new Date(T + 12_000).toUTCString(), 12_000],
    ['a date in the past', new Date(T - 5_000).toUTCString(), 0],
    ['garbage', 'soon', undefined],
    ['absurdly long: clamped', '999999', SYNC_LIMITS.backoff.maxRetryAfterMs],
  ])('Retry-After as %s', (_name, value, ms) => {
    expect(parseRetryAfter(value, T)).toBe(ms);
  });

  test('backoff grows with attempts, stays within its ceiling, and never undercuts Retry-After', () => {
    const rate: Failure = { kind: 'rate', status: 429 };
    const waits = [1, 2, 3, 4].map((n) => backoffDelay(rate, n, 0.5));
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(backoffDelay(rate, 40, 0.99)).toBeLessThanOrEqual(SYNC_LIMITS.backoff.maxMs);
    expect(backoffDelay({ ...rate, retryAfterMs: 45_000 }, 1, 0)).toBe(45_000);
    expect(backoffDelay({ kind: 'denied', status: 403 }, 1, 0)).toBe(SYNC_LIMITS.backoff.deniedRetryMs);
    expect([1, 2, 3, 4].map(restartDelay)).toEqual([0, 60_000, 120_000, 240_000]);
  });

  const body = (spec: Parameters<typeof googleErrorBody>[0]) => JSON.parse(googleErrorBody(spec)) as unknown;
  test.each([
    ['429 rate limit', 429, body(ERRORS.userRateLimit(T, 429)), 'other', 'rate'],
    ['403 usageLimits is a rate limit too', 403, body(ERRORS.userRateLimit(T, 403)), 'other', 'rate'],
    ['403 without usageLimits is a refusal', 403, body(ERRORS.insufficientScope()), 'other', 'denied'],
    ['401', 401, body(ERRORS.unauthenticated()), 'other', 'auth'],
    ['404 on history: the cursor is gone', 404, body(ERRORS.notFound()), 'history', 'cursor-gone'],
    ['404 elsewhere is a refusal', 404, body(ERRORS.notFound()), 'other', 'denied'],
    ['400 EXPIRED_SYNC_TOKEN on contacts', 400, body(ERRORS.expiredSyncToken()), 'contacts', 'cursor-gone'],
    ['400 other', 400, body(ERRORS.invalidArgument('bad')), 'contacts', 'denied'],
    ['500', 500, body(ERRORS.backend(500)), 'other', 'server'],
    ['503 as plain text', 503, 'Service Unavailable', 'other', 'server'],
  ] as const)('%s', (_name, status, b, call, kind) => {
    expect(googleFailure(status, b, null, call, T).kind).toBe(kind);
  });

  test('a failure keeps the reason and the wait Google gave', () => {
    const f = googleFailure(429, body(ERRORS.userRateLimit(T, 429)), '7', 'other', T);
    expect(f).toMatchObject({ kind: 'rate', status: 429, reason: 'rateLimitExceeded', retryAfterMs: 7_000 });
    expect(f.message).toMatch(/User-rate limit exceeded/u);
  });
});

describe('Kartka’s own "busy" (a request that never left)', () => {
  test('a spend given back leaves its cell, and nothing else', () => {
    const graph = { windowMs: 600_000, limit: 10_000 };
    // Spends are dated per second of Graph's 10 minutes: three at one instant share a cell.
    let ledger = spend(spend(spend([], 1, graph, T - 5_000), 1, graph, T), 2, graph, T);
    expect(unitsInWindow(ledger, graph, T)).toBe(4);
    ledger = refund(ledger, 1, graph, T);
    expect(unitsInWindow(ledger, graph, T)).toBe(3);
    ledger = refund(ledger, 5, graph, T);
    expect(ledger).toEqual([[T - 5_000, 1]]);
    // Nothing of that instant is left to give back: the ledger stays.
    expect(refund(ledger, 1, graph, T)).toEqual(ledger);
  });

  test('Graph’s local 429 for a request that got no slot is busy, not a wait Microsoft asked for', () => {
    const busy = classifyGraphError(429, { error: { code: GRAPH_BUSY, message: 'x' } }, '2', T);
    expect(busy).toMatchObject({ kind: 'busy', status: 429, reason: GRAPH_BUSY, retryAfterMs: 2_000 });
    const notNow = classifyGraphError(429, { error: { code: GRAPH_NOT_NOW } }, null, T);
    expect(notNow.kind).toBe('rate');
    // In words, if the panel ever shows it: busy with Kartka's own requests; never "asked to wait"/"slow down".
    for (const locale of ['en', 'uk', 'ru'] as const) {
      const text = failureText(busy, (key, params) => t(locale, key, params));
      expect(text).toMatch(/Kartka/u);
      expect(text).not.toMatch(/Google|Microsoft|slow|wait|сповільн|замедл/iu);
    }
    expect(failureText(busy, (key, params) => t('en', key, params))).toMatch(/busy with its other requests/u);
  });
});
