// Settings → Team, bound to the base (useTeam) and the background (teamActions).
import type { Locale, Translate } from '../../../core/i18n';
import type { Settings, Sharing } from '../../../core/model';
import { OwnerPanel } from '../../../components/app/team/OwnerPanel';
import type { ClientRef } from '../../../storage/people';
import { formats } from '../../../components/app/format';
import { TeamSettings } from '../../../components/app/team/TeamSettings';
import type { JoinCheck } from '../../../components/app/team/TeamJoin';
import type { JoinPreview } from '../../../integrations/team/join';
import { teamActions, useTeam } from '../use-team';

const asCheck = (p: JoinPreview): JoinCheck => p;

export function TeamSection({ settings, locale, t }: { settings: Settings; locale: Locale; t: Translate }) {
  const team = useTeam();
  if (!team) return null;
  return (
    <TeamSettings
      membership={team.membership}
      status={team.status}
      members={team.members}
      waiting={team.waiting}
      check={async (fields) => asCheck(await teamActions.preview(fields))}
      backup={() => teamActions.backup(settings)}
      join={async (fields) => asCheck((await teamActions.join(fields)).preview)}
      syncNow={teamActions.syncNow}
      leave={teamActions.leave}
      audit={teamActions.audit}
      admin={teamActions.admin}
      window={team.window}
      setWindow={teamActions.setWindow}
      f={formats(locale)}
      t={t}
    />
  );
}

/** Why the firm's base was removed from this browser, until the person has read it. */
export function TeamNoticeBar({ locale, t }: { locale: Locale; t: Translate }) {
  const team = useTeam();
  const notice = team?.notice;
  if (!notice) return null;
  const time = formats(locale).dateTime(notice.at);
  return (
    <p className="settings-damaged" role="alert" data-testid="team-notice">
      {t(notice.because === 'revoked' ? 'team.notice.revoked' : 'team.notice.left', {
        firm: notice.firm,
        time,
      })}{' '}
      <button type="button" onClick={() => void teamActions.dismissNotice()}>
        {t('team.notice.dismiss')}
      </button>
    </p>
  );
}

/** The card's owner panel, shown only in a firm. */
export function ClientOwner({
  client,
  owner,
  sharing,
  t,
}: {
  client: ClientRef;
  owner: string | undefined;
  sharing: Sharing | undefined;
  t: Translate;
}) {
  const team = useTeam();
  if (!team?.membership) return null;
  return (
    <OwnerPanel
      membership={team.membership}
      members={team.members}
      owner={owner}
      sharing={sharing}
      handOver={(to) => teamActions.handOver([client], to)}
      share={(value) => teamActions.share(client, value)}
      t={t}
    />
  );
}
