// Spending quota units, not requests: a sliding-window ledger of what was spent and when, kept in storage so a
// restarted service worker does not burst through a minute's budget a second time.
import { SYNC_LIMITS, type QuotaBudget } from './limits';

/** What one account spent: `[at, units]`, oldest first, only entries still inside the window. */
export type Ledger = readonly (readonly [at: number, units: number])[];

/** Units spent within the window that ends at `now`. */
export function unitsInWindow(ledger: Ledger, budget: QuotaBudget, now: number): number {
  let sum = 0;
  for (const [at, units] of ledger) if (at > now - budget.windowMs) sum += units;
  return sum;
}

/**
 * How long to wait before `cost` more units fit in the budget (0: now). A cost larger than the whole budget
 * (never planned, but a ledger must not deadlock) waits until the window is empty.
 */
export function waitToSpend(ledger: Ledger, cost: number, budget: QuotaBudget, now: number): number {
  const live = ledger.filter(([at]) => at > now - budget.windowMs);
  let sum = live.reduce((s, [, units]) => s + units, 0);
  if (sum + cost <= budget.limit) return 0;
  for (const [at, units] of live) {
    sum -= units;
    if (sum + cost <= budget.limit || sum === 0) return Math.max(0, at + budget.windowMs - now);
  }
  return 0;
}

/** Spends are kept per cell of a grid this many to a window, so a ledger holds at most about as many entries. */
const CELLS_PER_WINDOW = 600;

/**
 * The ledger after spending `units` at `now`, with entries that left the window dropped. A spend is dated at the
 * end of its grid cell (a 600th of the window: 1 s of Graph's 10 minutes) and added to that cell's entry: counted
 * slightly longer than it lives, never shorter, and the ledger (read and written with every request) stays small
 * at 16 requests a second.
 */
export function spend(ledger: Ledger, units: number, budget: QuotaBudget, now: number): Ledger {
  const at = cellOf(budget, now);
  const live = ledger.filter(([t]) => t > now - budget.windowMs);
  const last = live[live.length - 1];
  if (last && last[0] === at) return [...live.slice(0, -1), [at, last[1] + units] as const];
  return [...live, [at, units] as const];
}

/** The end of the grid cell a spend at `at` is dated in. */
function cellOf(budget: QuotaBudget, at: number): number {
  const cell = Math.max(1, Math.floor(budget.windowMs / CELLS_PER_WINDOW));
  return Math.ceil(at / cell) * cell;
}

/**
 * The ledger after giving back `units` spent at `spentAt` for a request that never left (Kartka's own callers held
 * the account's request slots): taken from the cell that spend was dated in, never below nothing, the emptied
 * entry dropped. A spend already out of the ledger (its window passed) has nothing left to give back.
 */
export function refund(ledger: Ledger, units: number, budget: QuotaBudget, spentAt: number): Ledger {
  const at = cellOf(budget, spentAt);
  return ledger.flatMap(([t, u]) => {
    if (t !== at) return [[t, u] as const];
    const left = Math.max(0, u - units);
    return left > 0 ? [[t, left] as const] : [];
  });
}

/** The share of the budget in use at `now`, 0–1 (for the panel). */
export function quotaShare(ledger: Ledger, budget: QuotaBudget, now: number): number {
  return budget.limit > 0 ? Math.min(1, unitsInWindow(ledger, budget, now) / budget.limit) : 0;
}

/**
 * The even step a budget is spent in by the sync (SYNC_LIMITS.scheduler.paceParts): the same rate over a shorter
 * window. Spending against both the budget and its step keeps the rate of a sync at the quota without bursts.
 */
export function paceOf(budget: QuotaBudget): QuotaBudget {
  const parts = SYNC_LIMITS.scheduler.paceParts;
  return {
    windowMs: Math.ceil(budget.windowMs / parts),
    limit: Math.max(1, Math.floor(budget.limit / parts)),
  };
}

/** Units that may be spent now against a budget and its even step (the sync's room). */
export function pacedRoom(ledger: Ledger, budget: QuotaBudget, now: number): number {
  const pace = paceOf(budget);
  return Math.min(
    budget.limit - unitsInWindow(ledger, budget, now),
    pace.limit - unitsInWindow(ledger, pace, now),
  );
}

/** How long to wait before `cost` units fit both the budget and its even step. */
export function pacedWait(ledger: Ledger, cost: number, budget: QuotaBudget, now: number): number {
  return Math.max(waitToSpend(ledger, cost, budget, now), waitToSpend(ledger, cost, paceOf(budget), now));
}
