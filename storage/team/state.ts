// Typed access to the `team` table, and the wipe of the whole base when a member leaves or is let go.
import type { TeamNotice } from '../../core/team/membership';
import type { KartkaDB } from '../db';
import { TEAM_KEYS, type TeamValues } from './rows';

/** One of the team table's typed rows. */
export async function readTeam<K extends keyof TeamValues>(
  db: KartkaDB,
  key: K,
): Promise<TeamValues[K] | undefined> {
  return (await db.team.get(TEAM_KEYS[key]))?.value as TeamValues[K] | undefined;
}

export async function writeTeam<K extends keyof TeamValues>(
  db: KartkaDB,
  key: K,
  value: TeamValues[K],
): Promise<void> {
  await db.team.put({ key: TEAM_KEYS[key], value });
}

/**
 * Empties every table of the base in one transaction and leaves only the notice saying why: after off-boarding
 * nothing of the firm's base stays in this browser, and the extension can tell the person what happened.
 */
export async function wipeBase(db: KartkaDB, notice: TeamNotice): Promise<void> {
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    await db.team.put({ key: TEAM_KEYS.notice, value: notice });
  });
}

/** The person has read why the base was removed. */
export async function dismissNotice(db: KartkaDB): Promise<void> {
  await db.team.delete(TEAM_KEYS.notice);
}
