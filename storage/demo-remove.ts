// "Remove the demo data": takes out only what the demo loader wrote, leaving the user's own clients and records.
// Demo records are marked by their ids: the loader (storage/demo.ts) has always written stable `demo-…` ids, and
// every other record gets a random UUID (db.ts newId), so bases loaded before this action existed are found too.
import Dexie from 'dexie';
import type { CompanyId, PersonId } from '../core/ids';
import { deleteClient, trashTables, undoDelete } from './app-queries/trash';
import type { KartkaDB } from './db';
import { DEMO_ID_PREFIX } from './demo';

/** True for an id the demo loader wrote (person, company, deal, task or history entry). */
export const isDemoId = (id: string): boolean => id.startsWith(DEMO_ID_PREFIX);

export interface DemoFootprint {
  people: number;
  companies: number;
  /** Demo clients left in place because the user merged one of their own records into them. */
  kept: number;
}

/** Demo clients to remove: not merged away, and not holding a record of the user's own by a merge. */
async function demoClients(db: KartkaDB) {
  // Dexie's promise, not the native one: the page reads this inside liveQuery (see storage/cards.ts).
  const [people, companies, merges] = await Dexie.Promise.all([
    db.people.where('id').startsWith(DEMO_ID_PREFIX).toArray(),
    db.companies.where('id').startsWith(DEMO_ID_PREFIX).toArray(),
    db.merges.toArray(),
  ]);
  // A demo client that absorbed one of the user's records is partly theirs now: it stays.
  const holdsOwn = new Set(merges.filter((m) => !isDemoId(m.dropId)).map((m) => m.keepId));
  const live = <T extends { id: string; mergedInto?: string }>(rows: T[]) =>
    rows.filter((r) => r.mergedInto === undefined);
  const kept = [...live(people), ...live(companies)].filter((r) => holdsOwn.has(r.id)).length;
  return {
    people: live(people).filter((p) => !holdsOwn.has(p.id)),
    companies: live(companies).filter((c) => !holdsOwn.has(c.id)),
    kept,
  };
}

/** How many demo clients the base holds (the confirmation names the count). */
export async function demoFootprint(db: KartkaDB): Promise<DemoFootprint> {
  const found = await demoClients(db);
  return { people: found.people.length, companies: found.companies.length, kept: found.kept };
}

export interface DemoRemoval extends DemoFootprint {
  /** Undo tokens of the deletes, in the order they were made (undone in reverse). */
  tokens: string[];
}

/**
 * Deletes every demo client the way "Delete" does (their history, deals, tasks and documents go; a record the
 * user shared with one of their own clients stays with that client), all in one transaction, with undo.
 */
export async function removeDemoData(db: KartkaDB, now: number): Promise<DemoRemoval> {
  return db.transaction('rw', trashTables(db), async () => {
    const { people, companies, kept } = await demoClients(db);
    const tokens: string[] = [];
    // People first: a company's delete then has no demo people left to unlink.
    for (const p of people)
      tokens.push(await deleteClient(db, { kind: 'person', id: p.id as PersonId }, now));
    for (const c of companies)
      tokens.push(await deleteClient(db, { kind: 'company', id: c.id as CompanyId }, now));
    return { people: people.length, companies: companies.length, kept, tokens };
  });
}

/** Puts the demo clients back as they were (within the undo time of a delete). */
export async function undoRemoveDemo(db: KartkaDB, tokens: readonly string[], now: number): Promise<void> {
  await db.transaction('rw', trashTables(db), async () => {
    for (const token of [...tokens].reverse()) await undoDelete(db, token, now);
  });
}
