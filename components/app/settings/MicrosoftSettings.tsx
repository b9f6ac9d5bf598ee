// Microsoft account settings: the app registration's client id and tenant, and the redirect URI the registration
// needs (shown so the user can copy it into Entra). Teams chats on the card are turned on per account, in
// Settings → Accounts (components/app/settings/TeamsOption.tsx).
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import type { Settings } from '../../../core/model';
import {
  defaultMicrosoftSettings,
  isClientId,
  type MicrosoftSettings,
} from '../../../core/sync/microsoft/settings';

export interface MicrosoftSettingsProps {
  settings: Settings;
  /** Saves the given fields, merged into the stored ones (not into this render's copy). */
  save: (patch: Partial<MicrosoftSettings>) => void;
  /** This browser's redirect URI (identity.getRedirectURL()). */
  redirectUri: string;
  /** The client id built in, used when the field is empty. */
  builtInClientId: string;
  t: Translate;
}

const TENANTS = ['common', 'organizations', 'consumers'] as const;

export function MicrosoftSettingsPanel({
  settings,
  save,
  redirectUri,
  builtInClientId,
  t,
}: MicrosoftSettingsProps) {
  const ms = settings.microsoft ?? defaultMicrosoftSettings();
  const [clientId, setClientId] = useState(ms.clientId);
  const [error, setError] = useState('');
  const saveClientId = () => {
    const value = clientId.trim();
    if (value !== '' && !isClientId(value)) {
      setError(t('microsoft.settings.badClientId', { value }));
      return;
    }
    setError('');
    save({ clientId: value });
  };
  return (
    <section className="panel" aria-labelledby="microsoft-title">
      <h2 id="microsoft-title">{t('microsoft.settings.title')}</h2>
      <label className="number-field">
        <span>{t('microsoft.settings.clientId')}</span>
        <input
          type="text"
          value={clientId}
          placeholder={builtInClientId || '00000000-0000-0000-0000-000000000000'}
          spellCheck={false}
          onChange={(e) => setClientId(e.target.value)}
          onBlur={saveClientId}
          aria-invalid={error !== ''}
        />
      </label>
      {error !== '' && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <label className="number-field">
        <span>{t('microsoft.settings.tenant')}</span>
        <select
          value={TENANTS.includes(ms.tenant as (typeof TENANTS)[number]) ? ms.tenant : 'common'}
          onChange={(e) => save({ tenant: e.target.value })}
        >
          {TENANTS.map((tenant) => (
            <option key={tenant} value={tenant}>
              {t(`microsoft.settings.tenant.${tenant}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted small">
        {t('microsoft.settings.redirect')} <code>{redirectUri}</code>
      </p>
    </section>
  );
}
