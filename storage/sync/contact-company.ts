// The company link of a person synced from a contact (issues 18/19): a contact read again whose company changed
// in Google (People `organizations`) or Outlook (Graph `companyName`) moves the link, and one whose company was
// removed there archives it, by the rule of the fields (core/provenance.ts `companyFollow`): only while the account
// set the link and nobody changed it since, never over a user's, an import's or another account's link. What the
// contact said is kept on its sync item (`company`, a name key), so a change is a change at the provider, not a
// difference with a company the user renamed in Kartka. Runs inside the store's transaction (storage/sync/store.ts).
import type { PersonId } from '../../core/ids';
import { companyKey, planCompanies, type PreparedRow } from '../../core/import';
import type { Company, Person, Settings } from '../../core/model';
import { companyFollow, followCompany } from '../../core/provenance';
import { newId, type KartkaDB, type SyncItemRow } from '../db';
import { companyRow } from '../rows';

/** The name key of the company a contact's row names ('' for none): what its sync item keeps. */
export const contactCompanyKey = (row: PreparedRow): string => companyKey(row.company?.name ?? '');

/** Companies by name key, read only when a contact names one. */
export async function knownCompanies(db: KartkaDB, rows: readonly PreparedRow[]) {
  const known = new Map<string, Company>();
  const takenDomains = new Set<string>();
  if (!rows.some((r) => r.company)) return { known, takenDomains };
  for (const c of await db.companies.toArray()) {
    if (c.mergedInto !== undefined) continue;
    c.domains.forEach((d) => takenDomains.add(d));
    if (!known.has(companyKey(c.name))) known.set(companyKey(c.name), c);
  }
  return { known, takenDomains };
}

/** A contact read again for the person it was synced to: its row now, and its sync item as last stored. */
export interface Reread {
  person: Person;
  row: PreparedRow;
  item: SyncItemRow | undefined;
}

/**
 * Moves or archives the company links the contacts' companies call for, into `touched` (the latest version of
 * each person the page changes); a company named for the first time is created as an import would create it.
 */
export async function followCompanies(
  db: KartkaDB,
  follows: readonly Reread[],
  touched: Map<PersonId, Person>,
  source: string,
  settings: Settings,
  now: number,
): Promise<void> {
  const decided = follows.map((f) => {
    const person = touched.get(f.person.id) ?? f.person;
    return { ...f, action: companyFollow(person, source, f.item?.company, contactCompanyKey(f.row)) };
  });
  const linking = decided.filter((d) => d.action === 'link').map((d) => d.row);
  if (!decided.some((d) => d.action !== 'keep')) return;
  const { known, takenDomains } = await knownCompanies(db, linking);
  const companies = planCompanies(linking, known, takenDomains, { now, newId, settings });
  if (companies.create.length) await db.companies.bulkAdd(companies.create.map(companyRow));
  if (companies.update.length) await db.companies.bulkPut(companies.update.map(companyRow));
  for (const d of decided) {
    if (d.action === 'keep') continue;
    const target = d.action === 'link' ? companies.ids.get(contactCompanyKey(d.row)) : null;
    // A company name the import's rules refuse links nothing (and archives nothing).
    if (target === undefined) continue;
    const person = touched.get(d.person.id) ?? d.person;
    const moved = followCompany(person, target, source, now);
    if (moved) touched.set(person.id, moved);
  }
}
