// Language, default phone region, and data and privacy (mail bodies, export, deleting the base).
import { getCountries, getCountryCallingCode } from 'libphonenumber-js';
import { useMemo, useState } from 'react';
import type { Locale, Translate } from '../../../core/i18n';
import type { Settings } from '../../../core/model';

export interface GeneralSettingsProps {
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
  onDeleteAll: () => Promise<void>;
  exportHref: string;
  locale: Locale;
  t: Translate;
}

const LANGUAGES: readonly Settings['language'][] = ['auto', 'en', 'uk', 'ru'];

export function GeneralSettings({
  settings: s,
  save,
  onDeleteAll,
  exportHref,
  locale,
  t,
}: GeneralSettingsProps) {
  const [sure, setSure] = useState(false);
  const [status, setStatus] = useState('');
  const regions = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    return getCountries()
      .map((code) => ({ code, name: `${names.of(code) ?? code} (+${getCountryCallingCode(code)})` }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [locale]);
  return (
    <>
      <section className="panel" aria-labelledby="general-title">
        <h2 id="general-title">{t('app.settings.general')}</h2>
        <label className="number-field">
          <span>{t('app.settings.language')}</span>
          <select
            value={s.language}
            onChange={(e) => save({ language: e.target.value as Settings['language'] })}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`app.settings.lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="number-field">
          <span>{t('app.settings.phoneRegion')}</span>
          <select value={s.defaultPhoneRegion} onChange={(e) => save({ defaultPhoneRegion: e.target.value })}>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </section>
      <section className="panel" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('app.settings.privacy')}</h2>
        <p className="muted">{t('app.settings.local')}</p>
        <p>
          <a href={exportHref}>{t('app.settings.export')}</a>
        </p>
        <div className="danger-zone">
          <label className="check">
            <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />
            {t('app.settings.deleteSure')}
          </label>
          <button
            type="button"
            className="danger"
            disabled={!sure}
            onClick={() =>
              void onDeleteAll().then(
                () => {
                  setSure(false);
                  setStatus(t('app.settings.deleted'));
                },
                (e: unknown) => setStatus(e instanceof Error ? e.message : String(e)),
              )
            }
          >
            {t('app.settings.deleteAll')}
          </button>
          <p role="status">{status}</p>
        </div>
      </section>
    </>
  );
}
