// The client list as plain data: one compact row per client, filter predicates, sorting and saved segments.
import type { Birthday, Company, Person, StageDef } from './model';

/** One client as the list shows it: a person or a company, reduced to what filters and columns need. */
export interface ListRow {
  kind: 'person' | 'company';
  id: string;
  name: string;
  email?: string;
  phone?: string;
  companyId?: string;
  companyName?: string;
  position?: string;
  stage?: string;
  tags: string[];
  city?: string;
  region?: string;
  industry?: string;
  manager?: string;
  /** In a firm: the member responsible for the client (its owner). */
  owner?: string;
  lastContactAt?: number;
  birthday?: Birthday;
  openTasks: number;
  createdAt: number;
}

export type StageGroup = StageDef['kind'] | 'none';

/** Everything the list can be narrowed by; empty lists and nulls mean "any". */
export interface ListFilter {
  kind: 'people' | 'companies';
  query: string;
  stages: string[];
  /** Pipeline segment: prospects (open stages), customers (won), lost, or not a client at all. */
  groups: StageGroup[];
  /** Every tag must be present. */
  tags: string[];
  /** City or region, any of. */
  places: string[];
  industries: string[];
  /** '' stands for "no manager". */
  managers: string[];
  /** In a firm: the responsible members (owners), any of; absent in filters saved before firms. */
  owners?: string[];
  /** No contact for more than this many days (never contacted counts as quiet). */
  quietDays: number | null;
  hasOpenTasks: boolean;
  birthdayThisWeek: boolean;
}

export const COLUMN_IDS = [
  'name',
  'company',
  'position',
  'stage',
  'email',
  'phone',
  'tags',
  'city',
  'industry',
  'manager',
  'lastContact',
  'openTasks',
  'birthday',
  'created',
  /** In a firm: the responsible member (the client's owner), apart from the free-text manager field. */
  'owner',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export const DEFAULT_COLUMNS: readonly ColumnId[] = [
  'name',
  'company',
  'stage',
  'email',
  'city',
  'manager',
  'lastContact',
];

export interface SortSpec {
  column: ColumnId;
  dir: 'asc' | 'desc';
}

/** A named, saved combination of filter, sort and columns. */
export interface SavedSegment {
  id: string;
  name: string;
  filter: ListFilter;
  sort: SortSpec;
  columns: ColumnId[];
  createdAt: number;
}

/** A filter that lets every client of the kind through. */
export function emptyFilter(kind: ListFilter['kind'] = 'people'): ListFilter {
  return {
    kind,
    query: '',
    stages: [],
    groups: [],
    tags: [],
    places: [],
    industries: [],
    managers: [],
    quietDays: null,
    hasOpenTasks: false,
    birthdayThisWeek: false,
  };
}

/** How many filters (beyond the kind) are set: for the "N filters" badge and "clear" button. */
export function activeFilterCount(f: ListFilter): number {
  return (
    (f.query.trim() ? 1 : 0) +
    [f.stages, f.groups, f.tags, f.places, f.industries, f.managers, f.owners ?? []].filter(
      (l) => l.length > 0,
    ).length +
    (f.quietDays !== null ? 1 : 0) +
    (f.hasOpenTasks ? 1 : 0) +
    (f.birthdayThisWeek ? 1 : 0)
  );
}

const DAY = 86_400_000;

/** Days from the local day of `now` to the next occurrence of the birthday (0 = today); 29 Feb falls on 28 Feb in common years. */
export function daysUntilBirthday(b: Birthday, now: number): number {
  const today = new Date(now);
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  for (const year of [start.getFullYear(), start.getFullYear() + 1]) {
    const leap = new Date(year, 1, 29).getMonth() === 1;
    const day = b.month === 2 && b.day === 29 && !leap ? 28 : b.day;
    const next = new Date(year, b.month - 1, day);
    if (next.getTime() >= start.getTime()) return Math.round((next.getTime() - start.getTime()) / DAY);
  }
  return 366;
}

/** What the predicates need besides the row: the clock, the pipeline and the search hits (ids), if any. */
export interface FilterContext {
  now: number;
  stageKinds: ReadonlyMap<string, StageDef['kind']>;
  /** Ids matching the search query; undefined when there is no query. */
  searchHits?: ReadonlySet<string>;
}

const lower = (s: string | undefined) => (s ?? '').toLowerCase();

/** Builds the predicate for one filter: lists are lower-cased once, so testing 100,000 rows stays cheap. */
export function rowPredicate(f: ListFilter, ctx: FilterContext): (row: ListRow) => boolean {
  const stages = new Set(f.stages);
  const groups = new Set(f.groups);
  const tags = f.tags.map(lower);
  const places = new Set(f.places.map(lower));
  const industries = new Set(f.industries.map(lower));
  const managers = new Set(f.managers);
  const owners = new Set(f.owners ?? []);
  const quietBefore = f.quietDays === null ? null : ctx.now - f.quietDays * DAY;
  return (row) => {
    if (ctx.searchHits && !ctx.searchHits.has(row.id)) return false;
    if (stages.size > 0 && (row.stage === undefined || !stages.has(row.stage))) return false;
    if (groups.size > 0) {
      const group: StageGroup = row.stage === undefined ? 'none' : (ctx.stageKinds.get(row.stage) ?? 'open');
      if (!groups.has(group)) return false;
    }
    if (tags.length > 0) {
      const own = row.tags.map(lower);
      if (!tags.every((t) => own.includes(t))) return false;
    }
    if (places.size > 0 && !places.has(lower(row.city)) && !places.has(lower(row.region))) return false;
    if (industries.size > 0 && !industries.has(lower(row.industry))) return false;
    if (managers.size > 0 && !managers.has(row.manager ?? '')) return false;
    if (owners.size > 0 && !owners.has(row.owner ?? '')) return false;
    if (quietBefore !== null && row.lastContactAt !== undefined && row.lastContactAt >= quietBefore)
      return false;
    if (f.hasOpenTasks && row.openTasks === 0) return false;
    if (f.birthdayThisWeek && (row.birthday === undefined || daysUntilBirthday(row.birthday, ctx.now) > 6))
      return false;
    return true;
  };
}

/** True when the row passes every set filter. */
export function rowMatches(row: ListRow, f: ListFilter, ctx: FilterContext): boolean {
  return rowPredicate(f, ctx)(row);
}

/** The rows that pass the filter, in their original order. */
export function filterRows(rows: readonly ListRow[], f: ListFilter, ctx: FilterContext): ListRow[] {
  return rows.filter(rowPredicate(f, ctx));
}

/** The value a row is sorted by in a column (undefined sorts last). */
export type SortKey = (row: ListRow) => string | number | undefined;

/** How a column sorts: the row's value for it (the stage by its place in the pipeline). */
export function sortKey(column: ColumnId, stageOrder: ReadonlyMap<string, number>, now: number): SortKey {
  switch (column) {
    case 'name':
      return (r) => r.name;
    case 'company':
      return (r) => r.companyName;
    case 'position':
      return (r) => r.position;
    case 'stage':
      return (r) => (r.stage === undefined ? undefined : (stageOrder.get(r.stage) ?? stageOrder.size));
    case 'email':
      return (r) => r.email;
    case 'phone':
      return (r) => r.phone;
    case 'tags':
      return (r) => r.tags.join(', ') || undefined;
    case 'city':
      return (r) => r.city ?? r.region;
    case 'industry':
      return (r) => r.industry;
    case 'manager':
      return (r) => r.manager;
    case 'lastContact':
      return (r) => r.lastContactAt;
    case 'openTasks':
      return (r) => r.openTasks;
    case 'birthday':
      return (r) => (r.birthday ? daysUntilBirthday(r.birthday, now) : undefined);
    case 'created':
      return (r) => r.createdAt;
    case 'owner':
      return (r) => r.owner;
  }
}

/**
 * Sorts rows by one column in the locale's collation; empty values always go last and ties fall back to the
 * name. Callers sort the whole base once per column and filter the sorted rows (filtering keeps the order).
 */
export function sortRows(
  rows: readonly ListRow[],
  sort: SortSpec,
  ctx: { locale: string; pipeline: readonly StageDef[]; now: number },
): ListRow[] {
  const order = new Map(ctx.pipeline.map((s, i) => [s.id, i]));
  const key = sortKey(sort.column, order, ctx.now);
  const collator = new Intl.Collator(ctx.locale, { numeric: true });
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, k: key(row) }));
  const byName = (a: ListRow, b: ListRow) => collator.compare(a.name, b.name);
  keyed.sort((a, b) => {
    if (a.k === undefined || b.k === undefined) {
      return a.k === b.k ? byName(a.row, b.row) : a.k === undefined ? 1 : -1;
    }
    const c =
      typeof a.k === 'number' && typeof b.k === 'number'
        ? a.k - b.k
        : collator.compare(String(a.k), String(b.k));
    return c * sign || byName(a.row, b.row);
  });
  return keyed.map((x) => x.row);
}

/** The distinct values of one text field across rows, sorted, for filter menus. */
export function distinctValues(
  rows: readonly ListRow[],
  pick: (r: ListRow) => readonly (string | undefined)[],
  locale: string,
): string[] {
  const seen = new Map<string, string>();
  for (const r of rows)
    for (const v of pick(r)) if (v && !seen.has(v.toLocaleLowerCase())) seen.set(v.toLocaleLowerCase(), v);
  return [...seen.values()].sort(new Intl.Collator(locale).compare);
}

const isoDay = (at: number | undefined) => (at === undefined ? '' : new Date(at).toISOString().slice(0, 10));
const join = (xs: readonly string[]) => xs.join('; ');

/** The export of selected people as a table (header first), ready for CSV; stages by their labels. */
export function peopleTable(
  people: readonly Person[],
  companyNames: ReadonlyMap<string, string>,
  pipeline: readonly StageDef[],
): string[][] {
  const label = (id: string | undefined) =>
    id === undefined ? '' : (pipeline.find((s) => s.id === id)?.label ?? id);
  const header = [
    'Name',
    'Given name',
    'Family name',
    'Patronymic',
    'Emails',
    'Phones',
    'Company',
    'Position',
    'Stage',
    'Tags',
    'City',
    'Manager',
    'Birthday',
    'Last contact',
    'Notes',
  ];
  return [
    header,
    ...people.map((p) => {
      const link = p.companies.find((l) => !l.archived);
      const b = p.birthday;
      const birthday = b
        ? [b.year, String(b.month).padStart(2, '0'), String(b.day).padStart(2, '0')]
            .filter((x) => x !== undefined)
            .join('-')
        : '';
      return [
        p.displayName,
        p.givenName ?? '',
        p.familyName ?? '',
        p.patronymic ?? '',
        join(p.emails),
        join(p.phones),
        link ? (companyNames.get(link.companyId) ?? '') : '',
        p.position ?? link?.role ?? '',
        label(p.stage?.stage),
        join(p.tags),
        p.city ?? '',
        p.manager ?? '',
        birthday,
        isoDay(p.lastContactAt),
        p.notes ?? '',
      ];
    }),
  ];
}

/** The export of selected companies as a table (header first). */
export function companiesTable(companies: readonly Company[], pipeline: readonly StageDef[]): string[][] {
  const label = (id: string | undefined) =>
    id === undefined ? '' : (pipeline.find((s) => s.id === id)?.label ?? id);
  const header = [
    'Name',
    'Legal form',
    'Registration ids',
    'Domains',
    'Website',
    'Industry',
    'City',
    'Region',
    'Stage',
    'Tags',
    'Manager',
    'Last contact',
    'Notes',
  ];
  return [
    header,
    ...companies.map((c) => [
      c.name,
      c.legalForm ?? '',
      join(c.registrationIds.map((r) => `${r.kind.toUpperCase()} ${r.value}`)),
      join(c.domains),
      c.website ?? '',
      c.industry ?? '',
      c.city ?? '',
      c.region ?? '',
      label(c.stage?.stage),
      join(c.tags),
      c.manager ?? '',
      isoDay(c.lastContactAt),
      c.notes ?? '',
    ]),
  ];
}
