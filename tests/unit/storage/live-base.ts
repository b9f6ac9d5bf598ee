// The page's in-memory clients over a small seeded base, shared by the live-clients, snapshot and people-reads
// tests: two people, their settings, and every database closed and deleted after each test.
import type { KartkaDB } from '../../../storage/db';
import { liveClients } from '../../../storage/live-clients';
import { createPerson } from '../../../storage/people';
import { searchPeople } from '../../../storage/search';
import { freshDb, NOW, testSettings } from './helpers';

const dbs: KartkaDB[] = [];

/** Stops following and deletes every base made by `base()` (an `afterEach`). */
export async function dropBases(): Promise<void> {
  for (const db of dbs.splice(0)) {
    liveClients(db).close();
    await db.delete();
  }
}

/** A fresh base with Olena and Taras, its live clients loaded. */
export async function base() {
  const db = freshDb();
  dbs.push(db);
  const settings = testSettings();
  const olena = await createPerson(
    db,
    { displayName: 'Олена Коваль', emails: ['olena@zoria.ua'] },
    settings,
    NOW,
  );
  const taras = await createPerson(
    db,
    { displayName: 'Тарас Мельник', emails: ['taras@beta.ua'] },
    settings,
    NOW,
  );
  if (!olena.ok || !taras.ok) throw new Error('seed failed');
  const live = liveClients(db);
  await live.current();
  return { db, settings, live, olena: olena.person, taras: taras.person };
}

/** The names the quick search finds for `q`. */
export const names = async (db: KartkaDB, q: string) => (await searchPeople(db, q, 10)).map((h) => h.name);
