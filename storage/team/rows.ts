// The rows of the `team` and `teamOutbox` tables (schema v12) and typed access to them.
import type { DirectoryMember, TeamMembership, TeamNotice, TeamSyncStatus } from '../../core/team/membership';
import type { SyncedTable } from '../../core/team/documents';
import type { HistoryWindow } from '../../core/team/history-window';

/** Key/value rows of the `team` table. */
export interface TeamRow {
  key: string;
  value: unknown;
}

/** One record written here and not yet in its replica. */
export interface OutboxRow {
  /** `<table>:<id>`, the record's document id. */
  key: string;
  table: SyncedTable;
  id: string;
  /** When the record was last written here: an entry is acknowledged only if no write came after it was read. */
  at: number;
  /**
   * For each field changed here since the last push, when it had last changed before that: a field changed on
   * the other side after this time was changed on both sides.
   */
  base: Record<string, number>;
}

/** The keys of the `team` table's rows. */
export const TEAM_KEYS = {
  membership: 'membership',
  status: 'status',
  members: 'members',
  notice: 'notice',
  /** The history window this browser keeps (issue 21b). */
  window: 'window',
  /** How far the local replica of one database has been applied to the base (its local update sequence). */
  applied: (database: string) => `applied:${database}`,
} as const;

export interface TeamValues {
  membership: TeamMembership;
  status: TeamSyncStatus;
  members: DirectoryMember[];
  notice: TeamNotice;
  /** The window the member chose, and the start the base holds now (undefined: the whole history, as before). */
  window: { chosen: HistoryWindow; appliedStart?: number | null };
}
