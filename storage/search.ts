// Quick search over people and companies: the page's in-memory token index (live-clients.ts), ranked by whole-word
// matches, then by the latest contact. A query reads nothing from IndexedDB once the base is in memory.
import type { CompanyId } from '../core/ids';
import { queryTokens } from '../core/search';
import type { KartkaDB, StoredCompany } from './db';
import { liveClients } from './live-clients';

export interface SearchHit {
  id: string;
  name: string;
  email?: string;
  companyName?: string;
  stage?: string;
  lastContactAt?: number;
  score: number;
}

/** Finds people by name (Cyrillic or Latin, any transliteration), email, phone in any format, company or tag. */
export async function searchPeople(db: KartkaDB, query: string, limit: number): Promise<SearchHit[]> {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [];
  const live = liveClients(db);
  await live.current();
  return live.people.search(tokens, limit).map(({ data: row, score }) => {
    const hit: SearchHit = { id: row.id, name: row.name, score };
    if (row.email !== undefined) hit.email = row.email;
    if (row.companyName !== undefined) hit.companyName = row.companyName;
    if (row.stage !== undefined) hit.stage = row.stage;
    if (row.lastContactAt !== undefined) hit.lastContactAt = row.lastContactAt;
    return hit;
  });
}

/** Finds companies by name, legal form, domain, city, region or tag; the records, best first. */
export async function searchCompanies(db: KartkaDB, query: string, limit: number): Promise<StoredCompany[]> {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [];
  const live = liveClients(db);
  await live.current();
  const ids = live.companies.search(tokens, limit).map((h) => h.id as CompanyId);
  return (await db.companies.bulkGet(ids)).filter(
    (c): c is StoredCompany => c !== undefined && c.mergedInto === undefined,
  );
}

/** Ids of the clients matching a search query (every word a prefix of one of their tokens); undefined for no query. */
export async function searchClientIds(
  db: KartkaDB,
  kind: 'people' | 'companies',
  query: string,
): Promise<Set<string> | undefined> {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return undefined;
  const live = liveClients(db);
  await live.current();
  return (kind === 'people' ? live.people : live.companies).matchIds(tokens);
}
