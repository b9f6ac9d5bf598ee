// One in-flight gate per Microsoft account, shared by every Graph caller in the background: the sync's runner,
// the card from Graph, the folder picker and Teams on the card. Outlook allows 4 concurrent requests per app and
// mailbox (https://learn.microsoft.com/graph/throttling-limits, Outlook service limits; over it: 429
// "MailboxConcurrency"). Before, the sync kept its slots under a key of its own, so a card or a folder listing
// opened while the sync had its 4 requests out put a 5th on the wire. Slots are handed over in the order asked
// (a card waiting is served before the sync's next page), and a waiter that gets none within `waitMs` gives up
// with null, so its caller answers "busy, try again" in words instead of hanging. In memory only: a restarted
// worker has no request in flight.
import type { SyncAccountId } from '../../core/sync/account';
import { GRAPH_LIMITS } from '../../core/sync/microsoft/limits';

export type ReleaseSlot = () => void;

class AccountGate {
  private used = 0;
  private readonly waiting: ((release: ReleaseSlot) => void)[] = [];

  constructor(private readonly size: number) {}

  get inFlight(): number {
    return this.used;
  }

  get queued(): number {
    return this.waiting.length;
  }

  take(waitMs: number): Promise<ReleaseSlot | null> {
    if (this.used < this.size) {
      this.used++;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => {
      const give = (release: ReleaseSlot) => {
        clearTimeout(timer);
        resolve(release);
      };
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(give);
        if (at >= 0) this.waiting.splice(at, 1);
        resolve(null);
      }, waitMs);
      this.waiting.push(give);
    });
  }

  /** Releasing hands the slot straight to the first waiter (the count stays), or frees it. Twice is once. */
  private releaser(): ReleaseSlot {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      if (next) next(this.releaser());
      else this.used--;
    };
  }
}

const gates = new Map<string, AccountGate>();

function gateOf(account: SyncAccountId): AccountGate {
  let gate = gates.get(account);
  if (!gate) gates.set(account, (gate = new AccountGate(GRAPH_LIMITS.concurrentPerMailbox)));
  return gate;
}

/**
 * One of the account's slots, to hold while a request is out; null when none came free within `waitMs` (the
 * account is busy: say so and let the user or the alarm try again).
 */
export function takeGraphSlot(
  account: SyncAccountId,
  waitMs: number = GRAPH_LIMITS.slotWaitMs,
): Promise<ReleaseSlot | null> {
  return gateOf(account).take(waitMs);
}

/** Requests of this account in flight now. */
export function graphInFlight(account: SyncAccountId): number {
  return gates.get(account)?.inFlight ?? 0;
}

/** Requests of this account waiting for a slot now. */
export function graphWaiting(account: SyncAccountId): number {
  return gates.get(account)?.queued ?? 0;
}
