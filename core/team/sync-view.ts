// What the member's view says about the sync, from the stored status, the edits still waiting here and whether a
// page keeps it live. Pure: the page words the result. It never says "up to date" while an edit waits or the last
// sync failed (TEAM-RULES: a stuck sync says so).
import type { TeamProblem, TeamSyncStatus } from './membership';

export type SyncView =
  | { kind: 'never' }
  | { kind: 'syncing'; waiting: number }
  | { kind: 'live'; lastSyncAt: number }
  | { kind: 'current'; lastSyncAt: number }
  | { kind: 'waiting'; waiting: number; lastSyncAt?: number }
  | { kind: 'offline'; waiting: number; lastSyncAt?: number }
  | { kind: 'error'; problem: TeamProblem; waiting: number; lastSyncAt?: number };

/** The view of one status; `waiting` is the outbox's size, `live` whether live replication is running. */
export function syncView(status: TeamSyncStatus | undefined, waiting: number): SyncView {
  if (!status) return waiting > 0 ? { kind: 'waiting', waiting } : { kind: 'never' };
  const last = status.lastSyncAt === undefined ? {} : { lastSyncAt: status.lastSyncAt };
  if (status.state === 'syncing') return { kind: 'syncing', waiting };
  if (status.state === 'offline') return { kind: 'offline', waiting, ...last };
  if (status.state === 'error')
    return {
      kind: 'error',
      problem: status.problem ?? { code: 'server', status: 0, reason: '' },
      waiting,
      ...last,
    };
  // A refusal is not a stuck sync: the edit went to the owner as a note, and the view says so beside the state.
  if (status.problem && status.problem.code !== 'refused')
    return { kind: 'error', problem: status.problem, waiting, ...last };
  if (waiting > 0 || status.lastSyncAt === undefined) return { kind: 'waiting', waiting, ...last };
  return status.state === 'live'
    ? { kind: 'live', lastSyncAt: status.lastSyncAt }
    : { kind: 'current', lastSyncAt: status.lastSyncAt };
}
