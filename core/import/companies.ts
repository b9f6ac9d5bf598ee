// Companies named in imported rows: matched to the base by name, created once when new; register ids
// are added only where the company has none of that kind, phones and a website only where missing
// (nothing in the base is replaced).
import { companyId as asCompanyId, type CompanyId } from '../ids';
import { workDomainOf } from '../matching';
import type { Company, Settings } from '../model';
import type { PreparedRow } from './prepare';

export interface CompanyPlan {
  /** companyKey(name) → id, for every company named in the rows. */
  ids: Map<string, CompanyId>;
  create: Company[];
  update: Company[];
}

/** A company name folded for matching: case, quotes and spacing do not matter («Альфа» = "альфа"). */
export function companyKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/["'«»„“”`]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Resolves the companies of a chunk of rows. `known` maps keys to companies already in the base (and
 * ones this import created before); it is updated in place so later chunks reuse them.
 */
export function planCompanies(
  rows: readonly PreparedRow[],
  known: Map<string, Company>,
  takenDomains: Set<string>,
  ctx: { now: number; newId: () => string; settings: Pick<Settings, 'internalDomains'> },
): CompanyPlan {
  const plan: CompanyPlan = { ids: new Map(), create: [], update: [] };
  const created = new Set<CompanyId>();
  const updated = new Map<CompanyId, Company>();
  for (const row of rows) {
    if (!row.company || (!row.fields && !row.companyOnly)) continue;
    const key = companyKey(row.company.name);
    if (key === '') continue;
    let company = known.get(key);
    if (!company) {
      company = {
        id: asCompanyId(ctx.newId()),
        name: row.company.name,
        registrationIds: [],
        bankAccounts: [],
        addresses: [],
        domains: [],
        tags: [],
        custom: {},
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      known.set(key, company);
      created.add(company.id);
      plan.create.push(company);
    }
    const isNew = created.has(company.id);
    const kinds = new Set(company.registrationIds.map((r) => r.kind));
    const add = row.company.registrationIds.filter((r) => !kinds.has(r.kind));
    const domains = isNew
      ? (row.fields?.emails ?? [])
          .flatMap((e) => workDomainOf(e, ctx.settings) ?? [])
          .filter((d) => !takenDomains.has(d))
      : [];
    const phones = row.company.phones.filter((p) => !(company.phones ?? []).includes(p));
    const website = company.website === undefined ? row.company.website : undefined;
    if (add.length > 0 || domains.length > 0 || phones.length > 0 || website !== undefined) {
      const next: Company = {
        ...company,
        registrationIds: [...company.registrationIds, ...add],
        domains: [...new Set([...company.domains, ...domains])],
        updatedAt: ctx.now,
      };
      if (phones.length > 0) next.phones = [...(company.phones ?? []), ...phones];
      if (website !== undefined) next.website = website;
      domains.forEach((d) => takenDomains.add(d));
      known.set(key, next);
      if (isNew) plan.create[plan.create.findIndex((c) => c.id === next.id)] = next;
      else updated.set(next.id, next);
    }
    plan.ids.set(key, company.id);
  }
  plan.update = [...updated.values()];
  return plan;
}
