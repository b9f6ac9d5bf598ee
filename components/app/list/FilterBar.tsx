// The list's filters: search, stage, segment, tag, place, industry, manager, quiet for N days, tasks, birthdays.
import type { Translate } from '../../../core/i18n';
import type { StageDef } from '../../../core/model';
import { activeFilterCount, emptyFilter, type ListFilter, type StageGroup } from '../../../core/segments';
import { CheckMenu } from '../common/CheckMenu';

export interface FilterOptions {
  pipeline: readonly StageDef[];
  tags: readonly string[];
  places: readonly string[];
  industries: readonly string[];
  managers: readonly string[];
  /** In a firm: its members, to filter by the responsible one (value: member name). */
  owners?: readonly { value: string; label: string }[];
}

export interface FilterBarProps {
  filter: ListFilter;
  /** The search box's text (applied to the filter after a short pause by the page). */
  query: string;
  onQuery: (query: string) => void;
  onChange: (filter: ListFilter) => void;
  options: FilterOptions;
  t: Translate;
}

const GROUPS: readonly StageGroup[] = ['open', 'won', 'lost', 'none'];

export function FilterBar({ filter, query, onQuery, onChange, options, t }: FilterBarProps) {
  const set = <K extends keyof ListFilter>(key: K, value: ListFilter[K]) =>
    onChange({ ...filter, [key]: value });
  const plain = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
  const menu = { filterLabel: t('app.filter.narrow'), emptyLabel: t('app.filter.noOptions') };
  const count = activeFilterCount(filter);
  return (
    <div className="filters" role="search" aria-label={t('app.filter.title')}>
      <input
        type="search"
        className="list-search"
        aria-label={t('app.list.search')}
        placeholder={t('app.list.search')}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
      <CheckMenu
        label={t('app.filter.stage')}
        options={options.pipeline.map((s) => ({ value: s.id, label: s.label }))}
        selected={filter.stages}
        onChange={(v) => set('stages', v)}
        {...menu}
      />
      <CheckMenu
        label={t('app.filter.segment')}
        options={GROUPS.map((g) => ({ value: g, label: t(`app.group.${g}`) }))}
        selected={filter.groups}
        onChange={(v) =>
          set(
            'groups',
            v.filter((g): g is StageGroup => (GROUPS as readonly string[]).includes(g)),
          )
        }
        {...menu}
      />
      <CheckMenu
        label={t('app.filter.tag')}
        options={plain(options.tags)}
        selected={filter.tags}
        onChange={(v) => set('tags', v)}
        {...menu}
      />
      <CheckMenu
        label={t('app.filter.place')}
        options={plain(options.places)}
        selected={filter.places}
        onChange={(v) => set('places', v)}
        {...menu}
      />
      <CheckMenu
        label={t('app.filter.industry')}
        options={plain(options.industries)}
        selected={filter.industries}
        onChange={(v) => set('industries', v)}
        {...menu}
      />
      <CheckMenu
        label={t('app.filter.manager')}
        options={[{ value: '', label: t('app.filter.noManager') }, ...plain(options.managers)]}
        selected={filter.managers}
        onChange={(v) => set('managers', v)}
        {...menu}
      />
      {options.owners && options.owners.length > 0 && (
        <CheckMenu
          label={t('team.owner.filter')}
          options={[...options.owners]}
          selected={filter.owners ?? []}
          onChange={(v) => set('owners', v)}
          {...menu}
        />
      )}
      <label className="inline-filter">
        <input
          type="checkbox"
          checked={filter.quietDays !== null}
          onChange={(e) => set('quietDays', e.target.checked ? 30 : null)}
        />
        {t('app.filter.quietFor')}
        <input
          type="number"
          min={1}
          max={3650}
          className="days"
          aria-label={t('app.filter.quietDays')}
          value={filter.quietDays ?? 30}
          disabled={filter.quietDays === null}
          onChange={(e) => {
            const n = Math.round(Number(e.target.value));
            if (Number.isFinite(n) && n >= 1) set('quietDays', n);
          }}
        />
        {t('app.filter.days')}
      </label>
      <label className="inline-filter">
        <input
          type="checkbox"
          checked={filter.hasOpenTasks}
          onChange={(e) => set('hasOpenTasks', e.target.checked)}
        />
        {t('app.filter.openTasks')}
      </label>
      {filter.kind === 'people' && (
        <label className="inline-filter">
          <input
            type="checkbox"
            checked={filter.birthdayThisWeek}
            onChange={(e) => set('birthdayThisWeek', e.target.checked)}
          />
          {t('app.filter.birthdayWeek')}
        </label>
      )}
      {count > 0 && (
        <button
          type="button"
          onClick={() => {
            onQuery('');
            onChange(emptyFilter(filter.kind));
          }}
        >
          {t('app.filter.clear', { count })}
        </button>
      )}
    </div>
  );
}
