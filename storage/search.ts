// Quick search over people and companies: primary keys per query token from the multi-entry token index
// (keys only, no records), intersected, then only the few survivors are read and ranked.
import type { CompanyId, PersonId } from '../core/ids';
import type { Company } from '../core/model';
import { matchesAll, matchScore, queryTokens } from '../core/search';
import type { KartkaDB, StoredCompany, StoredPerson } from './db';
import { currentCompanyIds } from './migrations/v2-person-company-ids';

export interface SearchHit {
  person: StoredPerson;
  companyName?: string;
  stage?: string;
  lastContactAt?: number;
  score: number;
}

/** Keys read per token: a token matching more than this is too common to narrow the search by itself. */
const KEY_CAP = 20_000;
/** Records read per query, at most. */
const READ_CAP = 300;

type Searchable = { id: string; searchTokens: string[]; mergedInto?: string };

/** Records matching every token: intersect the keys of the selective tokens, read the rest, filter in memory. */
async function candidates<T extends Searchable>(
  keysFor: (token: string) => Promise<string[]>,
  read: (ids: string[]) => Promise<(T | undefined)[]>,
  tokens: readonly string[],
): Promise<T[]> {
  if (tokens.length === 0) return [];
  const ordered = [...tokens].sort((a, b) => b.length - a.length);
  let selected: string[] | undefined;
  let fallback: string[] = [];
  for (const token of ordered) {
    const keys = await keysFor(token);
    if (keys.length >= KEY_CAP) {
      if (fallback.length === 0) fallback = keys;
      continue;
    }
    const previous = new Set(selected ?? keys);
    selected = [...new Set(keys.filter((k) => previous.has(k)))];
    if (selected.length === 0) return [];
  }
  const chosen = selected ?? [...new Set(fallback)];
  const rows = await read(chosen.slice(0, READ_CAP));
  return rows.filter(
    (r): r is T => r !== undefined && r.mergedInto === undefined && matchesAll(tokens, r.searchTokens),
  );
}

/** Finds people by name (Cyrillic or Latin, any transliteration), email, phone in any format, company or tag. */
export async function searchPeople(db: KartkaDB, query: string, limit: number): Promise<SearchHit[]> {
  const tokens = queryTokens(query);
  const rows = await candidates(
    (t) => db.people.where('searchTokens').startsWith(t).limit(KEY_CAP).primaryKeys(),
    (ids) => db.people.bulkGet(ids as PersonId[]),
    tokens,
  );
  const ranked = rows
    .map((person) => ({ person, score: matchScore(tokens, person.searchTokens) }))
    .sort((a, b) => b.score - a.score || (b.person.lastContactAt ?? 0) - (a.person.lastContactAt ?? 0))
    .slice(0, limit);
  const companyIds = [...new Set(ranked.flatMap((h) => currentCompanyIds(h.person.companies).slice(0, 1)))];
  const companies = new Map<string, Company>();
  if (companyIds.length) (await db.companies.bulkGet(companyIds)).forEach((c) => c && companies.set(c.id, c));
  return ranked.map(({ person, score }) => {
    const hit: SearchHit = { person, score };
    const companyId = currentCompanyIds(person.companies)[0];
    const company = companyId ? companies.get(companyId) : undefined;
    if (company) hit.companyName = company.name;
    if (person.stage) hit.stage = person.stage.stage;
    if (person.lastContactAt !== undefined) hit.lastContactAt = person.lastContactAt;
    return hit;
  });
}

/** Finds companies by name, legal form, domain, city, region or tag. */
export async function searchCompanies(db: KartkaDB, query: string, limit: number): Promise<StoredCompany[]> {
  const tokens = queryTokens(query);
  const rows = await candidates(
    (t) => db.companies.where('searchTokens').startsWith(t).limit(KEY_CAP).primaryKeys(),
    (ids) => db.companies.bulkGet(ids as CompanyId[]),
    tokens,
  );
  return rows
    .sort(
      (a, b) =>
        matchScore(tokens, b.searchTokens) - matchScore(tokens, a.searchTokens) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, limit);
}
