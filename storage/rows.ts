// Derived index fields: every stored person and company row is built through here, so indexes never drift.
import type { CompanyId } from '../core/ids';
import { handleKeysOf } from '../core/handles';
import { gmailKeysOf, type KnownCompany, type KnownPerson } from '../core/matching';
import type { Company, Person } from '../core/model';
import { companySearchTokens, personSearchTokens } from '../core/search';
import type { KartkaDB, StoredCompany, StoredPerson } from './db';
import { currentCompanyIds, linkedCompanyIds } from './migrations/v2-person-company-ids';

/** A person row with its derived fields recomputed; `companyNames` are the names of its current companies. */
export function personRow(person: Person, companyNames: readonly string[]): StoredPerson {
  const hidden = person.mergedInto !== undefined;
  return {
    ...person,
    searchTokens: hidden ? [] : personSearchTokens(person, companyNames),
    gmailKeys: hidden ? [] : gmailKeysOf(person.emails),
    companyIds: linkedCompanyIds(person.companies),
    handleKeys: hidden ? [] : handleKeysOf(person.handles),
  };
}

/** A company row with its derived fields recomputed. */
export function companyRow(company: Company): StoredCompany {
  return { ...company, searchTokens: company.mergedInto !== undefined ? [] : companySearchTokens(company) };
}

/** Names of the given companies, in order, skipping unknown ids. */
export async function companyNames(db: KartkaDB, ids: readonly CompanyId[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.companies.bulkGet([...ids]);
  return rows.flatMap((c) => (c ? [c.name] : []));
}

/** Builds a person row, looking up the names of its current companies. */
export async function personRowWithCompanies(db: KartkaDB, person: Person): Promise<StoredPerson> {
  return personRow(person, await companyNames(db, currentCompanyIds(person.companies)));
}

/** The view of a stored person that core matching works with. */
export function knownPerson(p: StoredPerson): KnownPerson {
  return {
    id: p.id,
    displayName: p.displayName,
    emails: p.emails,
    phones: p.phones,
    handles: p.handles ?? [],
    isClient: p.stage !== undefined,
    companyIds: currentCompanyIds(p.companies),
  };
}

/** The view of a stored company that core matching works with. */
export function knownCompany(c: StoredCompany): KnownCompany {
  return { id: c.id, name: c.name, domains: c.domains };
}

/** Drops the derived fields, leaving the plain model record. */
export function plainPerson(row: StoredPerson): Person {
  const { searchTokens: _t, gmailKeys: _g, companyIds: _c, touchedAt: _w, handleKeys: _h, ...person } = row;
  return person;
}
