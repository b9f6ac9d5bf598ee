// Quick search over people: one prefix seek on the multi-entry token index, the rest filtered in memory.
import type { Company } from '../core/model';
import { matchesAll, matchScore, queryTokens, seekToken } from '../core/search';
import type { KartkaDB, StoredCompany, StoredPerson } from './db';
import { currentCompanyIds } from './migrations/v2-person-company-ids';

export interface SearchHit {
  person: StoredPerson;
  companyName?: string;
  stage?: string;
  lastContactAt?: number;
  score: number;
}

/** At most this many index entries are read per query; enough for any prefix a person types twice. */
const CANDIDATE_CAP = 400;

async function candidates<T extends { id: string; searchTokens: string[]; mergedInto?: string }>(
  seek: (token: string) => Promise<T[]>,
  tokens: string[],
): Promise<T[]> {
  const ordered = [...tokens].sort((a, b) => b.length - a.length);
  const first = seekToken(tokens);
  if (first === undefined) return [];
  let rows = await seek(first);
  // A common longest token can fill the cap before the rare one is seen: try the next token then.
  if (rows.length >= CANDIDATE_CAP && ordered[1] !== undefined) {
    const narrowed = (await seek(ordered[1])).filter((r) => matchesAll(tokens, r.searchTokens));
    if (narrowed.length > 0) rows = narrowed;
  }
  const seen = new Set<string>();
  return rows.filter((r) => {
    if (seen.has(r.id) || r.mergedInto !== undefined || !matchesAll(tokens, r.searchTokens)) return false;
    seen.add(r.id);
    return true;
  });
}

/** Finds people by name (Cyrillic or Latin, any transliteration), email, phone in any format, company or tag. */
export async function searchPeople(db: KartkaDB, query: string, limit: number): Promise<SearchHit[]> {
  const tokens = queryTokens(query);
  const rows = await candidates((t) => db.people.where('searchTokens').startsWith(t).limit(CANDIDATE_CAP).toArray(), tokens);
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
  const rows = await candidates((t) => db.companies.where('searchTokens').startsWith(t).limit(CANDIDATE_CAP).toArray(), tokens);
  return rows
    .sort((a, b) => matchScore(tokens, b.searchTokens) - matchScore(tokens, a.searchTokens) || a.name.localeCompare(b.name))
    .slice(0, limit);
}
