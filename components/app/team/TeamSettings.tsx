// Settings → Team: a single user joins a firm (TeamJoin); a member sees their firm, level, sync state and last
// sync and may leave; an admin also sees the members with their levels, manages them (AdminActions: invite, level,
// off-board, with the server admin's credentials), the equivalent provisioning command, and the audit log.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import { auditDetails, type AuditEntry } from '../../../core/team/audit';
import type { DirectoryMember, TeamMembership, TeamSyncStatus } from '../../../core/team/membership';
import type { Formats } from '../format';
import { AdminActions, type AdminActionsProps } from './AdminActions';
import { HistoryWindowField, type HistoryWindowFieldProps } from './HistoryWindowField';
import { SyncState } from './SyncState';
import { TeamJoin, type TeamJoinProps } from './TeamJoin';

export interface TeamSettingsProps extends Omit<TeamJoinProps, 't'> {
  membership: TeamMembership | undefined;
  status: TeamSyncStatus | undefined;
  members: DirectoryMember[];
  waiting: number;
  syncNow: () => Promise<unknown>;
  leave: () => Promise<unknown>;
  audit: () => Promise<AuditEntry[]>;
  admin: AdminActionsProps['run'];
  window: HistoryWindowFieldProps['window'];
  setWindow: HistoryWindowFieldProps['setWindow'];
  f: Formats;
  t: Translate;
}

function AuditLog({ audit, f, t }: Pick<TeamSettingsProps, 'audit' | 'f' | 't'>) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = () => {
    setBusy(true);
    setProblem(null);
    audit()
      .then(setEntries, (e: unknown) => setProblem(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="team-audit-title" data-testid="team-audit">
      <h3 id="team-audit-title">{t('team.audit')}</h3>
      <button type="button" onClick={load} disabled={busy}>
        {busy ? t('team.audit.loading') : t('team.audit')}
      </button>
      {problem && (
        <p className="error" role="alert">
          {t('team.audit.failed', { reason: problem })}
        </p>
      )}
      {entries && entries.length === 0 && <p className="muted">{t('team.audit.empty')}</p>}
      {entries && entries.length > 0 && (
        <ol className="team-audit">
          {[...entries].reverse().map((e) => (
            <li key={e._id}>
              {f.dateTime(e.at)} · {t(`team.audit.${e.action}`)} · {e.by}
              {auditDetails(e) && <span className="muted"> ({auditDetails(e)})</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Members({ m, members, t }: { m: TeamMembership; members: DirectoryMember[]; t: Translate }) {
  const example = `COUCHDB_URL=${m.url.replace('://', '://<admin>:<password>@')} npm run team -- invite --firm ${m.firm} --member <name> --name "<Full Name>" --level manager`;
  return (
    <section aria-labelledby="team-members-title" data-testid="team-members">
      <h3 id="team-members-title">{t('team.members')}</h3>
      <ul className="team-members">
        {members.map((x) => (
          <li key={x.name}>
            {x.displayName} ({x.name}) · {t(`team.level.${x.level}`)} ·{' '}
            {x.active ? t('team.member.active') : t('team.member.offboarded')}
          </li>
        ))}
      </ul>
      <p className="muted">{t('team.admin.tool')}</p>
      <pre className="team-command">{example}</pre>
    </section>
  );
}

export function TeamSettings(props: TeamSettingsProps) {
  const { membership: m, status, members, waiting, f, t } = props;
  const [busy, setBusy] = useState(false);
  if (!m)
    return (
      <section className="panel" id="team" aria-labelledby="team-title" data-testid="team-settings">
        <h2 id="team-title">{t('team.title')}</h2>
        <TeamJoin check={props.check} backup={props.backup} join={props.join} t={t} />
      </section>
    );
  const title = m.firm;
  const act = (work: () => Promise<unknown>) => {
    setBusy(true);
    void work().finally(() => setBusy(false));
  };
  return (
    <section className="panel" id="team" aria-labelledby="team-title" data-testid="team-settings">
      <h2 id="team-title">{t('team.title')}</h2>
      <dl className="team-facts">
        <dt>{t('team.firm')}</dt>
        <dd data-testid="team-firm">
          {title} · {m.url}
        </dd>
        <dt>{t('team.you')}</dt>
        <dd>
          {m.displayName} ({m.member})
        </dd>
        <dt>{t('team.level')}</dt>
        <dd data-testid="team-level">{t(`team.level.${m.level}`)}</dd>
        <dt>{t('team.state')}</dt>
        <dd>
          <SyncState status={status} waiting={waiting} f={f} t={t} />
        </dd>
      </dl>
      <HistoryWindowField window={props.window} setWindow={props.setWindow} t={t} />
      <button type="button" disabled={busy} onClick={() => act(props.syncNow)}>
        {t('team.syncNow')}
      </button>{' '}
      <button
        type="button"
        className="danger"
        disabled={busy}
        onClick={() => {
          if (confirm(t('team.leave.confirm', { title }))) act(props.leave);
        }}
      >
        {t('team.leave')}
      </button>
      {m.level === 'admin' && (
        <>
          <Members m={m} members={members} t={t} />
          <AdminActions me={m} members={members} run={props.admin} t={t} />
          <AuditLog audit={props.audit} f={f} t={t} />
        </>
      )}
    </section>
  );
}
