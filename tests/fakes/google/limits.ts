// What the fake Google enforces per user: quota units within a sliding window (each method at its documented
// price), a cap on concurrent requests, and the waits it asked for; plus a seeded schedule of injected faults.
import { seeded } from '../prng';

export interface UserQuota {
  windowMs: number;
  limit: number;
}

/** One user's quota and concurrency, and what the fake saw of the client's manners. */
export class UserLimits {
  private spends: [number, number][] = [];
  inFlight = 0;
  units = 0;
  /** Requests refused because the quota was spent (the client's ledger was wrong if this is not 0). */
  quotaRefusals = 0;
  concurrencyRefusals = 0;

  constructor(
    readonly quota: UserQuota,
    readonly maxConcurrent: number,
  ) {}

  private used(now: number): number {
    this.spends = this.spends.filter(([at]) => at > now - this.quota.windowMs);
    return this.spends.reduce((s, [, u]) => s + u, 0);
  }

  /** Charges `units` now, or says when enough of the window will have passed. */
  charge(units: number, now: number): { ok: true } | { ok: false; retryAt: number } {
    const used = this.used(now);
    if (used + units <= this.quota.limit) {
      this.spends.push([now, units]);
      this.units += units;
      return { ok: true };
    }
    let left = used;
    for (const [at, u] of this.spends) {
      left -= u;
      if (left + units <= this.quota.limit) return { ok: false, retryAt: at + this.quota.windowMs };
    }
    return { ok: false, retryAt: now + this.quota.windowMs };
  }
}

export type FaultKind =
  | 'rate-429'
  | 'usage-403'
  | 'server-500'
  | 'server-503'
  | 'auth-401'
  | 'drop'
  | 'concurrent-429'
  | 'history-404'
  | 'expired-sync-token';

/** Faults that may hit one call inside a batch (a dropped connection or a lost cursor concern whole requests). */
const INNER: readonly FaultKind[] = ['rate-429', 'usage-403', 'server-500', 'server-503', 'auth-401'];

export interface FaultPlanOptions {
  seed: number;
  /** The chance that a call gets a fault while the budget lasts. */
  rate: number;
  /** How many faults to inject in all. */
  budget: number;
  /** Relative weights of the kinds that can hit any call. */
  weights: Partial<Record<FaultKind, number>>;
}

/** A reproducible fault schedule: each call draws from the same seeded sequence. */
export class FaultPlan {
  readonly injected: Record<FaultKind, number> = {
    'rate-429': 0,
    'usage-403': 0,
    'server-500': 0,
    'server-503': 0,
    'auth-401': 0,
    drop: 0,
    'concurrent-429': 0,
    'history-404': 0,
    'expired-sync-token': 0,
  };
  private readonly random: () => number;
  total = 0;

  constructor(private readonly o: FaultPlanOptions) {
    this.random = seeded(o.seed);
  }

  /** A fault for the next call, or null. `where`: a whole request or one call inside a batch. */
  next(where: 'request' | 'inner', allowed?: readonly FaultKind[]): FaultKind | null {
    if (this.total >= this.o.budget || this.random() >= this.o.rate) return null;
    const kinds = (Object.keys(this.o.weights) as FaultKind[]).filter(
      (k) => (where === 'request' || INNER.includes(k)) && (!allowed || allowed.includes(k)),
    );
    const sum = kinds.reduce((s, k) => s + (this.o.weights[k] ?? 0), 0);
    if (sum <= 0) return null;
    let roll = this.random() * sum;
    for (const k of kinds) {
      roll -= this.o.weights[k] ?? 0;
      if (roll < 0) return this.record(k);
    }
    return null;
  }

  /** Counts a fault injected outside the per-call draw (a scheduled history expiry). */
  record(kind: FaultKind): FaultKind {
    this.injected[kind]++;
    this.total++;
    return kind;
  }

  /** A fault drawn as one kind was served as another (its circumstances did not allow the first). */
  recount(from: FaultKind, to: FaultKind): void {
    this.injected[from]--;
    this.injected[to]++;
  }

  /** A draw in [0, 1) from the schedule's sequence (for a fault's own details, e.g. its Retry-After). */
  draw(): number {
    return this.random();
  }
}
