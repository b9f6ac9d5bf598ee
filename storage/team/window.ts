// The history window in the base: interactions dated before the window leave this browser (not the server: the
// transaction is marked as applying, so the outbox records no deletion), except those edited here and not yet
// pushed; and when the window widens, every replica is applied again from its start so that the history it
// already held comes back beside what the wider pull brings.
import type { InteractionId } from '../../core/ids';
import type { KartkaDB } from '../db';
import { markApplying } from './outbox-middleware';
import { TEAM_KEYS } from './rows';

/** Removes from the base the interactions dated before `start` that wait for no push; answers their ids. */
export async function pruneHistory(db: KartkaDB, start: number): Promise<InteractionId[]> {
  return db.transaction('rw', [db.interactions, db.teamOutbox, db.team], async (tx) => {
    markApplying(tx.idbtrans);
    const old = await db.interactions.where('at').below(start).primaryKeys();
    if (old.length === 0) return [];
    const pending = await db.teamOutbox.bulkGet(old.map((id) => `interactions:${id}`));
    const gone = old.filter((_, i) => pending[i] === undefined);
    await db.interactions.bulkDelete(gone);
    return gone;
  });
}

/** Forgets how far each replica was applied: the next sync applies them whole again (under the new window). */
export async function reapplyReplicas(db: KartkaDB, databases: readonly string[]): Promise<void> {
  await db.team.bulkDelete(databases.map((d) => TEAM_KEYS.applied(d)));
}
