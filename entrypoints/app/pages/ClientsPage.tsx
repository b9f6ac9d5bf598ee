// #/clients: the whole base as a filterable, sortable, virtualised list with saved segments and bulk actions.
import { useMemo } from 'react';
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
import type { ListState } from '../use-list-state';
import { useSegments } from '../use-segments';

export interface ClientsPageProps {
  list: ListState;
  pipeline: StageDef[];
  locale: Locale;
  t: Translate;
}

const HOUR = 3_600_000;

export function ClientsPage({ list, pipeline, locale, t }: ClientsPageProps) {
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
    () => ({ stages: new Map(pipeline.map((s) => [s.id, s])), f: formats(locale), now, t }),
    [pipeline, locale, now, t],
  );
  const f = formats(locale);
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
        <p className="count" role="status" data-testid="list-count">
          {all === undefined
            ? t('loading')
            : t('app.list.count', { shown: f.number(visible.length), count: all.length })}
        </p>
      </header>
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
      {all !== undefined && visible.length === 0 && !loading ? (
        <p className="empty">{all.length === 0 ? t('app.list.emptyBase') : t('app.list.noMatch')}</p>
      ) : (
        <ClientTable
          rows={visible}
          columns={prefs.columns}
          sort={sort}
          onSort={list.setSort}
          selected={list.selected}
          onSelect={list.select}
          onOpen={(row) => go(clientRoute(row))}
          hrefOf={(row) => hrefOf(clientRoute(row))}
          ctx={ctx}
          label={t('app.nav.clients')}
        />
      )}
    </section>
  );
}
