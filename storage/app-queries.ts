// The full-page app's reads and writes. This file: list rows for 100,000 clients, search hits, bulk actions in
// chunks and export; the rest by concern under app-queries/ (cards, delete with undo, meta, reminders, analytics).
import type { CompanyId, PersonId } from '../core/ids';
import type { StageState } from '../core/model';
import { queryTokens } from '../core/search';
import type { ListRow } from '../core/segments';
import { chunks } from './batch';
import type { KartkaDB, StoredCompany, StoredPerson } from './db';
import { companyRow, personRow, plainPerson } from './rows';

export * from './app-queries/analytics';
export * from './app-queries/cards';
export * from './app-queries/meta';
export * from './app-queries/reminders';
export * from './app-queries/trash';

// ---------- the list ----------

/** Every client as a compact list row: people (with their current company's facts) and companies. */
export async function loadListRows(db: KartkaDB): Promise<{ people: ListRow[]; companies: ListRow[] }> {
  return db.transaction('r', [db.people, db.companies, db.tasks], async () => {
    const open = new Map<string, number>();
    for (const task of await db.tasks.where('openDue').aboveOrEqual(-Infinity).toArray()) {
      for (const id of [task.personId, task.companyId]) if (id) open.set(id, (open.get(id) ?? 0) + 1);
    }
    const companies = (await db.companies.toArray()).filter((c) => c.mergedInto === undefined);
    const byId = new Map<string, StoredCompany>(companies.map((c) => [c.id, c]));
    const people = (await db.people.toArray()).flatMap((p): ListRow[] => {
      if (p.mergedInto !== undefined) return [];
      const link = p.companies.find((l) => !l.archived);
      const company = link ? byId.get(link.companyId) : undefined;
      return [
        trim({
          kind: 'person',
          id: p.id,
          name: p.displayName,
          email: p.emails[0],
          phone: p.phones[0],
          companyId: company?.id,
          companyName: company?.name,
          position: p.position ?? link?.role,
          stage: p.stage?.stage,
          tags: p.tags,
          city: p.city ?? company?.city,
          region: company?.region,
          industry: company?.industry,
          manager: p.manager,
          lastContactAt: p.lastContactAt,
          birthday: p.birthday,
          openTasks: open.get(p.id) ?? 0,
          createdAt: p.createdAt,
        }),
      ];
    });
    const companyRows = companies.map((c) =>
      trim({
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
        lastContactAt: c.lastContactAt,
        openTasks: open.get(c.id) ?? 0,
        createdAt: c.createdAt,
      }),
    );
    return { people, companies: companyRows };
  });
}

type Loose<T> = { [K in keyof T]: T[K] | undefined };

/** Drops undefined optional fields (exactOptionalPropertyTypes: absent, not undefined). */
function trim(row: Loose<ListRow>): ListRow {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as unknown as ListRow;
}

/** Ids of the clients matching a search query (every word a prefix of one of their tokens); undefined for no query. */
export async function searchClientIds(
  db: KartkaDB,
  kind: 'people' | 'companies',
  query: string,
): Promise<Set<string> | undefined> {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return undefined;
  const table = kind === 'people' ? db.people : db.companies;
  let hits: Set<string> | undefined;
  for (const token of [...tokens].sort((a, b) => b.length - a.length)) {
    const keys = await table.where('searchTokens').startsWith(token).primaryKeys();
    const next = new Set<string>(hits ? keys.filter((k) => hits?.has(k)) : keys);
    hits = next;
    if (hits.size === 0) break;
  }
  return hits ?? new Set();
}

// ---------- bulk actions ----------

export type BulkChange =
  | { type: 'addTag'; tag: string }
  | { type: 'removeTag'; tag: string }
  | { type: 'stage'; stage: string; reason: string }
  | { type: 'manager'; manager: string };

function applyChange<T extends { tags: string[]; stage?: StageState; manager?: string }>(
  record: T,
  change: BulkChange,
  now: number,
): T {
  const next = { ...record };
  if (change.type === 'addTag') {
    const tag = change.tag.trim();
    if (tag && !next.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) next.tags = [...next.tags, tag];
  } else if (change.type === 'removeTag') {
    next.tags = next.tags.filter((t) => t.toLowerCase() !== change.tag.trim().toLowerCase());
  } else if (change.type === 'stage') {
    if (next.stage?.stage !== change.stage) {
      next.stage = {
        stage: change.stage,
        reason: change.reason.trim() || 'set by hand',
        setBy: 'hand',
        since: now,
      };
    }
  } else if (change.manager.trim()) next.manager = change.manager.trim();
  else delete next.manager;
  return next;
}

/** Applies one change to many clients, ~1,000 per transaction; returns how many were changed. */
export async function bulkChange(
  db: KartkaDB,
  kind: 'people' | 'companies',
  ids: readonly string[],
  change: BulkChange,
  now: number,
): Promise<number> {
  let changed = 0;
  for (const chunk of chunks(ids)) {
    await db.transaction('rw', db.people, db.companies, async () => {
      if (kind === 'companies') {
        const rows = (await db.companies.bulkGet(chunk as CompanyId[])).filter(
          (c): c is StoredCompany => c !== undefined,
        );
        await db.companies.bulkPut(
          rows.map((c) => companyRow({ ...applyChange(c, change, now), updatedAt: now })),
        );
        changed += rows.length;
        return;
      }
      const rows = (await db.people.bulkGet(chunk as PersonId[])).filter(
        (p): p is StoredPerson => p !== undefined,
      );
      const names = new Map<string, string>();
      const companyIds = [
        ...new Set(rows.flatMap((p) => p.companies.filter((l) => !l.archived).map((l) => l.companyId))),
      ];
      (await db.companies.bulkGet(companyIds)).forEach((c) => c && names.set(c.id, c.name));
      await db.people.bulkPut(
        rows.map((p) => {
          const person = { ...applyChange(plainPerson(p), change, now), updatedAt: now };
          return personRow(
            person,
            person.companies.filter((l) => !l.archived).flatMap((l) => names.get(l.companyId) ?? []),
          );
        }),
      );
      changed += rows.length;
    });
  }
  return changed;
}

/** The selected clients' full records, read in chunks, in the given order. */
export async function clientsForExport(db: KartkaDB, kind: 'people' | 'companies', ids: readonly string[]) {
  const people: StoredPerson[] = [];
  const companies: StoredCompany[] = [];
  for (const chunk of chunks(ids)) {
    if (kind === 'people')
      people.push(
        ...(await db.people.bulkGet(chunk as PersonId[])).filter((p): p is StoredPerson => p !== undefined),
      );
    else
      companies.push(
        ...(await db.companies.bulkGet(chunk as CompanyId[])).filter(
          (c): c is StoredCompany => c !== undefined,
        ),
      );
  }
  const linked = [
    ...new Set(people.flatMap((p) => p.companies.filter((l) => !l.archived).map((l) => l.companyId))),
  ];
  const names = new Map<string, string>();
  for (const chunk of chunks(linked))
    (await db.companies.bulkGet(chunk)).forEach((c) => c && names.set(c.id, c.name));
  return { people, companies, companyNames: names };
}
