// #/clients: the whole base as a filterable, sortable, virtualised list with saved segments and bulk actions.
import { useCallback, useMemo, useState } from 'react';
import type { Locale, Translate } from '../../../core/i18n';
import type { StageDef } from '../../../core/model';
import { BulkBar } from '../../../components/app/list/BulkBar';
import type { CellContext } from '../../../components/app/list/cells';
import { ClientTable } from '../../../components/app/list/ClientTable';
import { ColumnChooser } from '../../../components/app/list/ColumnChooser';
import { FilterBar } from '../../../components/app/list/FilterBar';
import { SegmentBar } from '../../../components/app/list/SegmentBar';
import { formats } from '../../../components/app/format';
import { useNow } from '../../../integrations/ui/use-now';
import { clientRoute, go, hrefOf } from '../route';
import { useAppPrefs } from '../use-app-prefs';
import { useBulkActions } from '../use-bulk-actions';
import { useTeam } from '../use-team';
import { receivers } from '../../../components/app/team/OwnerPanel';
import { useClientRows } from '../use-client-rows';
import { listOptions } from '../list-options';
import { stageTrack } from '../stage-track';
import type { ListState } from '../use-list-state';
import { useSegments } from '../use-segments';
import type { OfferUndo } from '../use-undo';
import { EmptyBase } from '../first-hour/EmptyBase';
import { NewClientDialog } from '../first-hour/NewClientDialog';
import { RemoveDemo } from '../first-hour/RemoveDemo';

export interface ClientsPageProps {
  list: ListState;
  pipeline: StageDef[];
  locale: Locale;
  t: Translate;
  offerUndo: OfferUndo;
}

const HOUR = 3_600_000;

export function ClientsPage({ list, pipeline, locale, t, offerUndo }: ClientsPageProps) {
  const [adding, setAdding] = useState(false);
  const now = useNow(HOUR);
  const { prefs, save: savePrefs } = useAppPrefs(pipeline);
  const { segments, save: saveSegment, remove: removeSegment } = useSegments();
  const { filter, sort } = list;
  const { all, visible, loading } = useClientRows(filter, sort, pipeline, locale, now);
  const team = useTeam();
  const members = useMemo(() => (team?.membership ? team.members : []), [team]);
  const bulk = useBulkActions(t, pipeline, members);

  const options = useMemo(
    () => ({
      pipeline,
      ...listOptions(all ?? [], locale),
      owners: members.map((m) => ({ value: m.name, label: m.displayName })),
    }),
    [all, pipeline, locale, members],
  );
  const receiversList = useMemo(
    () =>
      team?.membership?.level === 'admin'
        ? receivers(members).map((m) => ({ value: m.name, label: m.displayName }))
        : [],
    [team, members],
  );

  const ctx = useMemo<CellContext>(
    () => ({
      stages: new Map(pipeline.map((s) => [s.id, s])),
      f: formats(locale),
      now,
      t,
      owners: new Map(members.map((m) => [m.name, m.displayName])),
    }),
    [pipeline, locale, now, t, members],
  );
  const f = formats(locale);
  const tracks = useMemo(
    () => ({
      stage: stageTrack(
        pipeline.map((s) => s.label),
        getComputedStyle(document.body).font,
      ),
    }),
    [pipeline],
  );
  const { setReturnTo } = list;
  const clearReturn = useCallback(() => setReturnTo(null), [setReturnTo]);
  const selectedIds = [...list.selected];

  return (
    <section className="clients" aria-labelledby="clients-title">
      <header className="page-head">
        <h1 id="clients-title">{t('app.nav.clients')}</h1>
        <div className="kind" role="radiogroup" aria-label={t('app.list.kind')}>
          {(['people', 'companies'] as const).map((k) => (
            <label key={k} className="radio">
              <input
                type="radio"
                name="kind"
                checked={filter.kind === k}
                onChange={() => list.setFilter({ ...filter, kind: k, birthdayThisWeek: false })}
              />
              {t(`app.list.${k}`)}
            </label>
          ))}
        </div>
        <button type="button" className="primary new-client-button" onClick={() => setAdding(true)}>
          {t('app.list.newClient')}
        </button>
        <p className="count" role="status" data-testid="list-count">
          {all === undefined
            ? t('loading')
            : t('app.list.count', { shown: f.number(visible.length), count: all.length })}
        </p>
      </header>
      <NewClientDialog open={adding} onClose={() => setAdding(false)} t={t} />
      <RemoveDemo offerUndo={offerUndo} t={t} />
      <FilterBar
        filter={filter}
        query={list.query}
        onQuery={list.setQuery}
        onChange={list.setFilter}
        options={options}
        t={t}
      />
      <div className="toolbar">
        <SegmentBar
          segments={segments}
          activeId={list.segmentId}
          onApply={(s) => {
            list.applySegment(s);
            void savePrefs({ ...prefs, columns: s.columns });
          }}
          onSave={(name) =>
            void saveSegment(name, { ...filter, query: list.query }, sort, prefs.columns).then(
              list.applySegment,
            )
          }
          onDelete={(s) => void removeSegment(s)}
          t={t}
        />
        <ColumnChooser
          columns={prefs.columns}
          onChange={(columns) => void savePrefs({ ...prefs, columns })}
          inFirm={team?.membership !== undefined}
          t={t}
        />
      </div>
      <BulkBar
        count={list.selected.size}
        pipeline={pipeline}
        managers={options.managers}
        tags={options.tags}
        receivers={receiversList}
        busy={bulk.busy}
        status={bulk.status}
        onAction={(action) => void bulk.run(action, filter.kind, selectedIds)}
        onClear={list.clearSelection}
        t={t}
      />
      {all !== undefined && all.length === 0 && !loading ? (
        <EmptyBase onAdd={() => setAdding(true)} t={t} />
      ) : all !== undefined && visible.length === 0 && !loading ? (
        <p className="empty">{t('app.list.noMatch')}</p>
      ) : (
        <ClientTable
          rows={visible}
          columns={prefs.columns}
          sort={sort}
          onSort={list.setSort}
          selected={list.selected}
          onSelect={list.select}
          onOpen={(row) => {
            list.setReturnTo(row.id);
            go(clientRoute(row));
          }}
          onFollow={(row) => list.setReturnTo(row.id)}
          returnTo={list.returnTo}
          onReturned={clearReturn}
          tracks={tracks}
          hrefOf={(row) => hrefOf(clientRoute(row))}
          ctx={ctx}
          label={t('app.nav.clients')}
        />
      )}
    </section>
  );
}
