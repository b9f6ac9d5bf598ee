// Version 2: backfill `companyIds` on every person from their company links, current and former.
import type { Transaction } from 'dexie';
import type { CompanyId } from '../../core/ids';
import type { CompanyLink } from '../../core/model';

/** The derived index value: ids of a person's current company links, without duplicates. */
export function currentCompanyIds(links: readonly CompanyLink[] | undefined): CompanyId[] {
  return [...new Set((links ?? []).filter((l) => !l.archived).map((l) => l.companyId))];
}

/** The derived index value: every company a person is or was linked to (a company card lists former staff too). */
export function linkedCompanyIds(links: readonly CompanyLink[] | undefined): CompanyId[] {
  return [...new Set((links ?? []).map((l) => l.companyId))];
}

/** Named data migration for version 2: sets `companyIds` on every stored person. */
export async function backfillPersonCompanyIds(tx: Transaction): Promise<void> {
  await tx
    .table<{ companies?: CompanyLink[]; companyIds?: CompanyId[] }>('people')
    .toCollection()
    .modify((person) => {
      person.companyIds = linkedCompanyIds(person.companies);
    });
}
