// Settings → Team, an admin: invite a member, change a member's level, off-board a member to a colleague. Each
// action asks for confirmation, runs the provisioning library in the background with the CouchDB credentials typed
// here (or the admin's own sign-in), and says what happened or why the server refused, in words.
import { useId, useState, type FormEvent } from 'react';
import type { Translate } from '../../../core/i18n';
import type { AdminAction, AdminOutcome, AdminRequest } from '../../../core/team/admin';
import type { DirectoryMember, TeamMembership } from '../../../core/team/membership';
import { LEVELS, type Level } from '../../../core/team/names';

export interface AdminActionsProps {
  me: TeamMembership;
  members: DirectoryMember[];
  run: (request: AdminRequest) => Promise<AdminOutcome>;
  t: Translate;
}

type Shown = { kind: 'done'; text: string; invitation?: string } | { kind: 'problem'; text: string } | null;

function LevelSelect({
  value,
  onChange,
  label,
  t,
}: {
  value: Level;
  onChange: (level: Level) => void;
  label: string;
  t: Translate;
}) {
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(e) => onChange(LEVELS.find((l) => l === e.target.value) ?? value)}
    >
      {LEVELS.map((l) => (
        <option key={l} value={l}>
          {t(`team.level.${l}`)}
        </option>
      ))}
    </select>
  );
}

export function AdminActions({ me, members, run, t }: AdminActionsProps) {
  const id = useId();
  const others = members.filter((m) => m.active && m.name !== me.member);
  const receivers = (leaving: string) =>
    members.filter((m) => m.active && m.name !== leaving && m.level !== 'readonly');
  const [asUser, setAsUser] = useState('');
  const [asPassword, setAsPassword] = useState('');
  const [invitee, setInvitee] = useState({ name: '', displayName: '', level: 'manager' as Level });
  const [target, setTarget] = useState('');
  const [level, setLevel] = useState<Level>('manager');
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown>(null);
  const nameOf = (name: string) => members.find((m) => m.name === name)?.displayName ?? name;
  const member = others.some((m) => m.name === target) ? target : (others[0]?.name ?? '');
  const receiver = receivers(member).some((m) => m.name === to) ? to : (receivers(member)[0]?.name ?? '');

  const act = (action: AdminAction, question: string, done: string) => {
    if (!confirm(question)) return;
    setBusy(true);
    setShown(null);
    const as = asUser.trim() ? { user: asUser.trim(), password: asPassword } : undefined;
    run({ action, ...(as ? { as } : {}) })
      .then((outcome) => {
        if (outcome.ok) {
          const inv = outcome.invitation;
          setShown({
            kind: 'done',
            text: done,
            ...(inv && {
              invitation: t('team.admin.invitation', {
                url: inv.url,
                firm: inv.firm,
                name: inv.name,
                password: inv.password,
              }),
            }),
          });
        } else {
          const p = outcome.problem;
          setShown({
            kind: 'problem',
            text: t(`team.admin.problem.${p.code}`, {
              reason: p.reason,
              status: 'status' in p ? p.status : 0,
            }),
          });
        }
      })
      .catch((e: unknown) =>
        setShown({
          kind: 'problem',
          text: t('team.admin.problem.invalid', { reason: e instanceof Error ? e.message : String(e) }),
        }),
      )
      .finally(() => setBusy(false));
  };

  const onInvite = (e: FormEvent) => {
    e.preventDefault();
    const m = { name: invitee.name.trim(), displayName: invitee.displayName.trim(), level: invitee.level };
    if (!m.name || !m.displayName) return setShown({ kind: 'problem', text: t('team.admin.inviteMissing') });
    const lv = t(`team.level.${m.level}`);
    act(
      { kind: 'invite', member: m },
      t('team.admin.confirm.invite', { name: m.displayName, level: lv }),
      t('team.admin.done.invite', { name: m.displayName }),
    );
  };

  return (
    <section aria-labelledby={`${id}-title`} data-testid="team-admin">
      <h3 id={`${id}-title`}>{t('team.admin.title')}</h3>
      <fieldset>
        <legend>{t('team.admin.as')}</legend>
        <p className="muted">{t('team.admin.asHint')}</p>
        <label>
          {t('team.admin.asUser')}{' '}
          <input value={asUser} onChange={(e) => setAsUser(e.target.value)} autoComplete="off" />
        </label>{' '}
        <label>
          {t('team.admin.asPassword')}{' '}
          <input
            type="password"
            value={asPassword}
            onChange={(e) => setAsPassword(e.target.value)}
            autoComplete="off"
          />
        </label>
      </fieldset>

      <form onSubmit={onInvite} aria-label={t('team.admin.invite')}>
        <label>
          {t('team.admin.inviteName')}{' '}
          <input value={invitee.name} onChange={(e) => setInvitee({ ...invitee, name: e.target.value })} />
        </label>{' '}
        <label>
          {t('team.admin.inviteDisplayName')}{' '}
          <input
            value={invitee.displayName}
            onChange={(e) => setInvitee({ ...invitee, displayName: e.target.value })}
          />
        </label>{' '}
        <LevelSelect
          value={invitee.level}
          label={t('team.admin.inviteLevel')}
          t={t}
          onChange={(l) => setInvitee({ ...invitee, level: l })}
        />{' '}
        <button type="submit" disabled={busy}>
          {t('team.admin.invite')}
        </button>
      </form>

      {others.length > 0 && (
        <div className="team-admin-member">
          <select
            aria-label={t('team.admin.member')}
            value={member}
            onChange={(e) => setTarget(e.target.value)}
          >
            {others.map((m) => (
              <option key={m.name} value={m.name}>
                {m.displayName} ({m.name}) · {t(`team.level.${m.level}`)}
              </option>
            ))}
          </select>{' '}
          <LevelSelect value={level} label={t('team.admin.newLevel')} t={t} onChange={setLevel} />{' '}
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              act(
                { kind: 'level', member, level },
                t('team.admin.confirm.level', { name: nameOf(member), level: t(`team.level.${level}`) }),
                t('team.admin.done.level', { name: nameOf(member), level: t(`team.level.${level}`) }),
              )
            }
          >
            {t('team.admin.changeLevel')}
          </button>{' '}
          <select
            aria-label={t('team.admin.receiver')}
            value={receiver}
            onChange={(e) => setTo(e.target.value)}
          >
            {receivers(member).map((m) => (
              <option key={m.name} value={m.name}>
                {m.displayName} ({m.name})
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            className="danger"
            disabled={busy || !receiver}
            onClick={() =>
              act(
                { kind: 'offboard', member, to: receiver },
                t('team.admin.confirm.offboard', { name: nameOf(member), to: nameOf(receiver) }),
                t('team.admin.done.offboard', { name: nameOf(member), to: nameOf(receiver) }),
              )
            }
          >
            {t('team.admin.offboard')}
          </button>
        </div>
      )}

      {busy && <p role="status">{t('team.admin.working')}</p>}
      {shown?.kind === 'done' && (
        <div role="status" data-testid="team-admin-done">
          <p>{shown.text}</p>
          {shown.invitation && <pre className="team-command">{shown.invitation}</pre>}
        </div>
      )}
      {shown?.kind === 'problem' && (
        <p className="error" role="alert" data-testid="team-admin-problem">
          {shown.text}
        </p>
      )}
    </section>
  );
}
