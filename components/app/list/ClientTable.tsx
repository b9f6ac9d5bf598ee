// The virtualised client list: only the rows in view are in the DOM, so 100,000 clients scroll smoothly.
// One tab stop; arrows, Page Up/Down, Home/End move, Enter opens, Space selects.
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ColumnId, ListRow, SortSpec } from '../../../core/segments';
import { cellText, columnTrack, type CellContext } from './cells';
import { useRowVirtualizer } from './use-row-virtualizer';

export interface ClientTableProps {
  rows: readonly ListRow[];
  columns: readonly ColumnId[];
  sort: SortSpec;
  onSort: (sort: SortSpec) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onOpen: (row: ListRow) => void;
  hrefOf: (row: ListRow) => string;
  ctx: CellContext;
  label: string;
  /** A row whose card was just open: once the rows hold it, it becomes the active row and the grid takes focus. */
  returnTo?: string | null;
  onReturned?: () => void;
  /** A row's name link was followed to its card. */
  onFollow?: (row: ListRow) => void;
  /** Column widths measured by the page (the stage column fits its longest name); the rest use `columnTrack`. */
  tracks?: Partial<Record<ColumnId, string>>;
}

const ROW = 36;
const noFollow = () => undefined;

export function ClientTable({
  rows,
  columns,
  sort,
  onSort,
  selected,
  onSelect,
  onOpen,
  hrefOf,
  ctx,
  label,
  returnTo = null,
  onReturned,
  onFollow = noFollow,
  tracks,
}: ClientTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtual = useRowVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    rowHeight: ROW,
    overscan: 12,
  });
  const grid = `36px ${columns.map((c) => tracks?.[c] ?? columnTrack(c)).join(' ')}`;
  const current = Math.min(active, Math.max(0, rows.length - 1));
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));

  // Back from a card (browser Back or the card's own link): the keyboard user lands on the row they left from. The
  // row is the one named when the table mounted (the list page came back); later changes are the page's own.
  const [pending, setPending] = useState(returnTo);
  // A new object for each return, so the effect below can tell a return it has handled from a new one.
  const [focusBack, setFocusBack] = useState<{ index: number } | null>(null);
  const handledReturn = useRef<{ index: number } | null>(null);
  const back = pending === null ? -1 : rows.findIndex((r) => r.id === pending);
  if (back >= 0) {
    // Adjusted while rendering (React's pattern for state that follows the rows), before the row is drawn.
    setPending(null);
    setActive(back);
    setFocusBack({ index: back });
  }
  useEffect(() => {
    // Once per return: `virtual` and `onReturned` changing later must not take focus again.
    if (focusBack === null || handledReturn.current === focusBack) return;
    handledReturn.current = focusBack;
    virtual.scrollToIndex(focusBack.index, { align: 'center' });
    scroller.current?.focus({ preventScroll: true });
    onReturned?.();
  }, [focusBack, virtual, onReturned]);

  const move = (to: number) => {
    const index = Math.max(0, Math.min(rows.length - 1, to));
    setActive(index);
    virtual.scrollToIndex(index, { align: 'auto' });
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW * 10) / ROW) - 1);
    const row = rows[current];
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(current + 1),
      ArrowUp: () => move(current - 1),
      PageDown: () => move(current + page),
      PageUp: () => move(current - page),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => row && onOpen(row),
      ' ': () => row && onSelect([row.id], !selected.has(row.id)),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    } else if (e.key === 'a' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSelect(
        rows.map((r) => r.id),
        !allSelected,
      );
    }
  };

  // The scrolling body is the grid (it holds focus, so it carries aria-activedescendant); the header row sits
  // above it, outside the scroller, and joins the grid through aria-owns. The spacer that gives the virtual
  // list its height is presentational, so the grid's children are rows only.
  return (
    <div className="table">
      <div
        id={HEAD_ID}
        className="row head"
        role="row"
        aria-rowindex={1}
        style={{ gridTemplateColumns: grid }}
      >
        <span role="columnheader" className="cell check">
          <input
            type="checkbox"
            aria-label={ctx.t('app.list.selectAll', { count: rows.length })}
            checked={allSelected}
            onChange={(e) =>
              onSelect(
                rows.map((r) => r.id),
                e.target.checked,
              )
            }
          />
        </span>
        {columns.map((c) => (
          <span
            key={c}
            role="columnheader"
            className="cell"
            aria-sort={sort.column === c ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <button
              type="button"
              onClick={() =>
                onSort({ column: c, dir: sort.column === c && sort.dir === 'asc' ? 'desc' : 'asc' })
              }
            >
              {ctx.t(`app.col.${c}`)}
              {sort.column === c && <span aria-hidden="true">{sort.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
            </button>
          </span>
        ))}
      </div>
      <div
        ref={scroller}
        className="body"
        role="grid"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        aria-multiselectable="true"
        aria-owns={HEAD_ID}
        tabIndex={0}
        onKeyDown={onKey}
        aria-activedescendant={rows[current] ? `row-${rows[current].id}` : undefined}
        data-testid="client-list"
      >
        <div role="presentation" style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <Row
                key={row.id}
                row={row}
                index={item.index}
                top={item.start}
                grid={grid}
                columns={columns}
                selected={selected.has(row.id)}
                active={item.index === current}
                href={hrefOf(row)}
                onFollow={onFollow}
                onSelect={onSelect}
                onActivate={setActive}
                ctx={ctx}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

const HEAD_ID = 'client-table-head';

interface RowProps {
  row: ListRow;
  index: number;
  top: number;
  grid: string;
  columns: readonly ColumnId[];
  selected: boolean;
  active: boolean;
  href: string;
  /** The name link was followed (its href navigates; this only records the row to come back to). */
  onFollow: (row: ListRow) => void;
  onSelect: (ids: string[], on: boolean) => void;
  onActivate: (index: number) => void;
  ctx: CellContext;
}

const Row = memo(function Row({
  row,
  index,
  top,
  grid,
  columns,
  selected,
  active,
  href,
  onFollow,
  onSelect,
  onActivate,
  ctx,
}: RowProps) {
  const stage = row.stage === undefined ? undefined : ctx.stages.get(row.stage);
  return (
    <div
      id={`row-${row.id}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`row${active ? ' active' : ''}`}
      style={{ gridTemplateColumns: grid, transform: `translateY(${top}px)` }}
      onMouseDown={() => onActivate(index)}
    >
      <span role="gridcell" className="cell check">
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={ctx.t('app.list.select', { name: row.name })}
          checked={selected}
          onChange={(e) => onSelect([row.id], e.target.checked)}
        />
      </span>
      {columns.map((c) => (
        <span key={c} role="gridcell" className={`cell col-${c}`}>
          {c === 'name' ? (
            <a href={href} tabIndex={-1} onClick={() => onFollow(row)}>
              {row.name}
            </a>
          ) : c === 'stage' && stage ? (
            <span className="stage-chip" style={{ borderColor: stage.color }} title={stage.label}>
              {stage.label}
            </span>
          ) : (
            cellText(row, c, ctx)
          )}
        </span>
      ))}
    </div>
  );
});
