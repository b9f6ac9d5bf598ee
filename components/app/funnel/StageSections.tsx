// Clients per stage over time, and the funnel with conversion between stages.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FunnelStep, StageMonth } from '../../../core/analytics';
import type { Translate } from '../../../core/i18n';
import type { StageDef } from '../../../core/model';
import type { Formats } from '../format';
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
  return (
    <>
      <Section
        id="stages-over-time"
        title={t('app.funnel.overTime')}
        note={t('app.funnel.overTimeNote')}
        asTable={asTable}
        chart={() => (
          <ResponsiveContainer width="100%" height={300}>
            <BarChart data={data} accessibilityLayer>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis allowDecimals={false} tickFormatter={f.number} />
              <Tooltip formatter={(v) => f.number(Number(v))} />
              <Legend />
              {pipeline.map((s) => (
                <Bar
                  key={s.id}
                  dataKey={s.id}
                  name={s.label}
                  stackId="stages"
                  fill={s.color}
                  isAnimationActive={false}
                />
              ))}
              {anyUnknown && (
                <Bar
                  dataKey="unknown"
                  name={t('app.funnel.unknown')}
                  stackId="stages"
                  fill={UNKNOWN}
                  isAnimationActive={false}
                />
              )}
            </BarChart>
          </ResponsiveContainer>
        )}
        table={() => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('app.funnel.month')}</th>
                {pipeline.map((s) => (
                  <th key={s.id} scope="col">
                    {s.label}
                  </th>
                ))}
                {anyUnknown && <th scope="col">{t('app.funnel.unknown')}</th>}
                <th scope="col">{t('app.funnel.source')}</th>
              </tr>
            </thead>
            <tbody>
              {overTime.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{f.month(m.month)}</th>
                  {pipeline.map((s) => (
                    <td key={s.id}>{f.number(m.counts[s.id] ?? 0)}</td>
                  ))}
                  {anyUnknown && <td>{f.number(m.unknown)}</td>}
                  <td>{t(`app.funnel.source.${m.source}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      />
      <Section
        id="funnel"
        title={t('app.funnel.funnel')}
        note={t('app.funnel.funnelNote')}
        asTable={asTable}
        chart={() => (
          <ResponsiveContainer width="100%" height={40 + funnel.length * 36}>
            <BarChart data={funnelData} layout="vertical" accessibilityLayer>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" allowDecimals={false} tickFormatter={f.number} />
              <YAxis type="category" dataKey="stage" width={180} />
              <Tooltip formatter={(v) => f.number(Number(v))} />
              <Legend />
              <Bar
                dataKey="reached"
                name={t('app.funnel.reached')}
                fill="#42a5f5"
                isAnimationActive={false}
              />
              <Bar dataKey="count" name={t('app.funnel.now')} fill="#26a69a" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        )}
        table={() => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('stage')}</th>
                <th scope="col">{t('app.funnel.now')}</th>
                <th scope="col">{t('app.funnel.reached')}</th>
                <th scope="col">{t('app.funnel.conversion')}</th>
              </tr>
            </thead>
            <tbody>
              {funnel.map((s) => (
                <tr key={s.stage} data-stage={s.stage}>
                  <th scope="row">{label(s.stage)}</th>
                  <td data-testid={`funnel-count-${s.stage}`}>{f.number(s.count)}</td>
                  <td>{f.number(s.reached)}</td>
                  <td>{s.conversion === null ? '—' : f.percent(s.conversion)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      />
    </>
  );
}
