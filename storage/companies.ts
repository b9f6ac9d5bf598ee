// Companies: validated create and update, lookup by work domain; renames re-index their people.
import { domainOf } from '../core/email';
import { companyId as asCompanyId, type CompanyId } from '../core/ids';
import { workDomainOf } from '../core/matching';
import type { Company, Settings } from '../core/model';
import { validateCompanyDraft, type CompanyDraft, type FieldProblem } from '../core/validate';
import { writeInChunks, type BatchReport } from './batch';
import { newId, type KartkaDB, type StoredCompany } from './db';
import { rowsByKeys } from './lookup';
import { companyRow, personRowWithCompanies } from './rows';

export type CompanyWrite = { ok: true; company: StoredCompany } | { ok: false; problems: FieldProblem[] };

/** One company by id. */
export async function getCompany(db: KartkaDB, id: CompanyId): Promise<StoredCompany | undefined> {
  return db.companies.get(id);
}

/** The company behind an address's work domain (or a parent domain); never for free-mail or internal domains. */
export async function findCompanyByAddress(
  db: KartkaDB,
  address: string,
  settings: Pick<Settings, 'internalDomains'>,
): Promise<StoredCompany | undefined> {
  const domain = workDomainOf(address, settings);
  if (domain === null) return undefined;
  const labels = domainOf(address).split('.');
  const keys = labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
  const rows = (await rowsByKeys(db.companies, 'domains', keys)).filter((c) => c.mergedInto === undefined);
  return keys.map((k) => rows.find((c) => c.domains.includes(k))).find((c) => c !== undefined);
}

async function domainProblems(
  db: KartkaDB,
  domains: readonly string[],
  self?: CompanyId,
): Promise<FieldProblem[]> {
  const owners = await rowsByKeys(db.companies, 'domains', domains);
  return domains.flatMap((d, i) => {
    const other = owners.find((c) => c.id !== self && c.mergedInto === undefined && c.domains.includes(d));
    return other
      ? [
          {
            field: `domains[${i}]`,
            reason: `${d} already belongs to ${other.name}; merge the two companies instead.`,
          },
        ]
      : [];
  });
}

/** Creates a company after validation (registration ids by checksum, IBANs, work domains). */
export async function createCompany(db: KartkaDB, draft: CompanyDraft, now: number): Promise<CompanyWrite> {
  const v = validateCompanyDraft(draft);
  if (!v.ok) return v;
  return db.transaction('rw', db.companies, async () => {
    const problems = await domainProblems(db, v.value.domains);
    if (problems.length) return { ok: false, problems };
    const row = companyRow({ ...v.value, id: asCompanyId(newId()), createdAt: now, updatedAt: now });
    await db.companies.add(row);
    return { ok: true, company: row };
  });
}

/** Applies a validated patch; when the name changes, its people's search tokens are rebuilt. */
export async function updateCompany(
  db: KartkaDB,
  id: CompanyId,
  patch: Partial<CompanyDraft>,
  now: number,
): Promise<CompanyWrite> {
  return db.transaction('rw', db.companies, db.people, async () => {
    const existing = await db.companies.get(id);
    if (!existing)
      return {
        ok: false,
        problems: [{ field: 'id', reason: `No company with id ${id}; it may have been merged.` }],
      };
    const v = validateCompanyDraft({ ...existing, ...patch });
    if (!v.ok) return v;
    const problems = await domainProblems(db, v.value.domains, id);
    if (problems.length) return { ok: false, problems };
    const company: Company = { ...v.value, id, createdAt: existing.createdAt, updatedAt: now };
    if (existing.lastContactAt !== undefined) company.lastContactAt = existing.lastContactAt;
    const row = companyRow(company);
    await db.companies.put(row);
    if (row.name !== existing.name) {
      const people = await db.people.where('companyIds').equals(id).toArray();
      await db.people.bulkPut(await Promise.all(people.map((p) => personRowWithCompanies(db, p))));
    }
    return { ok: true, company: row };
  });
}

/** Creates many companies in chunks; a bad record is reported by index and the rest are written. */
export async function bulkCreateCompanies(
  db: KartkaDB,
  drafts: readonly CompanyDraft[],
  now: number,
): Promise<BatchReport> {
  return writeInChunks(
    db,
    [db.companies],
    drafts,
    async (chunk) => {
      const domains = chunk.flatMap(({ item }) => item.domains ?? []);
      const taken = new Set((await rowsByKeys(db.companies, 'domains', domains)).flatMap((c) => c.domains));
      return chunk.map(({ item }) => {
        const v = validateCompanyDraft(item);
        if (!v.ok)
          return { ok: false as const, reason: v.problems.map((p) => `${p.field}: ${p.reason}`).join('; ') };
        const dup = v.value.domains.find((d) => taken.has(d));
        if (dup) return { ok: false as const, reason: `${dup} already belongs to another company.` };
        v.value.domains.forEach((d) => taken.add(d));
        return {
          ok: true as const,
          row: companyRow({ ...v.value, id: asCompanyId(newId()), createdAt: now, updatedAt: now }),
        };
      });
    },
    (rows) => db.companies.bulkAdd(rows),
  );
}
