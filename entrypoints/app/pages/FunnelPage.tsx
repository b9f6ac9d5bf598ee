// #/funnel: clients per stage over time, the funnel, new vs lost, deals and activity per manager.
import { useState } from 'react';
import type { Locale, Translate } from '../../../core/i18n';
import type { Settings } from '../../../core/model';
import { formats } from '../../../components/app/format';
import { ManagerSection } from '../../../components/app/funnel/ManagerSection';
import { MonthSections } from '../../../components/app/funnel/MonthSections';
import { StageSections } from '../../../components/app/funnel/StageSections';
import { Notice } from '../../../components/ui/Notice';
import { useNow } from '../../../integrations/ui/use-now';
import { useAnalytics } from '../use-analytics';

const PERIODS = [6, 12, 24] as const;

export function FunnelPage({ settings, locale, t }: { settings: Settings; locale: Locale; t: Translate }) {
  const [kind, setKind] = useState<'people' | 'companies'>('people');
  const [months, setMonths] = useState<number>(12);
  const [asTable, setAsTable] = useState(false);
  const now = useNow(60 * 60_000);
  const data = useAnalytics(settings, kind, months, now);
  const f = formats(locale);
  return (
    <section className="funnel-page" aria-labelledby="funnel-title">
      <header className="page-head">
        <h1 id="funnel-title">{t('app.nav.funnel')}</h1>
        <label>
          {t('app.funnel.of')}{' '}
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value === 'companies' ? 'companies' : 'people')}
          >
            <option value="people">{t('app.list.people')}</option>
            <option value="companies">{t('app.list.companies')}</option>
          </select>
        </label>
        <label>
          {t('app.funnel.period')}{' '}
          <select value={months} onChange={(e) => setMonths(Number(e.target.value))}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t('app.funnel.months', { count: p })}
              </option>
            ))}
          </select>
        </label>
        <div role="radiogroup" aria-label={t('app.funnel.view')} className="kind">
          <label className="radio">
            <input type="radio" name="view" checked={!asTable} onChange={() => setAsTable(false)} />
            {t('app.funnel.charts')}
          </label>
          <label className="radio">
            <input type="radio" name="view" checked={asTable} onChange={() => setAsTable(true)} />
            {t('app.funnel.tables')}
          </label>
        </div>
      </header>
      {data === undefined ? (
        <Notice title={t('loading')} />
      ) : (
        <div className="analytics-grid">
          <StageSections
            overTime={data.overTime}
            funnel={data.funnel}
            pipeline={settings.pipeline}
            asTable={asTable}
            f={f}
            t={t}
          />
          <MonthSections
            newLost={data.newLost}
            deals={data.deals}
            currency={data.currency}
            asTable={asTable}
            f={f}
            t={t}
          />
          <ManagerSection rows={data.managers} asTable={asTable} f={f} t={t} />
        </div>
      )}
    </section>
  );
}
