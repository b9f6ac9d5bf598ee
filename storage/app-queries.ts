// The full-page app's reads and writes. This file: bulk actions in chunks and export; the rest by concern under app-queries/ (cards, delete with undo, meta, reminders, analytics).
import type { CompanyId, PersonId } from '../core/ids';
import type { StageState } from '../core/model';
import { chunks } from './batch';
import type { KartkaDB, StoredCompany, StoredPerson } from './db';
import { withContacts } from './last-contact';
import { companyRow, personRow, plainPerson } from './rows';

export * from './app-queries/analytics';
export * from './app-queries/cards';
export * from './app-queries/meta';
export * from './app-queries/reminders';
export * from './app-queries/trash';

// ---------- the list ----------

// The list's rows and its search live in memory: live-clients.ts (liveClients) and search.ts (searchClientIds).
export { liveClients } from './live-clients';
export { searchClientIds } from './search';

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
  return {
    people: await withContacts(db, people),
    companies: await withContacts(db, companies),
    companyNames: names,
  };
}
