// Clients per stage over time, and the funnel with conversion between stages.
import type { FunnelStep, StageMonth } from '../../../core/analytics';
import type { Translate } from '../../../core/i18n';
import type { StageDef } from '../../../core/model';
import type { Formats } from '../format';
import { BarsChart } from './BarsChart';
import { DataTable } from './DataTable';
import { Section } from './Section';

export interface StageSectionsProps {
  overTime: readonly StageMonth[];
  funnel: readonly FunnelStep[];
  pipeline: readonly StageDef[];
  asTable: boolean;
  f: Formats;
  t: Translate;
}

const UNKNOWN = '#bdbdbd';

export function StageSections({ overTime, funnel, pipeline, asTable, f, t }: StageSectionsProps) {
  const label = (id: string) => pipeline.find((s) => s.id === id)?.label ?? id;
  const data = overTime.map((m) => ({ month: f.month(m.month), ...m.counts, unknown: m.unknown }));
  const funnelData = funnel.map((s) => ({ stage: label(s.stage), reached: s.reached, count: s.count }));
  const anyUnknown = overTime.some((m) => m.unknown > 0);
  const count = (v: unknown) => f.number(Number(v));
  return (
    <>
      <Section
        id="stages-over-time"
        title={t('app.funnel.overTime')}
        note={t('app.funnel.overTimeNote')}
        asTable={asTable}
        chart={() => (
          <BarsChart
            data={data}
            category="month"
            layout="columns"
            height={300}
            tick={f.number}
            tooltip={count}
            counts
            bars={[
              ...pipeline.map((s) => ({ key: s.id, name: s.label, fill: s.color, stack: 'stages' })),
              ...(anyUnknown
                ? [{ key: 'unknown', name: t('app.funnel.unknown'), fill: UNKNOWN, stack: 'stages' }]
                : []),
            ]}
          />
        )}
        table={() => (
          <DataTable
            columns={[
              t('app.funnel.month'),
              ...pipeline.map((s) => s.label),
              ...(anyUnknown ? [t('app.funnel.unknown')] : []),
              t('app.funnel.source'),
            ]}
            rows={overTime}
            rowKey={(m) => m.month}
            rowHead={(m) => f.month(m.month)}
            cells={(m) => [
              ...pipeline.map((s) => f.number(m.counts[s.id] ?? 0)),
              ...(anyUnknown ? [f.number(m.unknown)] : []),
              t(`app.funnel.source.${m.source}`),
            ]}
          />
        )}
      />
      <Section
        id="funnel"
        title={t('app.funnel.funnel')}
        note={t('app.funnel.funnelNote')}
        asTable={asTable}
        chart={() => (
          <BarsChart
            data={funnelData}
            category="stage"
            layout="rows"
            height={40 + funnel.length * 36}
            tick={f.number}
            tooltip={count}
            counts
            bars={[
              { key: 'reached', name: t('app.funnel.reached'), fill: '#42a5f5' },
              { key: 'count', name: t('app.funnel.now'), fill: '#26a69a' },
            ]}
          />
        )}
        table={() => (
          <DataTable
            columns={[t('stage'), t('app.funnel.now'), t('app.funnel.reached'), t('app.funnel.conversion')]}
            rows={funnel}
            rowKey={(s) => s.stage}
            rowHead={(s) => label(s.stage)}
            rowData={(s) => ({ 'data-stage': s.stage })}
            cellTestId={(s, i) => (i === 0 ? `funnel-count-${s.stage}` : undefined)}
            cells={(s) => [
              f.number(s.count),
              f.number(s.reached),
              s.conversion === null ? '—' : f.percent(s.conversion),
            ]}
          />
        )}
      />
    </>
  );
}
