// Drives accounts the way the background does: run each; when a run ends waiting, jump the clock to its
// alarm (as Chrome would fire it) and run again; stop when every account is idle with nothing pending.
import type { SyncAccountId } from '../../../core/sync/account';
import { PROVIDERS } from '../../../core/sync/registry';
import type { RunEnd, SyncRunner } from '../../../integrations/sync/runner';
import type { World } from './world';

const PLANNERS = PROVIDERS.google?.planners ?? [];

/** Whether any of the account's streams (mail, contacts) still has work. */
export async function pendingWork(world: World, id: SyncAccountId): Promise<boolean> {
  const a = await world.db.syncAccounts.get(id);
  if (!a) return false;
  return PLANNERS.some((p) => {
    const state = a.streams[p.stream];
    return state ? p.hasWork(state.cursor) : false;
  });
}

export interface DriveOptions {
  /** Called before each round, with the runner about to be used (the fault suite kills runners from here). */
  onRound?: (round: number, runner: SyncRunner) => void | Promise<void>;
  /** A fresh runner per round (a worker woken by an alarm is a new worker). */
  freshRunner?: boolean;
  maxRounds?: number;
}

/** Runs until every account is idle and caught up; returns the rounds it took. */
export async function drive(
  world: World,
  ids: readonly SyncAccountId[],
  o: DriveOptions = {},
): Promise<number> {
  let runner = world.runner();
  for (let round = 1; round <= (o.maxRounds ?? 5_000); round++) {
    if (o.freshRunner) runner = world.runner();
    await o.onRound?.(round, runner);
    const ends: RunEnd[] = await Promise.all(ids.map((id) => runner.run(id)));
    const busy = await Promise.all(ids.map((id) => pendingWork(world, id)));
    if (ends.every((e) => e === 'idle') && busy.every((b) => !b)) return round;
    if (ends.some((e) => e === 'stopped')) {
      const accounts = await Promise.all(ids.map((id) => world.db.syncAccounts.get(id)));
      if (accounts.some((a) => a?.auth === 'reconnect')) throw new Error('an account needs reconnecting');
    }
    // The next alarm among the accounts that must wait; idle ones poll again at theirs.
    const next = Math.min(...ids.map((id) => world.alarms.get(id) ?? world.clock.t));
    world.clock.t = Math.max(world.clock.t, next);
  }
  throw new Error('the accounts did not settle');
}
