// The client list's row: what one person or company shows in the list, the quick search and the pickers,
// projected from its record (and, for a person, from their current company). Pure: storage/client-rows.ts keeps
// these rows current, storage/clients-snapshot.ts stores them.
import type { CompanyId } from './ids';
import type { Company, Person } from './model';
import type { ListRow } from './segments';

type Loose<T> = { [K in keyof T]: T[K] | undefined };

/** Drops undefined optional fields (exactOptionalPropertyTypes: absent, not undefined). */
function trim(row: Loose<ListRow>): ListRow {
  const out: Record<string, unknown> = {};
  for (const key in row) {
    const v = row[key as keyof ListRow];
    if (v !== undefined) out[key] = v;
  }
  return out as unknown as ListRow;
}

/** A company's list row. */
export function companyListRow(c: Company, openTasks: number): ListRow {
  return trim({
    kind: 'company',
    id: c.id,
    name: c.legalForm ? `${c.name} (${c.legalForm})` : c.name,
    email: c.domains[0],
    stage: c.stage?.stage,
    tags: c.tags,
    city: c.city,
    region: c.region,
    industry: c.industry,
    manager: c.manager,
    owner: c.owner,
    lastContactAt: c.lastContactAt,
    openTasks,
    createdAt: c.createdAt,
  });
}

/** The facts of a person's current company that their list row shows. */
export type CompanyFacts = Pick<Company, 'id' | 'name' | 'city' | 'region' | 'industry'>;

/** Whether two versions of a company differ in what its people's rows show. */
export function factsDiffer(a: CompanyFacts, b: CompanyFacts): boolean {
  return a.name !== b.name || a.city !== b.city || a.region !== b.region || a.industry !== b.industry;
}

/** A person's list row, with their current company's name, place and industry. */
export function personListRow(
  p: Person,
  companyOf: (id: CompanyId) => CompanyFacts | undefined,
  openTasks: number,
): ListRow {
  const link = p.companies.find((l) => !l.archived);
  const own: Loose<ListRow> = {
    kind: 'person',
    id: p.id,
    name: p.displayName,
    email: p.emails[0],
    phone: p.phones[0],
    companyId: link?.companyId,
    companyName: undefined,
    position: p.position ?? link?.role,
    stage: p.stage?.stage,
    tags: p.tags,
    city: undefined,
    region: undefined,
    industry: undefined,
    manager: p.manager,
    owner: p.owner,
    lastContactAt: p.lastContactAt,
    birthday: p.birthday,
    openTasks,
    createdAt: p.createdAt,
  };
  return withCompany(own, p.city, link ? companyOf(link.companyId) : undefined, openTasks);
}

/**
 * A person's row with their company's facts; `ownCity` is the person's own city, which wins. A new object (not
 * `delete` on the old one: that turns 100,000 rows into slow dictionary objects for the sort and the filters).
 */
export function withCompany(
  row: Loose<ListRow>,
  ownCity: string | undefined,
  company: CompanyFacts | undefined,
  openTasks: number,
): ListRow {
  return trim({
    kind: row.kind,
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    companyId: company?.id,
    companyName: company?.name,
    position: row.position,
    stage: row.stage,
    tags: row.tags,
    city: ownCity ?? company?.city,
    region: company?.region,
    industry: company?.industry,
    manager: row.manager,
    owner: row.owner,
    lastContactAt: row.lastContactAt,
    birthday: row.birthday,
    openTasks,
    createdAt: row.createdAt,
  });
}

/**
 * A stored person's row brought up to date with their company's facts and open-task count as they are now: the
 * same object when nothing it shows changed (most rows of a snapshot), else a new one.
 */
export function refreshPersonRow(
  row: ListRow,
  ownCity: string | undefined,
  company: CompanyFacts | undefined,
  openTasks: number,
): ListRow {
  const same =
    row.openTasks === openTasks &&
    row.city === (ownCity ?? company?.city) &&
    (row.companyId === undefined ||
      (company !== undefined &&
        row.companyName === company.name &&
        row.region === company.region &&
        row.industry === company.industry));
  return same ? row : withCompany(row, ownCity, company, openTasks);
}
