// The person's deals: open ones first, then closed, each with its amount and outcome.
import type { DealView } from '../../core/card';
import type { Locale, MessageKey, Translate } from '../../core/i18n';
import { dealMoney } from './format';

export interface DealListProps {
  deals: DealView[];
  /** The base's currency: an amount without its own is in it. */
  currency: string;
  locale: Locale;
  t: Translate;
}

const STATUS: Record<DealView['status'], MessageKey> = {
  open: 'sidebar.deal.open',
  won: 'sidebar.deal.won',
  lost: 'sidebar.deal.lost',
};

export function DealList({ deals, currency, locale, t }: DealListProps) {
  if (deals.length === 0) return null;
  return (
    <section className="section" aria-labelledby="deals-title" data-testid="deals">
      <h2 className="section-title" id="deals-title">
        {t('sidebar.deals')} <span className="section-count">{deals.length}</span>
      </h2>
      <ul className="rows">
        {deals.map((deal) => (
          <li key={deal.id} className="row deal">
            <span className="row-title" title={deal.title}>
              {deal.title}
            </span>
            <span className="row-meta">
              {deal.amount === null ? null : dealMoney(deal.amount, deal.currency, locale, currency)}
            </span>
            <span className={`deal-status deal-${deal.status}`} title={deal.lostReason ?? undefined}>
              {t(STATUS[deal.status])}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
