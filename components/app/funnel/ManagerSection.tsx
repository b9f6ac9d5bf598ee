// Activity per manager: clients owned, emails/calls/meetings, deals won, tasks done.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ManagerActivity } from '../../../core/analytics';
import type { Translate } from '../../../core/i18n';
import type { Formats } from '../format';
import { Section } from './Section';

export interface ManagerSectionProps {
  rows: readonly ManagerActivity[];
  asTable: boolean;
  f: Formats;
  t: Translate;
}

export function ManagerSection({ rows, asTable, f, t }: ManagerSectionProps) {
  const name = (m: string) => m || t('app.filter.noManager');
  const data = rows.map((r) => ({ ...r, name: name(r.manager) }));
  return (
    <Section
      id="managers"
      title={t('app.funnel.managers')}
      asTable={asTable}
      chart={() => (
        <ResponsiveContainer width="100%" height={40 + rows.length * 48}>
          <BarChart data={data} layout="vertical" accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} tickFormatter={f.number} />
            <YAxis type="category" dataKey="name" width={180} />
            <Tooltip formatter={(v) => f.number(Number(v))} />
            <Legend />
            <Bar
              dataKey="interactions"
              name={t('app.funnel.interactions')}
              fill="#42a5f5"
              isAnimationActive={false}
            />
            <Bar dataKey="dealsWon" name={t('app.funnel.won')} fill="#66bb6a" isAnimationActive={false} />
            <Bar
              dataKey="tasksDone"
              name={t('app.funnel.tasksDone')}
              fill="#ffa726"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('app.field.manager')}</th>
              <th scope="col">{t('app.funnel.clients')}</th>
              <th scope="col">{t('app.funnel.interactions')}</th>
              <th scope="col">{t('app.funnel.won')}</th>
              <th scope="col">{t('app.funnel.tasksDone')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.manager}>
                <th scope="row">{name(r.manager)}</th>
                <td>{f.number(r.clients)}</td>
                <td>{f.number(r.interactions)}</td>
                <td>{f.number(r.dealsWon)}</td>
                <td>{f.number(r.tasksDone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
