// #/people/<id>: a person's full card.
import { useMemo } from 'react';
import type { Locale, Translate } from '../../../core/i18n';
import type { PersonId } from '../../../core/ids';
import type { Settings } from '../../../core/model';
import { PersonCard } from '../../../components/app/card/PersonCard';
import { TeamsStatus } from '../../../components/card/TeamsStatus';
import { useTeamsCard } from '../../../integrations/ui/use-teams-card';
import { useNow } from '../../../integrations/ui/use-now';
import { personActions, usePersonCard } from '../use-person-card';
import type { OfferUndo } from '../use-undo';
import { cardData, CardNotice } from './CardNotice';
import { ClientOwner } from './TeamSection';

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
  // Opening the card reads the person's Teams chat (the accounts with Teams on); it lands in the timeline.
  const teams = useTeamsCard(id, (settings.microsoft?.teamsAccounts.length ?? 0) > 0);
  const person = data?.state === 'found' ? data.person : undefined;
  const current = person?.companies.find((l) => !l.archived)?.companyId;
  const actions = useMemo(
    () => personActions(id, person?.displayName ?? '', current, settings, t, offerUndo),
    [id, person?.displayName, current, settings, t, offerUndo],
  );
  if (data?.state !== 'found') {
    const merged = data?.state === 'merged' ? data.person : undefined;
    const into = merged?.mergedInto;
    return (
      <CardNotice
        state={data?.state}
        name={merged?.displayName ?? ''}
        into={into && { page: 'person', id: into }}
        t={t}
      />
    );
  }
  return (
    <>
      <ClientOwner
        client={{ kind: 'person', id }}
        owner={data.person.owner}
        sharing={data.person.sharing}
        t={t}
      />
      <TeamsStatus reading={teams} locale={locale} t={t} />
      <PersonCard
        {...cardData(data, settings, locale, now, t)}
        person={data.person}
        links={data.links}
        managers={data.managers}
        actions={actions}
      />
    </>
  );
}
