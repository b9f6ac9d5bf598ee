// Whose mail is whose: own addresses and aliases, internal domains, the blocklist, and the logging policy.
import type { Translate } from '../../../core/i18n';
import type { LoggingPolicy, Settings } from '../../../core/model';
import type { ListSetting } from '../../../core/settings';
import { ListField } from '../card/ListField';
import { NumberField } from './NumberField';

export type { ListSetting } from '../../../core/settings';

export interface MailSettingsProps {
  settings: Settings;
  saveList: (which: ListSetting, values: string[]) => Promise<string | null>;
  /** Top-level fields, or a function of the stored settings (a nested change must start from what is stored). */
  save: (patch: Partial<Settings> | ((stored: Settings) => Partial<Settings>)) => void;
  t: Translate;
}

const MODES: readonly LoggingPolicy['mode'][] = ['clients-only', 'create-on-sent', 'create-all'];

export function MailSettings({ settings: s, saveList, save, t }: MailSettingsProps) {
  // Merged into the stored policy, not into this render's `s`: two quick changes in a row (a mode, then a
  // checkbox) before the page re-renders would otherwise write the first one back to its old value.
  const logging = (patch: Partial<LoggingPolicy>) =>
    save((stored) => ({ logging: { ...stored.logging, ...patch } }));
  return (
    <>
      <section className="panel" aria-labelledby="own-title">
        <h2 id="own-title">{t('app.settings.addresses')}</h2>
        <ListField
          label={t('app.settings.own')}
          values={s.ownAddresses}
          onSave={(v) => saveList('ownAddresses', v)}
          addLabel={t('app.settings.addOwn')}
          t={t}
        />
        <ListField
          label={t('app.settings.internal')}
          values={s.internalDomains}
          onSave={(v) => saveList('internalDomains', v)}
          addLabel={t('app.settings.addDomain')}
          t={t}
        />
        <ListField
          label={t('app.settings.blocklist')}
          values={s.blocklist}
          onSave={(v) => saveList('blocklist', v)}
          addLabel={t('app.settings.addBlocked')}
          t={t}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={s.gmailDotPlusFolding}
            onChange={(e) => save({ gmailDotPlusFolding: e.target.checked })}
          />
          {t('app.settings.folding')}
        </label>
      </section>
      <section className="panel" aria-labelledby="logging-title">
        <h2 id="logging-title">{t('app.settings.logging')}</h2>
        <fieldset>
          <legend>{t('app.settings.mode')}</legend>
          {MODES.map((m) => (
            <label key={m} className="radio block">
              <input
                type="radio"
                name="logging-mode"
                checked={s.logging.mode === m}
                onChange={() => logging({ mode: m })}
              />
              {t(`app.settings.mode.${m}`)}
            </label>
          ))}
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            checked={s.logging.skipRoleAddresses}
            onChange={(e) => logging({ skipRoleAddresses: e.target.checked })}
          />
          {t('app.settings.skipRole')}
        </label>
        {s.logging.skipRoleAddresses && (
          <ListField
            label={t('app.settings.roleParts')}
            values={s.logging.roleLocalParts}
            onSave={(v) => saveList('roleLocalParts', v)}
            addLabel={t('app.settings.addRole')}
            t={t}
          />
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={s.logging.skipBulk}
            onChange={(e) => logging({ skipBulk: e.target.checked })}
          />
          {t('app.settings.skipBulk')}
        </label>
        <NumberField
          label={t('app.settings.maxRecipients')}
          value={s.logging.maxRecipients}
          min={1}
          onChange={(v) => v !== null && logging({ maxRecipients: v })}
        />
      </section>
    </>
  );
}
