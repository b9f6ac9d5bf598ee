// The table every analytics section offers instead of its chart: column headings, then a row per category with
// the category as the row's heading and the same numbers as the chart.
import type { ReactNode } from 'react';

export interface DataTableProps<R> {
  /** The column headings, the row headings' column first; none for a table of totals. */
  columns?: readonly ReactNode[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  rowHead: (row: R) => ReactNode;
  cells: (row: R) => readonly ReactNode[];
  /** Attributes of a row's <tr> and a cell's test id, for tests that find a row by what it stands for. */
  rowData?: (row: R) => Record<`data-${string}`, string>;
  cellTestId?: (row: R, cell: number) => string | undefined;
}

export function DataTable<R>({
  columns,
  rows,
  rowKey,
  rowHead,
  cells,
  rowData,
  cellTestId,
}: DataTableProps<R>) {
  return (
    <table>
      {columns && (
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {rows.map((r) => (
          <tr key={rowKey(r)} {...rowData?.(r)}>
            <th scope="row">{rowHead(r)}</th>
            {cells(r).map((c, i) => (
              <td key={i} data-testid={cellTestId?.(r, i)}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
