// The runner the Microsoft Node suites drive: the real provider, store and PKCE tokens over the in-process fake,
// a virtual clock, no alarms (each suite calls run itself).
import type { SyncAccountId } from '../../../core/sync/account';
import {
  accessToken,
  renewSilently,
  type AuthDeps,
  type MicrosoftAuthConfig,
} from '../../../integrations/microsoft/auth';
import { microsoftProvider } from '../../../integrations/microsoft/provider';
import { SyncRunner } from '../../../integrations/sync/runner';
import type { SyncStore, Wake } from '../../../integrations/sync/types';
import type { VirtualClock } from '../sync/world';

export interface GraphRun {
  wire: typeof fetch;
  store: SyncStore;
  config: MicrosoftAuthConfig;
  auth: AuthDeps;
  clock: VirtualClock;
  /** Months of mail a full round logs; null: everything. */
  backfillMonths?: number | null;
  /** Where the runner's alarms go (none kept by default). */
  wake?: Wake;
}

/** A runner over the fake, as a worker would start one (a suite may stop it with `kill`). */
export function graphRunner(r: GraphRun): SyncRunner {
  return new SyncRunner({
    provider: microsoftProvider({ fetch: r.wire, now: r.clock.now }),
    store: r.store,
    tokens: {
      get: (a) => accessToken(a, r.config, r.auth),
      renew: (a) => renewSilently(a, r.config, r.auth),
    },
    clock: r.clock,
    wake: r.wake ?? { at: async () => undefined },
    settings: () =>
      Promise.resolve({
        gmailCostModel: 'since-2026-05',
        backfillMonths: r.backfillMonths ?? null,
        pollMinutes: 2,
      }),
  });
}

/** Runs the account once (expecting it to end caught up), then moves the clock a minute on. */
export async function runGraph(r: GraphRun, id: SyncAccountId, poll = true): Promise<void> {
  const end = await graphRunner(r).run(id, poll);
  if (end !== 'idle') throw new Error(`The Graph run ended ${end}, not caught up.`);
  r.clock.t += 60_000;
}
