// Outlook's per app + mailbox limits, as https://learn.microsoft.com/graph/throttling-limits#outlook-service-limits
// states them: 10,000 API requests in a 10-minute period and 4 concurrent requests. Every request counts
// toward the budget, including the ones refused ("all requests accrue against your usage limits").

export interface MailboxLimits {
  concurrency: number;
  budget: number;
  windowMs: number;
}

export const OUTLOOK_LIMITS: MailboxLimits = { concurrency: 4, budget: 10_000, windowMs: 10 * 60_000 };

export interface ThrottleStats {
  requests: number;
  concurrency429: number;
  budget429: number;
  maxInFlight: number;
  /**
   * Requests that came while an earlier 429's Retry-After still held, later than `graceMs` after that 429 was
   * sent (a request already on its way when the 429 left is not the client ignoring it).
   */
  beforeRetryAfter: number;
}

export type Admission =
  { ok: true; release: () => void } | { ok: false; kind: 'concurrency' | 'budget'; retryAfterS: number };

class MailboxState {
  inFlight = 0;
  readonly times: number[] = [];
  head = 0;
  waitUntil = 0;
  toldAt = 0;
}

export class MailboxThrottle {
  private readonly boxes = new Map<string, MailboxState>();
  readonly stats: ThrottleStats = {
    requests: 0,
    concurrency429: 0,
    budget429: 0,
    maxInFlight: 0,
    beforeRetryAfter: 0,
  };

  constructor(
    readonly limits: MailboxLimits = OUTLOOK_LIMITS,
    private readonly clock: () => number = Date.now,
    private readonly graceMs = 250,
  ) {}

  private box(key: string): MailboxState {
    let s = this.boxes.get(key);
    if (!s) this.boxes.set(key, (s = new MailboxState()));
    return s;
  }

  /** Counts the request and lets it in, or says why not and for how long. */
  admit(key: string): Admission {
    const now = this.clock();
    const s = this.box(key);
    this.stats.requests++;
    if (now < s.waitUntil && now > s.toldAt + this.graceMs) this.stats.beforeRetryAfter++;
    s.times.push(now);
    while (s.head < s.times.length && (s.times[s.head] ?? 0) <= now - this.limits.windowMs) s.head++;
    if (s.head > 4096) {
      s.times.splice(0, s.head);
      s.head = 0;
    }
    const inWindow = s.times.length - s.head;
    if (inWindow > this.limits.budget) {
      this.stats.budget429++;
      const oldest = s.times[s.times.length - this.limits.budget] ?? now;
      const retryAfterS = Math.max(1, Math.ceil((oldest + this.limits.windowMs - now) / 1000));
      this.wait(s, now, retryAfterS);
      return { ok: false, kind: 'budget', retryAfterS };
    }
    if (s.inFlight >= this.limits.concurrency) {
      this.stats.concurrency429++;
      this.wait(s, now, 1);
      return { ok: false, kind: 'concurrency', retryAfterS: 1 };
    }
    s.inFlight++;
    this.stats.maxInFlight = Math.max(this.stats.maxInFlight, s.inFlight);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        s.inFlight--;
      },
    };
  }

  /** A fault's 429 also tells the client to wait. */
  told(key: string, retryAfterS: number): void {
    this.wait(this.box(key), this.clock(), retryAfterS);
  }

  private wait(s: MailboxState, now: number, retryAfterS: number): void {
    s.waitUntil = Math.max(s.waitUntil, now + retryAfterS * 1000);
    s.toldAt = now;
  }
}
