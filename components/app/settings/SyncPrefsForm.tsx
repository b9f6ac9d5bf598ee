// Sync settings: the firm's own Google OAuth client id (with the redirect URI to register), the Gmail cost model
// of its Cloud project, how far back the first sync reaches, and how often to look for new mail.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import { SYNC_LIMITS, type GmailCostModelId } from '../../../core/sync/limits';
import {
  BACKFILL_CHOICES,
  isGoogleClientId,
  type BackfillMonths,
  type SyncPrefs,
} from '../../../core/sync/prefs';

export interface SyncPrefsFormProps {
  prefs: SyncPrefs;
  /** The extension's redirect URI (identity.getRedirectURL()), to register with the client id. */
  redirectUri: string;
  save: (patch: Partial<SyncPrefs>) => void;
  t: Translate;
}

const MODELS = Object.keys(SYNC_LIMITS.gmail.costModels) as GmailCostModelId[];
const POLLS = Array.from(
  { length: SYNC_LIMITS.poll.maxMinutes - SYNC_LIMITS.poll.minMinutes + 1 },
  (_, i) => SYNC_LIMITS.poll.minMinutes + i,
);

export function SyncPrefsForm({ prefs, redirectUri, save, t }: SyncPrefsFormProps) {
  // What the user is typing; null shows the saved value (which another page may change meanwhile).
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const clientId = draft ?? prefs.googleClientId;
  const submit = () => {
    const value = clientId.trim();
    if (value && !isGoogleClientId(value)) {
      setProblem(t('sync.prefs.clientIdBad', { value }));
      return;
    }
    setProblem(null);
    setDraft(null);
    save({ googleClientId: value });
  };
  return (
    <section className="panel" aria-labelledby="sync-prefs-title">
      <h2 id="sync-prefs-title">{t('sync.prefs.title')}</h2>
      <form
        className="sync-client"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label>
          {t('sync.prefs.clientId')}
          <input
            value={clientId}
            onChange={(e) => setDraft(e.target.value)}
            placeholder="123456789012-abc….apps.googleusercontent.com"
            aria-invalid={problem !== null}
            spellCheck={false}
          />
        </label>
        <button type="submit">{t('sync.prefs.save')}</button>
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        <p className="muted">
          {t('sync.prefs.clientIdHint')} <code>{redirectUri}</code>
        </p>
      </form>
      <label className="field">
        {t('sync.prefs.costModel')}
        <select
          value={prefs.gmailCostModel}
          onChange={(e) => save({ gmailCostModel: e.target.value as GmailCostModelId })}
        >
          {MODELS.map((m) => (
            <option key={m} value={m}>
              {t(`sync.prefs.cost.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('sync.prefs.backfill')}
        <select
          value={String(prefs.backfillMonths ?? 'all')}
          onChange={(e) =>
            save({
              backfillMonths: e.target.value === 'all' ? null : (Number(e.target.value) as BackfillMonths),
            })
          }
        >
          {BACKFILL_CHOICES.map((m) => (
            <option key={String(m)} value={String(m ?? 'all')}>
              {t(`sync.prefs.backfill.${m ?? 'all'}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('sync.prefs.poll')}
        <select value={prefs.pollMinutes} onChange={(e) => save({ pollMinutes: Number(e.target.value) })}>
          {POLLS.map((m) => (
            <option key={m} value={m}>
              {t('sync.minutes', { count: m })}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
