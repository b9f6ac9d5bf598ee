// What the team e2e reads from a profile beyond its tables: the replicas in the worker's IndexedDB, and, when a
// team step does not arrive, what the profile and the server held (printed, so a flaky failure names its cause).
import { firmDatabases } from '../../core/team/names';
import type { TestCouch } from '../fakes/couch/server';
import type { Kartka } from './harness';

const OLENA = 'demo-person-olena';

/** How many of these documents the profile's replica of the manager's database holds (the indexeddb adapter's
 * `docs` store, keyed by document id). */
export const inReplica = (kartka: Kartka, ids: string[]) =>
  kartka.worker.evaluate(async (keys) => {
    const names = (await indexedDB.databases()).flatMap((d) => (d.name?.endsWith('-u-ivan') ? [d.name] : []));
    if (names.length !== 1)
      throw new Error(`expected one replica of ivan's database, found ${names.join(', ')}`);
    const idb = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open(names[0] ?? '');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const store = idb.transaction('docs', 'readonly').objectStore('docs');
    const counts = await Promise.all(
      keys.map(
        (key) =>
          new Promise<number>((done, fail) => {
            const req = store.count(key);
            req.onsuccess = () => done(req.result);
            req.onerror = () => fail(req.error);
          }),
      ),
    );
    idb.close();
    return counts.reduce((a, b) => a + b, 0);
  }, ids);

/** What a profile and the server hold about Олена (team rows, replicas, worker log), printed when a team step does not reach it. */
export async function diagnose(
  couch: TestCouch,
  firm: string,
  kartka: Kartka,
  log: readonly string[],
): Promise<string> {
  const dbs = firmDatabases(firm);
  const names = [dbs.own('anna'), dbs.own('ivan'), dbs.shared, dbs.directory];
  const server = await Promise.all(
    names.map(
      async (n) =>
        `${n}: ${JSON.stringify((await couch.couch.dbExists(n)) ? await couch.couch.get(n, `people:${OLENA}`) : 'no database')}`,
    ),
  );
  const team = (await kartka.all<{ key: string; value: unknown }>('team')).filter(
    (r) => r.key !== 'membership',
  );
  const person = (await kartka.all<{ id: string }>('people')).find((p) => p.id === OLENA);
  const replicas = await kartka.worker.evaluate(async (id) => {
    const out: string[] = [];
    for (const d of await indexedDB.databases()) {
      if (!d.name?.includes('kartka-team-') || !d.name.includes('-u-')) continue;
      const idb = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open(d.name ?? '');
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const found = await new Promise<unknown>((done, fail) => {
        const req = idb.transaction('docs', 'readonly').objectStore('docs').get(id);
        req.onsuccess = () => done(req.result);
        req.onerror = () => fail(req.error);
      });
      idb.close();
      out.push(`${d.name}: ${JSON.stringify(found).slice(0, 700)}`);
    }
    return out;
  }, `people:${OLENA}`);
  return [
    `server:\n  ${server.join('\n  ')}`,
    `base team rows: ${JSON.stringify(team)}`,
    `base person owner: ${JSON.stringify((person as { owner?: unknown } | undefined)?.owner)}`,
    `replicas:\n  ${replicas.join('\n  ')}`,
    `worker log:\n  ${log.join('\n  ')}`,
  ].join('\n');
}
