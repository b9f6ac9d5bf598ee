// The runner's pipelining of streams whose next request is named by each answer (integrations/sync/runner.ts).

/** How a sent op ended: its answer stored, a failure (recorded, or an answer dropped), or the user must reconnect. */
export type Outcome = 'applied' | 'failed' | 'stop';

/**
 * Pipelined streams (planners with `ahead`, e.g. a Graph delta whose next link comes with each page): the next
 * request leaves while the answer before it is stored. Per stream: the cursor the latest answer will leave, and
 * the answers' store turns in the order they came; once a turn fails, later answers are dropped (they do not
 * follow from the stored cursor) until the stream has nothing in flight and plans from storage again.
 */
export class Pipeline {
  private readonly streams = new Map<string, { cursor: unknown; tail: Promise<Outcome>; broken: boolean }>();
  private wake: { promise: Promise<void>; resolve: () => void } | null = null;
  private turns: (() => void)[] = [];

  /** Resolves when the next answer arrives. */
  arrival(): Promise<void> {
    if (!this.wake) {
      const wake: { promise: Promise<void>; resolve: () => void } = {
        promise: Promise.resolve(),
        resolve: () => undefined,
      };
      wake.promise = new Promise<void>((r) => (wake.resolve = r));
      this.wake = wake;
    }
    return this.wake.promise;
  }

  arrived(): void {
    this.wake?.resolve();
    this.wake = null;
  }

  /** The cursor to plan from, while at most `storing` answers of the stream (one) wait to be stored. */
  cursor(stream: string, storing: number): { cursor: unknown } | null {
    const s = this.streams.get(stream);
    return s && !s.broken && storing <= 1 ? { cursor: s.cursor } : null;
  }

  /**
   * The loop has planned since the last answer (sent the next request, or found it must wait): a queued store
   * turn starts only then, so the next request's quota is recorded before the store's transaction takes the
   * account (both write it, and a transaction waits for the one before it).
   */
  passed(): void {
    const turns = this.turns;
    this.turns = [];
    for (const go of turns) go();
  }

  /** Queues an answer's store turn after the stream's previous one; `after`: the cursor it will leave. */
  queue(stream: string, after: unknown, store: () => Promise<Outcome>): Promise<Outcome> {
    const s = this.streams.get(stream) ?? {
      cursor: after,
      tail: Promise.resolve<Outcome>('applied'),
      broken: false,
    };
    if (s.broken) return Promise.resolve('failed');
    s.cursor = after;
    const planned = new Promise<void>((go) => this.turns.push(go));
    const turn = Promise.all([s.tail, planned]).then(([before]) =>
      before === 'applied' && !s.broken ? store() : 'failed',
    );
    s.tail = turn.then(
      (outcome) => {
        if (outcome !== 'applied') this.broken(stream);
        return outcome;
      },
      () => {
        this.broken(stream);
        return 'failed' as const;
      },
    );
    this.streams.set(stream, s);
    return turn;
  }

  /** Resolves once the answers queued for the stream so far are stored (or dropped). */
  stored(stream: string): Promise<void> {
    const s = this.streams.get(stream);
    return s ? s.tail.then(() => undefined) : Promise.resolve();
  }

  /** An op of the stream failed: plan from storage again. */
  broken(stream: string): void {
    const s = this.streams.get(stream);
    if (s) s.broken = true;
  }

  /** The stream has nothing in flight. */
  forget(stream: string): void {
    this.streams.delete(stream);
  }
}
