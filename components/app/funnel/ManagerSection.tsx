// Activity per manager: clients owned, emails/calls/meetings, deals won, tasks done.
import type { ManagerActivity } from '../../../core/analytics';
import type { Translate } from '../../../core/i18n';
import type { Formats } from '../format';
import { BarsChart } from './BarsChart';
import { DataTable } from './DataTable';
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
        <BarsChart
          data={data}
          category="name"
          layout="rows"
          height={40 + rows.length * 48}
          tick={f.number}
          tooltip={(v) => f.number(Number(v))}
          counts
          bars={[
            { key: 'interactions', name: t('app.funnel.interactions'), fill: '#42a5f5' },
            { key: 'dealsWon', name: t('app.funnel.won'), fill: '#66bb6a' },
            { key: 'tasksDone', name: t('app.funnel.tasksDone'), fill: '#ffa726' },
          ]}
        />
      )}
      table={() => (
        <DataTable
          columns={[
            t('app.field.manager'),
            t('app.funnel.clients'),
            t('app.funnel.interactions'),
            t('app.funnel.won'),
            t('app.funnel.tasksDone'),
          ]}
          rows={rows}
          rowKey={(r) => r.manager}
          rowHead={(r) => name(r.manager)}
          cells={(r) => [r.clients, r.interactions, r.dealsWon, r.tasksDone].map(f.number)}
        />
      )}
    />
  );
}
