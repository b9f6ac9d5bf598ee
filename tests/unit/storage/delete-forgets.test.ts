// "Delete means delete" (issue 16): after deleting a client, no table of the base and no backup names them (their
// name, address or phone): not the merge log, not the rows merged into them, not the client list's snapshot, not
// their last contact, not a message they shared with someone else. Only the undo record holds them, for
// UNDO_MS, and never in a backup. Undo puts every piece back.
import { afterEach, describe, expect, test } from 'vitest';
import { deleteClient, purgeExpiredTrash, TRASH, undoDelete, UNDO_MS } from '../../../storage/app-queries';
import { exportBackup } from '../../../storage/backup';
import type { KartkaDB } from '../../../storage/db';
import { logThread } from '../../../storage/interactions';
import { liveClients } from '../../../storage/live-clients';
import { mergePeople } from '../../../storage/merge';
import { createPerson } from '../../../storage/people';
import type { PersonId } from '../../../core/ids';
import { freshDb, ME, message, NOW, testSettings, thread } from './helpers';

const dbs: KartkaDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    // The list applies the delete after it settles: let it finish before the base goes.
    await liveClients(db).current();
    liveClients(db).close();
    await db.delete();
  }
});

/** What must not be found anywhere once she is deleted: her name, her addresses (the merged twin's too), her phone. */
const TRACES = ['Олена', 'Коваль', 'olena@zoria.ua', 'olena.k@gmail.com', '671234567'];

/** Every row of every table (undo records aside when asked), as text, with the traces it holds. */
async function scan(db: KartkaDB, { withUndo }: { withUndo: boolean }): Promise<string[]> {
  const hits: string[] = [];
  for (const table of db.tables) {
    for (const row of await table.toArray()) {
      const key = (row as { key?: unknown }).key;
      if (!withUndo && typeof key === 'string' && key.startsWith(TRASH)) continue;
      const text = JSON.stringify(row);
      for (const trace of TRACES) if (text.includes(trace)) hits.push(`${table.name}: ${trace}`);
    }
  }
  return hits;
}

async function seed() {
  const db = freshDb();
  dbs.push(db);
  const settings = testSettings();
  const made = await Promise.all([
    createPerson(
      db,
      { displayName: 'Олена Коваль', emails: ['olena@zoria.ua'], phones: ['+380671234567'] },
      settings,
      NOW,
    ),
    createPerson(db, { displayName: 'Олена К.', emails: ['olena.k@gmail.com'] }, settings, NOW),
    createPerson(db, { displayName: 'Тарас Мельник', emails: ['taras@beta.ua'] }, settings, NOW),
  ]);
  const [olena, twin, taras] = made.map((r) => {
    if (!r.ok) throw new Error('seed');
    return r.person;
  });
  if (!olena || !twin || !taras) throw new Error('seed');
  // A thread with her alone, and one she shared with Taras (it stays his, without her in it).
  await logThread(db, thread('t-1', [message('m1', 'olena@zoria.ua', [ME], NOW - 3_600_000)]), settings, NOW);
  // One she sent with Taras in copy: it stays his, and its fingerprint (minute|sender) must not keep her address.
  await logThread(
    db,
    thread(
      't-3',
      [
        message('m3', 'olena@zoria.ua', [ME], NOW - 7_200_000, {
          cc: [{ address: 'taras@beta.ua', name: '' }],
        }),
      ],
      'Рахунок',
    ),
    settings,
    NOW,
  );
  await logThread(
    db,
    thread(
      't-2',
      [
        message('m2', 'taras@beta.ua', [ME], NOW - 60_000, {
          cc: [{ address: 'olena@zoria.ua', name: 'Олена Коваль' }],
        }),
      ],
      'Поставка',
    ),
    settings,
    NOW,
  );
  await mergePeople(db, olena.id as PersonId, twin.id as PersonId, NOW);
  const live = liveClients(db);
  await live.current();
  await live.saveSnapshot();
  return { db, olena, taras };
}

describe('deleting a client', () => {
  test('leaves nothing that names them in any table but the undo record, and that goes after UNDO_MS', async () => {
    const { db, olena, taras } = await seed();
    expect((await scan(db, { withUndo: true })).length).toBeGreaterThan(0);
    const before = await scan(db, { withUndo: true });
    // Before the fix: the merge log, the merged-away row, the snapshot and lastContact all named her.
    for (const table of ['merges', 'people', 'meta', 'interactions'])
      expect(before.some((h) => h.startsWith(`${table}:`))).toBe(true);

    await deleteClient(db, { kind: 'person', id: olena.id }, NOW);
    expect(await scan(db, { withUndo: false })).toEqual([]);
    expect(await db.lastContact.get(olena.id)).toBeUndefined();
    // The message she shared with Taras stays his.
    const shared = (await db.interactions.toArray()).filter((i) => i.personIds.includes(taras.id));
    expect(shared.map((i) => i.subject).sort()).toEqual(['Поставка', 'Рахунок']);
    const supply = shared.find((i) => i.subject === 'Поставка');
    expect(supply?.participants.map((p) => p.address)).toEqual(['taras@beta.ua', ME]);

    // A backup taken now carries none of it, the undo record included.
    expect(JSON.stringify(await exportBackup(db, NOW))).not.toMatch(new RegExp(TRACES.join('|'), 'u'));

    expect(await purgeExpiredTrash(db, NOW + UNDO_MS - 1)).toBe(0);
    expect(await purgeExpiredTrash(db, NOW + UNDO_MS + 1)).toBe(1);
    expect(await scan(db, { withUndo: true })).toEqual([]);
  });

  test('undo within its time puts back every piece it took: merge log, merged-away row, last contact, participants', async () => {
    const { db, olena } = await seed();
    const tables = async () =>
      Object.fromEntries(
        await Promise.all(
          ['people', 'interactions', 'merges', 'lastContact'].map(async (name) => [
            name,
            await db.table(name).toArray(),
          ]),
        ),
      );
    const before = await tables();
    const token = await deleteClient(db, { kind: 'person', id: olena.id }, NOW);
    await undoDelete(db, token, NOW + UNDO_MS - 1);
    const after = await tables();
    // Rows written again carry a later touchedAt; everything else is as it was.
    const strip = (t: Record<string, unknown[]>) =>
      JSON.parse(JSON.stringify(t, (k, v: unknown) => (k === 'touchedAt' ? undefined : v))) as unknown;
    expect(strip(after)).toEqual(strip(before));
    expect(await db.meta.where('key').startsWith(TRASH).count()).toBe(0);
  });
});
