// What the card says about its Teams reading, in words: checking, nothing to read, how many new messages, or why
// Teams could not be read (consent missing, sign-in gone, a wait Microsoft asked for, Teams unreachable, personal
// account). Graph's own message is untrusted text, shown as text.
import type { Locale, Translate } from '../../core/i18n';
import type { TeamsCardReading, TeamsCardStatus } from '../../core/sync/microsoft/teams-state';

export interface TeamsStatusProps {
  reading: TeamsCardReading;
  locale: Locale;
  t: Translate;
  /** Says nothing while checking (the sidebar does not know whether Teams is on until the answer). */
  quiet?: boolean;
}

function line(s: TeamsCardStatus, locale: Locale, t: Translate): string {
  const address = s.address;
  if (s.problem) {
    const p = s.problem;
    if (p.code === 'personal') return t('msteams.personal', { address });
    if (p.code === 'rate') {
      const time = new Date(p.retryAt ?? Date.now()).toLocaleTimeString(locale);
      return t('msteams.problem.rate', { address, time });
    }
    const status = p.status === 0 ? '—' : String(p.status);
    return t(`msteams.problem.${p.code}`, { address, status, message: p.message ?? '' });
  }
  if (s.state === 'no-chat') return t('msteams.card.noChat', { address });
  if (s.state === 'paced') return t('msteams.card.checking');
  if (s.moreAt !== null) return t('msteams.card.more', { address });
  return t('msteams.card.read', { address, count: s.added });
}

export function TeamsStatus({ reading, locale, t, quiet = false }: TeamsStatusProps) {
  if (reading.state === 'idle' || (quiet && reading.state === 'checking')) return null;
  if (reading.state === 'checking')
    return (
      <p className="muted small teams-status" role="status">
        {t('msteams.card.checking')}
      </p>
    );
  if (reading.state === 'error')
    return (
      <p className="error small teams-status" role="alert">
        {reading.message}
      </p>
    );
  const shown = reading.statuses;
  if (shown.length === 0) return null;
  return (
    <div className="teams-status" aria-label="Teams">
      {shown.map((s) => (
        <p
          key={s.accountId}
          className={s.problem ? 'error small' : 'muted small'}
          role={s.problem ? 'alert' : 'status'}
          data-teams-account={s.accountId}
        >
          {line(s, locale, t)}
        </p>
      ))}
    </div>
  );
}
