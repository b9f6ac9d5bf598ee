// Seeded faults for the fake Microsoft: the same seed gives the same schedule, so a failing run replays.
// A fault is drawn per request among the kinds that make sense for it, until the budget is spent.
import { seeded } from '../prng';

/** What the fake can do wrong, each as Microsoft does it (see graph.ts for the wire shapes). */
export type GraphFault =
  | 'throttle' // 429 ApplicationThrottled with Retry-After
  | 'concurrency' // 429 "Application is over its MailboxConcurrency limit."
  | 'unavailable' // 503 with Retry-After
  | 'drop' // the connection is cut before any answer
  | 'expiredToken' // 401 InvalidAuthenticationToken: the access token is no longer valid
  | 'syncStateNotFound' // the delta/skip token is gone from the mailbox's token cache
  | 'resyncRequired' // 410 Gone with a Location to start over
  | 'replay' // the page repeats items already sent
  | 'batchInner429'; // a $batch answers 200 with some inner 429s

/** Where a request sits: faults are drawn only among the kinds that fit it. */
export type RequestKind = 'delta' | 'batch' | 'other';

const FITS: Record<GraphFault, readonly RequestKind[]> = {
  throttle: ['delta', 'batch', 'other'],
  concurrency: ['delta', 'batch', 'other'],
  unavailable: ['delta', 'batch', 'other'],
  drop: ['delta', 'batch', 'other'],
  expiredToken: ['delta', 'batch', 'other'],
  syncStateNotFound: ['delta'],
  resyncRequired: ['delta'],
  replay: ['delta'],
  batchInner429: ['batch'],
};

export interface FaultPlan {
  seed: number;
  /** Chance that a request is faulted, 0..1. */
  rate: number;
  /** How many faults in all; none after that. */
  budget: number;
  /** The kinds to draw from (default: all). */
  kinds?: readonly GraphFault[];
  /** At most this many of a kind (e.g. few forgotten tokens: each costs a whole folder again). */
  caps?: Partial<Record<GraphFault, number>>;
}

/** The shared seeded PRNG (tests/fakes/prng.ts), under the name the Microsoft suites use. */
export const seededRandom = seeded;

export class FaultSchedule {
  readonly injected = new Map<GraphFault, number>();
  private readonly random: () => number;
  private spent = 0;

  constructor(private readonly plan: FaultPlan) {
    this.random = seededRandom(plan.seed);
  }

  get total(): number {
    return this.spent;
  }

  get remaining(): number {
    return Math.max(0, this.plan.budget - this.spent);
  }

  /** The fault for this request, if one is due. */
  draw(kind: RequestKind, exclude: ReadonlySet<GraphFault> = new Set()): GraphFault | null {
    if (this.spent >= this.plan.budget || this.random() >= this.plan.rate) return null;
    const caps = this.plan.caps ?? {};
    const kinds = (this.plan.kinds ?? (Object.keys(FITS) as GraphFault[])).filter(
      (k) => FITS[k].includes(kind) && !exclude.has(k) && (this.injected.get(k) ?? 0) < (caps[k] ?? Infinity),
    );
    const fault = kinds[Math.floor(this.random() * kinds.length)];
    if (!fault) return null;
    this.spent++;
    this.injected.set(fault, (this.injected.get(fault) ?? 0) + 1);
    return fault;
  }
}
