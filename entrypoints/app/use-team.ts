// The base page's view of the firm: membership, members, sync state and the edits waiting here (read live from
// the base), the team port that keeps replication live while the page is open, and the actions the background
// performs (join, leave, sync, audit). Owner and sharing changes are ordinary writes of the base (the outbox
// queues them; the background pushes them).
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import type { AdminOutcome, AdminRequest } from '../../core/team/admin';
import type { AuditEntry } from '../../core/team/audit';
import type { HistoryWindow } from '../../core/team/history-window';
import type { DirectoryMember, TeamMembership, TeamNotice, TeamSyncStatus } from '../../core/team/membership';
import type { Settings, Sharing } from '../../core/model';
import type { ClientRef } from '../../storage/people';
import { send } from '../../integrations/messaging/client';
import { TEAM_LIVE_PORT } from '../../integrations/messaging/protocol';
import type { JoinInput, JoinPreview } from '../../integrations/team/join';
import { exportBackup, sealedBackupParts } from '../../storage/backup';
import { db } from '../../storage/db';
import { setOwner, setSharing } from '../../storage/team/ownership';
import { dismissNotice, readTeam } from '../../storage/team/state';
import { saveFile, stamp } from './import-export/files';

export interface TeamState {
  membership: TeamMembership | undefined;
  status: TeamSyncStatus | undefined;
  members: DirectoryMember[];
  notice: TeamNotice | undefined;
  /** Edits made here and not yet on the server. */
  waiting: number;
  /** How much history this browser keeps. */
  window: HistoryWindow;
}

/** The firm as this browser knows it (undefined while it is read). */
export function useTeam(): TeamState | undefined {
  return useLiveQuery(async () => {
    const [membership, status, members, notice, waiting, kept] = await Promise.all([
      readTeam(db, 'membership'),
      readTeam(db, 'status'),
      readTeam(db, 'members'),
      readTeam(db, 'notice'),
      db.teamOutbox.count(),
      readTeam(db, 'window'),
    ]);
    return { membership, status, members: members ?? [], notice, waiting, window: kept?.chosen ?? 'all' };
  }, []);
}

/** How soon the page holds the team port again after the worker dropped it (the sidebar waits as long). */
const RECONNECT_MS = 250;

/**
 * Holds the team port while the page is open: the background syncs now and replicates live until it closes. MV3
 * stops an idle service worker and the port drops with it; connecting again wakes it and live resumes.
 */
export function useTeamLive(): void {
  useEffect(() => {
    let port: ReturnType<typeof browser.runtime.connect> | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const connect = () => {
      port = browser.runtime.connect({ name: TEAM_LIVE_PORT });
      port.onDisconnect.addListener(() => {
        port = null;
        if (!stopped) retry = setTimeout(connect, RECONNECT_MS);
      });
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      port?.disconnect();
    };
  }, []);
}

/** The actions of Settings → Team, the card and the list. */
export const teamActions = {
  preview: (input: JoinInput): Promise<JoinPreview> => send('team.preview', input),
  join: (input: JoinInput) => send('team.join', input),
  leave: () => send('team.leave', {}),
  syncNow: () => send('team.sync', {}),
  audit: (): Promise<AuditEntry[]> => send('team.audit', {}),
  setWindow: (window: HistoryWindow) => send('team.window', { window }),
  admin: (request: AdminRequest): Promise<AdminOutcome> => send('team.admin', request),
  dismissNotice: () => dismissNotice(db),
  /** Saves the base as it is now as a backup file (the step before joining); answers the file's name. */
  async backup(settings: Settings): Promise<string> {
    const now = Date.now();
    const name = `kartka-backup-${stamp(now)}.json`;
    saveFile(name, await sealedBackupParts(await exportBackup(db, now, settings)), 'application/json');
    return name;
  },
  handOver: (refs: readonly ClientRef[], to: DirectoryMember) =>
    setOwner(db, refs, { name: to.name, displayName: to.displayName }, Date.now()),
  share: (ref: ClientRef, sharing: Sharing | null) => setSharing(db, ref, sharing, Date.now()),
};
