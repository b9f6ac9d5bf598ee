// Quick search over people and companies on the multi-entry token index: a two-word name query seeks its
// pair token; otherwise primary keys per token (keys only, no records) are intersected; then only the few
// survivors are read, filtered against every token, and ranked.
import type { CompanyId, PersonId } from '../core/ids';
import type { Company } from '../core/model';
import { matchesAll, matchScore, queryPairPrefix, queryTokens } from '../core/search';
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
/** Records read per query, at most: a quick search shows a screenful. */
const READ_CAP = 100;

type Searchable = { id: string; searchTokens: string[]; mergedInto?: string };

/** Records matching every token: intersect the keys of the selective tokens, read the rest, filter in memory. */
async function candidates<T extends Searchable>(
  keysFor: (token: string, cap: number) => Promise<string[]>,
  read: (ids: string[]) => Promise<(T | undefined)[]>,
  tokens: readonly string[],
): Promise<T[]> {
  if (tokens.length === 0) return [];
  const finish = async (ids: string[]) => {
    const rows = await read(ids.slice(0, READ_CAP));
    return rows.filter(
      (r): r is T => r !== undefined && r.mergedInto === undefined && matchesAll(tokens, r.searchTokens),
    );
  };
  // Two name words: one seek on the pair token ("olena_shev…") instead of intersecting two common names.
  const pair = queryPairPrefix(tokens);
  if (pair !== undefined) {
    const hits = await finish([...new Set(await keysFor(pair, READ_CAP))]);
    if (hits.length > 0) return hits;
  }
  if (tokens.length === 1 && tokens[0] !== undefined)
    return finish([...new Set(await keysFor(tokens[0], READ_CAP * 2))]);
  const ordered = [...tokens].sort((a, b) => b.length - a.length);
  let selected: string[] | undefined;
  let fallback: string[] = [];
  for (const token of ordered) {
    const keys = await keysFor(token, KEY_CAP);
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
    (t, cap) => db.people.where('searchTokens').startsWith(t).limit(cap).primaryKeys(),
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
    (t, cap) => db.companies.where('searchTokens').startsWith(t).limit(cap).primaryKeys(),
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
