// The sync state in words: never "up to date" while an edit waits here or the last sync failed (core/team/sync-view).
import type { Translate } from '../../../core/i18n';
import type { TeamProblem, TeamSyncStatus } from '../../../core/team/membership';
import { syncView } from '../../../core/team/sync-view';
import type { Formats } from '../format';

/** One problem in the member's words (the sentence after "The last sync failed:"). */
export function problemText(problem: TeamProblem, t: Translate): string {
  switch (problem.code) {
    case 'offline':
      return t('team.problem.offline');
    case 'unauthorized':
      return t('team.problem.unauthorized');
    case 'forbidden':
      return t('team.problem.forbidden', { database: problem.database });
    case 'server':
      return t('team.problem.server', { status: problem.status, reason: problem.reason });
    case 'refused':
      return t('team.problem.refused', { count: problem.count, reason: problem.reason });
  }
}

/** The state line of one status (exported for tests). */
export function syncLine(status: TeamSyncStatus | undefined, waiting: number, t: Translate) {
  const view = syncView(status, waiting);
  const waitingText =
    'waiting' in view && view.waiting > 0 ? t('team.sync.waiting', { count: view.waiting }) : '';
  switch (view.kind) {
    case 'never':
      return { view, tone: 'warn', line: t('team.sync.never') };
    case 'syncing':
      return { view, tone: 'busy', line: t('team.sync.syncing') };
    case 'live':
      return { view, tone: 'ok', line: t('team.sync.live') };
    case 'current':
      return { view, tone: 'ok', line: t('team.sync.current') };
    case 'waiting':
      return { view, tone: 'warn', line: waitingText || t('team.sync.never') };
    case 'offline':
      return { view, tone: 'warn', line: `${t('team.sync.offline')} ${waitingText}`.trim() };
    case 'error':
      return {
        view,
        tone: 'warn',
        line: `${t('team.sync.failed')} ${problemText(view.problem, t)} ${waitingText}`.trim(),
      };
  }
}

export function SyncState({
  status,
  waiting,
  f,
  t,
}: {
  status: TeamSyncStatus | undefined;
  waiting: number;
  f: Formats;
  t: Translate;
}) {
  const { view, tone, line } = syncLine(status, waiting, t);
  const last = status?.lastSyncAt;
  const refused = status?.problem?.code === 'refused' && view.kind !== 'error' ? status.problem : null;
  return (
    <div className="team-sync" data-testid="team-sync" data-state={view.kind}>
      <p className={`team-sync-line ${tone}`} role="status">
        {line}
      </p>
      {refused && <p className="muted">{problemText(refused, t)}</p>}
      <p className="muted" data-testid="team-last-sync">
        {t('team.lastSync')}: {last === undefined ? t('team.never') : f.dateTime(last)}
      </p>
    </div>
  );
}
