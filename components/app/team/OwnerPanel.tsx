// On a client's card in a firm: the responsible manager (its owner), changed by an admin (a hand-over: the
// client's whole history goes with it), and whether the firm shares it, changed by its owner or an admin.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import type { Sharing } from '../../../core/model';
import type { DirectoryMember, TeamMembership } from '../../../core/team/membership';
import { ownsClients } from '../../../core/team/names';

export interface OwnerPanelProps {
  membership: TeamMembership;
  members: DirectoryMember[];
  owner: string | undefined;
  sharing: Sharing | undefined;
  handOver: (to: DirectoryMember) => Promise<number>;
  share: (sharing: Sharing | null) => Promise<void>;
  t: Translate;
}

/** The members a client may be given to: active, and of a level that owns clients. */
export const receivers = (members: readonly DirectoryMember[]) =>
  members.filter((m) => m.active && ownsClients(m.level));

/** A member's name as people read it. */
export const memberName = (members: readonly DirectoryMember[], name: string | undefined) =>
  name === undefined ? undefined : (members.find((m) => m.name === name)?.displayName ?? name);

export function OwnerPanel({ membership: m, members, owner, sharing, handOver, share, t }: OwnerPanelProps) {
  const [to, setTo] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const admin = m.level === 'admin';
  const mayShare = admin || (owner === m.member && m.level === 'manager');
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const target = receivers(members).find((x) => x.name === to);
  return (
    <section className="team-owner" aria-label={t('team.owner')} data-testid="team-owner">
      <p>
        {t('team.owner')}:{' '}
        <strong data-testid="team-owner-name">{memberName(members, owner) ?? t('team.owner.none')}</strong>
      </p>
      {admin && (
        <p>
          <label>
            {t('team.handOver.to')}{' '}
            <select value={to} onChange={(e) => setTo(e.target.value)} data-testid="team-owner-select">
              <option value="" />
              {receivers(members)
                .filter((x) => x.name !== owner)
                .map((x) => (
                  <option key={x.name} value={x.name}>
                    {x.displayName}
                  </option>
                ))}
            </select>
          </label>{' '}
          <button
            type="button"
            disabled={!target}
            onClick={() => {
              if (!target) return;
              setError(null);
              handOver(target).then(
                (count) => setDone(t('team.handOver.done', { count, name: target.displayName })),
                fail,
              );
            }}
          >
            {t('team.owner.change')}
          </button>
        </p>
      )}
      {mayShare && (
        <label>
          {t('team.sharing')}{' '}
          <select
            value={sharing ?? ''}
            data-testid="team-sharing"
            onChange={(e) => {
              const v = e.target.value;
              share(v === 'read' || v === 'write' ? v : null).catch(fail);
            }}
          >
            <option value="">{t('team.sharing.none')}</option>
            <option value="read">{t('team.sharing.read')}</option>
            <option value="write">{t('team.sharing.write')}</option>
          </select>
        </label>
      )}
      {done && (
        <p className="muted" role="status">
          {done}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
