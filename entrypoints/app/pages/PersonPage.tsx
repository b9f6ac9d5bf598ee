// #/people/<id>: a person's full card.
import { useMemo } from 'react';
import type { Locale, Translate } from '../../../core/i18n';
import type { PersonId } from '../../../core/ids';
import type { Settings } from '../../../core/model';
import { PersonCard } from '../../../components/app/card/PersonCard';
import { formats } from '../../../components/app/format';
import { Notice } from '../../../components/ui/Notice';
import { useNow } from '../../../integrations/ui/use-now';
import { hrefOf } from '../route';
import { personActions, usePersonCard } from '../use-person-card';
import type { OfferUndo } from '../use-undo';

export interface PersonPageProps {
  id: PersonId;
  settings: Settings;
  locale: Locale;
  t: Translate;
  offerUndo: OfferUndo;
}

export function PersonPage({ id, settings, locale, t, offerUndo }: PersonPageProps) {
  const data = usePersonCard(id);
  const now = useNow();
  const person = data?.state === 'found' ? data.person : undefined;
  const current = person?.companies.find((l) => !l.archived)?.companyId;
  const actions = useMemo(
    () => personActions(id, person?.displayName ?? '', current, settings, t, offerUndo),
    [id, person?.displayName, current, settings, t, offerUndo],
  );
  if (data === undefined) return <Notice title={t('loading')} />;
  if (data.state === 'missing')
    return <Notice title={t('app.card.missing')} body={t('app.card.missingBody')} />;
  if (data.state === 'merged') {
    const into = data.person.mergedInto;
    return (
      <section className="notice">
        <h2>{t('app.card.merged', { name: data.person.displayName })}</h2>
        {into && <a href={hrefOf({ page: 'person', id: into })}>{t('app.card.openMerged')}</a>}
      </section>
    );
  }
  return (
    <PersonCard
      person={data.person}
      links={data.links}
      interactions={data.interactions}
      deals={data.deals}
      tasks={data.tasks}
      documents={data.documents}
      pipeline={settings.pipeline}
      currency={settings.stageRules?.amountCurrency ?? 'UAH'}
      managers={data.managers}
      now={now}
      actions={actions}
      f={formats(locale)}
      t={t}
    />
  );
}
