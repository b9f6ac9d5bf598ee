// The sync spends a quota in even steps (core/sync/quota.ts paceOf): never a minute's budget in one burst followed
// by a minute's wait on an alarm (the since-2026-05 bench trace of 2026-12-07), always a full metadata batch per
// step, and over any window no more than the budget.
import { describe, expect, test } from 'vitest';
import { gmailCostModel, spendableBudget, SYNC_LIMITS } from '../../../core/sync/limits';
import { paceOf, pacedRoom, pacedWait, spend, unitsInWindow, type Ledger } from '../../../core/sync/quota';

const T0 = Date.UTC(2026, 11, 7, 4);

describe('paced spending', () => {
  test.each(['before-2026-05', 'since-2026-05'])(
    '%s: a step fits a full batch and its wait stays in process',
    (id) => {
      const model = gmailCostModel(id);
      const budget = spendableBudget(model.perUser);
      const pace = paceOf(budget);
      const batch = SYNC_LIMITS.gmail.batchSize * (model.costs['messages.get'] ?? 0);
      expect(pace.limit).toBeGreaterThanOrEqual(batch);
      expect(pace.windowMs).toBeLessThanOrEqual(SYNC_LIMITS.scheduler.maxInProcessWaitMs);
    },
  );

  test('a runner spending greedily against the paced budget keeps every window within the budget, at its rate', () => {
    const budget = spendableBudget(gmailCostModel('since-2026-05').perUser);
    const cost = 1_000;
    let ledger: Ledger = [];
    const spends: [number, number][] = [];
    let now = T0;
    let waits = 0;
    while (now < T0 + 5 * 60_000) {
      const room = pacedRoom(ledger, budget, now);
      // As the Gmail planner sizes a batch: to the room, or a tenth of a full one to wait for.
      const units = room >= cost / 10 ? Math.min(cost, room - (room % 20)) : cost / 10;
      const wait = pacedWait(ledger, units, budget, now);
      if (wait > 0) {
        expect(wait).toBeLessThanOrEqual(paceOf(budget).windowMs);
        waits = Math.max(waits, wait);
        now += wait;
        continue;
      }
      ledger = spend(ledger, units, budget, now);
      spends.push([now, units]);
      expect(unitsInWindow(ledger, budget, now)).toBeLessThanOrEqual(budget.limit);
      now += 50;
    }
    // Never a minute's wait: every wait is a step's at most (in process, no alarm).
    expect(waits).toBeLessThanOrEqual(paceOf(budget).windowMs);
    // The rate over the last four minutes is the budget's rate, within one step.
    const units = spends.filter(([at]) => at > now - 4 * 60_000).reduce((n, [, u]) => n + u, 0);
    const rate = units / 240;
    const full = budget.limit / (budget.windowMs / 1000);
    expect(rate).toBeGreaterThan(full * 0.95);
    expect(rate).toBeLessThanOrEqual(full * 1.05);
  });
});
