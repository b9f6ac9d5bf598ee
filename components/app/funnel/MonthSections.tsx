// New vs lost clients per month, and deals won and lost per month with their amounts.
import type { CurrencyTotal, DealMonth, NewLostMonth } from '../../../core/analytics';
import type { Translate } from '../../../core/i18n';
import type { Formats } from '../format';
import { BarsChart } from './BarsChart';
import { DataTable } from './DataTable';
import { Section } from './Section';

export interface MonthSectionsProps {
  newLost: readonly NewLostMonth[];
  deals: { months: readonly DealMonth[]; totals: readonly CurrencyTotal[] };
  currency: string;
  asTable: boolean;
  f: Formats;
  t: Translate;
}

export function MonthSections({ newLost, deals, currency, asTable, f, t }: MonthSectionsProps) {
  const nl = newLost.map((m) => ({ ...m, label: f.month(m.month) }));
  const dm = deals.months.map((m) => ({ ...m, label: f.month(m.month) }));
  const money = (v: unknown) => f.money(Number(v), currency);
  const count = (v: unknown) => f.number(Number(v));
  // Months along the bottom of each chart, a row per month in each table.
  const monthChart = { category: 'label', layout: 'columns', height: 260, tick: f.number } as const;
  const byMonth = {
    rowKey: (m: { month: string }) => m.month,
    rowHead: (m: { month: string }) => f.month(m.month),
  };
  return (
    <>
      <Section
        id="new-lost"
        title={t('app.funnel.newLost')}
        asTable={asTable}
        chart={() => (
          <BarsChart
            {...monthChart}
            data={nl}
            tooltip={count}
            counts
            bars={[
              { key: 'new', name: t('app.funnel.new'), fill: '#66bb6a' },
              { key: 'lost', name: t('app.funnel.lost'), fill: '#8d6e63' },
            ]}
          />
        )}
        table={() => (
          <DataTable
            columns={[t('app.funnel.month'), t('app.funnel.new'), t('app.funnel.lost')]}
            rows={newLost}
            {...byMonth}
            cells={(m) => [f.number(m.new), f.number(m.lost)]}
          />
        )}
      />
      <Section
        id="deals"
        title={t('app.funnel.deals')}
        note={t('app.funnel.dealsNote', { currency })}
        asTable={asTable}
        chart={() => (
          <BarsChart
            {...monthChart}
            data={dm}
            tooltip={money}
            counts={false}
            bars={[
              { key: 'wonAmount', name: t('app.funnel.wonAmount'), fill: '#66bb6a' },
              { key: 'lostAmount', name: t('app.funnel.lostAmount'), fill: '#ef5350' },
            ]}
          />
        )}
        table={() => (
          <>
            <DataTable
              columns={[
                t('app.funnel.month'),
                t('app.funnel.won'),
                t('app.funnel.wonAmount'),
                t('app.funnel.lostDeals'),
                t('app.funnel.lostAmount'),
              ]}
              rows={deals.months}
              {...byMonth}
              cells={(m) => [f.number(m.won), money(m.wonAmount), f.number(m.lost), money(m.lostAmount)]}
            />
            <h3>{t('app.funnel.totals')}</h3>
            <DataTable
              rows={deals.totals}
              rowKey={(c) => c.currency}
              rowHead={(c) => c.currency}
              cells={(c) => [
                t('app.funnel.totalWon', { count: c.won, amount: f.money(c.wonAmount, c.currency) }),
                t('app.funnel.totalLost', { count: c.lost, amount: f.money(c.lostAmount, c.currency) }),
              ]}
            />
          </>
        )}
      />
    </>
  );
}
