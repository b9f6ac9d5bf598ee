// The person's deals: open ones first, then closed, each with its amount and outcome.
import type { DealView } from '../../core/card';
import type { MessageKey, Translate } from '../../core/i18n';

export interface DealListProps {
  deals: DealView[];
  locale: string;
  t: Translate;
}

const STATUS: Record<DealView['status'], MessageKey> = {
  open: 'sidebar.deal.open',
  won: 'sidebar.deal.won',
  lost: 'sidebar.deal.lost',
};

function amount(deal: DealView, locale: string): string | null {
  if (deal.amount === null) return null;
  const number = deal.amount.toLocaleString(locale, { maximumFractionDigits: 2 });
  return deal.currency ? `${number} ${deal.currency}` : number;
}

export function DealList({ deals, locale, t }: DealListProps) {
  if (deals.length === 0) return null;
  return (
    <section className="section" aria-labelledby="deals-title" data-testid="deals">
      <h2 className="section-title" id="deals-title">
        {t('sidebar.deals')} <span className="section-count">{deals.length}</span>
      </h2>
      <ul className="rows">
        {deals.map((deal) => (
          <li key={deal.id} className="row deal">
            <span className="row-title">{deal.title}</span>
            <span className="row-meta">{amount(deal, locale)}</span>
            <span className={`deal-status deal-${deal.status}`} title={deal.lostReason ?? undefined}>
              {t(STATUS[deal.status])}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
