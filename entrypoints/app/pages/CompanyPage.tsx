// #/companies/<id>: a company's full card.
import { useMemo } from 'react';
import type { Locale, Translate } from '../../../core/i18n';
import type { CompanyId } from '../../../core/ids';
import type { Settings } from '../../../core/model';
import { CompanyCard } from '../../../components/app/card/CompanyCard';
import { useNow } from '../../../integrations/ui/use-now';
import { companyActions, useCompanyCard } from '../use-company-card';
import type { OfferUndo } from '../use-undo';
import { cardData, CardNotice } from './CardNotice';
import { ClientOwner } from './TeamSection';

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
  if (data?.state !== 'found') {
    const merged = data?.state === 'merged' ? data.company : undefined;
    const into = merged?.mergedInto;
    return (
      <CardNotice
        state={data?.state}
        name={merged?.name ?? ''}
        into={into && { page: 'company', id: into }}
        t={t}
      />
    );
  }
  return (
    <>
      <ClientOwner
        client={{ kind: 'company', id }}
        owner={data.company.owner}
        sharing={data.company.sharing}
        t={t}
      />
      <CompanyCard
        {...cardData(data, settings, locale, now, t)}
        company={data.company}
        people={data.people}
        actions={actions}
      />
    </>
  );
}
