// New vs lost clients per month, and deals won and lost per month with their amounts.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CurrencyTotal, DealMonth, NewLostMonth } from '../../../core/analytics';
import type { Translate } from '../../../core/i18n';
import type { Formats } from '../format';
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
  return (
    <>
      <Section
        id="new-lost"
        title={t('app.funnel.newLost')}
        asTable={asTable}
        chart={() => (
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={nl} accessibilityLayer>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" />
              <YAxis allowDecimals={false} tickFormatter={f.number} />
              <Tooltip formatter={(v) => f.number(Number(v))} />
              <Legend />
              <Bar dataKey="new" name={t('app.funnel.new')} fill="#66bb6a" isAnimationActive={false} />
              <Bar dataKey="lost" name={t('app.funnel.lost')} fill="#8d6e63" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        )}
        table={() => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('app.funnel.month')}</th>
                <th scope="col">{t('app.funnel.new')}</th>
                <th scope="col">{t('app.funnel.lost')}</th>
              </tr>
            </thead>
            <tbody>
              {newLost.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{f.month(m.month)}</th>
                  <td>{f.number(m.new)}</td>
                  <td>{f.number(m.lost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      />
      <Section
        id="deals"
        title={t('app.funnel.deals')}
        note={t('app.funnel.dealsNote', { currency })}
        asTable={asTable}
        chart={() => (
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={dm} accessibilityLayer>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" />
              <YAxis tickFormatter={(v: number) => f.number(v)} />
              <Tooltip formatter={money} />
              <Legend />
              <Bar
                dataKey="wonAmount"
                name={t('app.funnel.wonAmount')}
                fill="#66bb6a"
                isAnimationActive={false}
              />
              <Bar
                dataKey="lostAmount"
                name={t('app.funnel.lostAmount')}
                fill="#ef5350"
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        )}
        table={() => (
          <>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('app.funnel.month')}</th>
                  <th scope="col">{t('app.funnel.won')}</th>
                  <th scope="col">{t('app.funnel.wonAmount')}</th>
                  <th scope="col">{t('app.funnel.lostDeals')}</th>
                  <th scope="col">{t('app.funnel.lostAmount')}</th>
                </tr>
              </thead>
              <tbody>
                {deals.months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{f.month(m.month)}</th>
                    <td>{f.number(m.won)}</td>
                    <td>{money(m.wonAmount)}</td>
                    <td>{f.number(m.lost)}</td>
                    <td>{money(m.lostAmount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>{t('app.funnel.totals')}</h3>
            <table>
              <tbody>
                {deals.totals.map((c) => (
                  <tr key={c.currency}>
                    <th scope="row">{c.currency}</th>
                    <td>
                      {t('app.funnel.totalWon', { count: c.won, amount: f.money(c.wonAmount, c.currency) })}
                    </td>
                    <td>
                      {t('app.funnel.totalLost', {
                        count: c.lost,
                        amount: f.money(c.lostAmount, c.currency),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      />
    </>
  );
}
