// #/companies/<id>: a company's full card.
import { useMemo } from 'react';
import type { Locale, Translate } from '../../../core/i18n';
import type { CompanyId } from '../../../core/ids';
import type { Settings } from '../../../core/model';
import { CompanyCard } from '../../../components/app/card/CompanyCard';
import { formats } from '../../../components/app/format';
import { Notice } from '../../../components/ui/Notice';
import { useNow } from '../../../integrations/ui/use-now';
import { hrefOf } from '../route';
import { companyActions, useCompanyCard } from '../use-company-card';
import type { OfferUndo } from '../use-undo';

export interface CompanyPageProps {
  id: CompanyId;
  settings: Settings;
  locale: Locale;
  t: Translate;
  offerUndo: OfferUndo;
}

export function CompanyPage({ id, settings, locale, t, offerUndo }: CompanyPageProps) {
  const data = useCompanyCard(id, locale);
  const now = useNow();
  const name = data?.state === 'found' ? data.company.name : '';
  const actions = useMemo(
    () => companyActions(id, name, settings, t, offerUndo),
    [id, name, settings, t, offerUndo],
  );
  if (data === undefined) return <Notice title={t('loading')} />;
  if (data.state === 'missing')
    return <Notice title={t('app.card.missing')} body={t('app.card.missingBody')} />;
  if (data.state === 'merged') {
    const into = data.company.mergedInto;
    return (
      <section className="notice">
        <h2>{t('app.card.merged', { name: data.company.name })}</h2>
        {into && <a href={hrefOf({ page: 'company', id: into })}>{t('app.card.openMerged')}</a>}
      </section>
    );
  }
  return (
    <CompanyCard
      company={data.company}
      people={data.people}
      interactions={data.interactions}
      deals={data.deals}
      tasks={data.tasks}
      documents={data.documents}
      pipeline={settings.pipeline}
      currency={settings.stageRules?.amountCurrency ?? 'UAH'}
      now={now}
      actions={actions}
      f={formats(locale)}
      t={t}
    />
  );
}
