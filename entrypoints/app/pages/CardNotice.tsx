// What a card page (#/people/<id>, #/companies/<id>) shows before its card: loading, a client that is gone, or one
// merged into another (with a link to the card it went into); and what every card takes from the page around it.
import type { ClientCardData } from '../../../components/app/card/CardFrame';
import { formats } from '../../../components/app/format';
import { Notice } from '../../../components/ui/Notice';
import type { Locale, Translate } from '../../../core/i18n';
import type { Settings } from '../../../core/model';
import { hrefOf, type Route } from '../route';

export interface CardNoticeProps {
  /** undefined while loading. */
  state: 'missing' | 'merged' | undefined;
  /** The merged client's name, and the card it went into. */
  name: string;
  into: Route | undefined;
  t: Translate;
}

export function CardNotice({ state, name, into, t }: CardNoticeProps) {
  if (state === undefined) return <Notice title={t('loading')} />;
  if (state === 'missing') return <Notice title={t('app.card.missing')} body={t('app.card.missingBody')} />;
  return (
    <section className="notice">
      <h2>{t('app.card.merged', { name })}</h2>
      {into && <a href={hrefOf(into)}>{t('app.card.openMerged')}</a>}
    </section>
  );
}

/** A found card's history, deals, tasks and documents, with the settings and formats every card uses. */
export function cardData(
  found: Pick<ClientCardData, 'interactions' | 'deals' | 'tasks' | 'documents'>,
  settings: Settings,
  locale: Locale,
  now: number,
  t: Translate,
): ClientCardData {
  return {
    interactions: found.interactions,
    deals: found.deals,
    tasks: found.tasks,
    documents: found.documents,
    pipeline: settings.pipeline,
    currency: settings.stageRules?.amountCurrency ?? 'UAH',
    ownAddresses: settings.ownAddresses,
    now,
    f: formats(locale),
    t,
  };
}
