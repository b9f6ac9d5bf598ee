// The pipeline and the rules around it: stages, the thresholds that derive a stage, and reminders.
import type { Translate } from '../../../core/i18n';
import { defaultStageRules } from '../../../core/lifecycle';
import type { Settings, StageDef, StageRules } from '../../../core/model';
import type { ReminderPrefs } from '../../../core/reminders';
import { NumberField } from './NumberField';
import { PipelineEditor } from './PipelineEditor';

export interface RuleSettingsProps {
  settings: Settings;
  reminders: ReminderPrefs;
  save: (patch: Partial<Settings>) => void;
  saveReminders: (prefs: ReminderPrefs) => void;
  t: Translate;
}

export function RuleSettings({ settings, reminders, save, saveReminders, t }: RuleSettingsProps) {
  const rules = settings.stageRules ?? defaultStageRules();
  const rule = (patch: Partial<StageRules>) => save({ stageRules: { ...rules, ...patch } });
  const n = (key: keyof StageRules, label: string, nullable = false) => (
    <NumberField
      label={label}
      value={rules[key] as number | null}
      nullable={nullable}
      offLabel={t('app.settings.off')}
      onChange={(v) => (v !== null || nullable) && rule({ [key]: v })}
    />
  );
  return (
    <>
      <section className="panel" aria-labelledby="pipeline-title">
        <h2 id="pipeline-title">{t('app.settings.pipeline')}</h2>
        <PipelineEditor
          pipeline={settings.pipeline}
          quietDays={reminders.quietDays}
          onChange={(pipeline: StageDef[]) => save({ pipeline })}
          onQuietDays={(stage, days) =>
            saveReminders({ ...reminders, quietDays: { ...reminders.quietDays, [stage]: days } })
          }
          t={t}
        />
      </section>
      <section className="panel" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('app.settings.rules')}</h2>
        <div className="rule-grid">
          {n('regularOrders', t('app.settings.rule.regularOrders'))}
          {n('partnerOrders', t('app.settings.rule.partnerOrders'))}
          {n('partnerDays', t('app.settings.rule.partnerDays'))}
          {n('vipOrders', t('app.settings.rule.vipOrders'))}
          {n('vipAmount', t('app.settings.rule.vipAmount', { currency: rules.amountCurrency }), true)}
          {n('keyAmount', t('app.settings.rule.keyAmount', { currency: rules.amountCurrency }), true)}
          {n('lostAfterDays', t('app.settings.rule.lostAfterDays'))}
          {n('lostFinalAfterDays', t('app.settings.rule.lostFinalAfterDays'), true)}
          <label className="number-field">
            <span>{t('app.settings.rule.currency')}</span>
            <input
              value={rules.amountCurrency}
              maxLength={3}
              onChange={(e) =>
                /^[A-Za-z]{3}$/u.test(e.target.value) &&
                rule({ amountCurrency: e.target.value.toUpperCase() })
              }
            />
          </label>
        </div>
      </section>
      <section className="panel" aria-labelledby="reminders-title">
        <h2 id="reminders-title">{t('app.settings.reminders')}</h2>
        <label className="check">
          <input
            type="checkbox"
            checked={reminders.birthdays}
            onChange={(e) => saveReminders({ ...reminders, birthdays: e.target.checked })}
          />
          {t('app.settings.birthdays')}
        </label>
        <NumberField
          label={t('app.settings.birthdayDays')}
          value={reminders.birthdayDaysAhead}
          onChange={(v) => v !== null && v <= 30 && saveReminders({ ...reminders, birthdayDaysAhead: v })}
        />
        <p className="muted small">{t('app.settings.quietNote')}</p>
      </section>
    </>
  );
}
