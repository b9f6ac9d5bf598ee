// One analytics section: a heading, then a chart or the table of the same numbers.
import type { ReactNode } from 'react';

export interface SectionProps {
  id: string;
  title: string;
  note?: string;
  asTable: boolean;
  chart: () => ReactNode;
  table: () => ReactNode;
}

export function Section({ id, title, note, asTable, chart, table }: SectionProps) {
  return (
    <section className="panel analytics" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {note && <p className="muted small">{note}</p>}
      {asTable ? <div className="table-wrap">{table()}</div> : <div className="chart">{chart()}</div>}
    </section>
  );
}
