// The bar chart every analytics section draws: a grid, both axes, a tooltip, a legend, and its bars (stacked or
// side by side), either with months along the bottom or with one row of bars per category.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface BarSpec {
  /** The field of each datum the bar shows, and its name in the legend. */
  key: string;
  name: string;
  fill: string;
  /** Bars with the same stack are drawn on top of each other. */
  stack?: string;
}

export interface BarsChartProps {
  data: readonly object[];
  bars: readonly BarSpec[];
  /** The field of each datum that names its category: a month, a stage, a manager. */
  category: string;
  /** `rows`: one row of bars per category, the values along the bottom; `columns`: categories along the bottom. */
  layout: 'rows' | 'columns';
  height: number;
  /** The value axis's ticks, and the tooltip's values. */
  tick: (value: number) => string;
  tooltip: (value: unknown) => string;
  /** Whole numbers only on the value axis (counts, not amounts). */
  counts: boolean;
}

export function BarsChart({ data, bars, category, layout, height, tick, tooltip, counts }: BarsChartProps) {
  const integers = counts ? { allowDecimals: false } : {};
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data as object[]}
        {...(layout === 'rows' ? { layout: 'vertical' } : {})}
        accessibilityLayer
      >
        <CartesianGrid strokeDasharray="3 3" />
        {layout === 'rows' ? (
          <XAxis type="number" {...integers} tickFormatter={tick} />
        ) : (
          <XAxis dataKey={category} />
        )}
        {layout === 'rows' ? (
          <YAxis type="category" dataKey={category} width={180} />
        ) : (
          <YAxis {...integers} tickFormatter={tick} />
        )}
        <Tooltip formatter={tooltip} />
        {/* Recharts writes each legend label in its series' colour; the swatch carries the colour, the text reads. */}
        <Legend formatter={(value: string) => <span className="legend-text">{value}</span>} />
        {bars.map((b) => (
          <Bar
            key={b.key}
            dataKey={b.key}
            name={b.name}
            {...(b.stack === undefined ? {} : { stackId: b.stack })}
            fill={b.fill}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
