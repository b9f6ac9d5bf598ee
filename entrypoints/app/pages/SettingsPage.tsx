// #/settings: addresses, logging policy, pipeline and rules, reminders, language, data and privacy, the team.
import type { Locale, Translate } from '../../../core/i18n';
import type { Settings } from '../../../core/model';
import { ChatSettings } from '../../../components/app/settings/ChatSettings';
import { GeneralSettings } from '../../../components/app/settings/GeneralSettings';
import { MailSettings } from '../../../components/app/settings/MailSettings';
import { MicrosoftSettingsPanel } from '../../../components/app/settings/MicrosoftSettings';
import { BUILT_IN_CLIENT_ID } from '../../../integrations/microsoft/browser-auth';
import { ReadingHealthSection } from './ReadingHealthSection';
import { TeamSection } from './TeamSection';
import { RuleSettings } from '../../../components/app/settings/RuleSettings';
import { AccountsSettings } from '../../../components/app/settings/AccountsSettings';
import { SyncPrefsForm } from '../../../components/app/settings/SyncPrefsForm';
import { syncPrefsOf } from '../../../core/sync/prefs';
import { setLastReminderScan } from '../../../storage/app-queries';
import { db } from '../../../storage/db';
import { hrefOf } from '../route';
import { useAppPrefs } from '../use-app-prefs';
import { settingsEditor } from '../use-settings-editor';
import { useSyncAccounts } from '../use-sync-accounts';

export function SettingsPage({ settings, locale, t }: { settings: Settings; locale: Locale; t: Translate }) {
  const { prefs, save: savePrefs } = useAppPrefs(settings.pipeline);
  const { redirectUri, ...sync } = useSyncAccounts(settings, t);
  return (
    <section className="settings-page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('app.nav.settings')}</h1>
      <GeneralSettings
        settings={settings}
        save={settingsEditor.save}
        onDeleteAll={settingsEditor.deleteAll}
        exportHref={hrefOf({ page: 'import' })}
        locale={locale}
        t={t}
      />
      <MailSettings settings={settings} saveList={settingsEditor.saveList} save={settingsEditor.save} t={t} />
      <AccountsSettings {...sync} locale={locale} t={t} />
      <SyncPrefsForm
        prefs={syncPrefsOf(settings)}
        redirectUri={redirectUri}
        save={settingsEditor.saveSync}
        t={t}
      />
      <MicrosoftSettingsPanel
        settings={settings}
        save={settingsEditor.saveMicrosoft}
        redirectUri={redirectUri}
        builtInClientId={BUILT_IN_CLIENT_ID}
        t={t}
      />
      <ChatSettings settings={settings} save={settingsEditor.save} t={t} />
      <TeamSection settings={settings} locale={locale} t={t} />
      <ReadingHealthSection locale={locale} t={t} />
      <RuleSettings
        settings={settings}
        reminders={prefs.reminders}
        save={settingsEditor.save}
        saveReminders={(reminders) =>
          void savePrefs({ ...prefs, reminders }).then(() => setLastReminderScan(db, 0))
        }
        t={t}
      />
    </section>
  );
}
