// Five managers and an admin, each with their own base (Dexie) and replicas (PouchDB), make random edits against
// one server (300 in `npm test`; TEAM_TEST_EDITS=2000 for the full run): a third of them offline, some
// syncs cut mid-way by a dropped network, others by the extension's worker stopping (Dexie closed under the sync
// and opened again from its IndexedDB, replicas reopened from theirs). Each device has its own clock, off by up to
// ±SKEW ms and now and then set back, so stamps tie and go backwards as they do between real devices; the run is
// the same for the same TEAM_TEST_SEED (the clock is the test's, not the machine's). After a final sync every base
// equals the server's view for its level, no record lives twice, and no edit is lost (replicas-check.ts).
import { afterEach, expect, test, vi } from 'vitest';
import { firmDatabases } from '../../core/team/names';
import { readableDatabases } from '../../core/team/route';
import { syncOnce, type SyncOutcome } from '../../integrations/team/sync';
import { addNote, updatePerson } from '../../storage/people';
import { addTask, completeTask } from '../../storage/tasks';
import { setSharing } from '../../storage/team/ownership';
import { createFirm, invite, type Invitation } from '../../tools/team/firm';
import { handOver } from '../../tools/team/handover';
import { seeded } from '../fakes/prng';
import { addPerson, join, newBrowser, restart, settings, couchForFile, type Browser } from './helpers';
import { baseView, checkLedger, serverView, type Edit } from './replicas-check';

const EDITS = Number(process.env.TEAM_TEST_EDITS ?? 300);
const SEED = Number(process.env.TEAM_TEST_SEED ?? 20261207);
/** The largest offset of a device's clock from the test's, in ms (edits are 0–3 ms apart). */
const SKEW = Number(process.env.TEAM_TEST_SKEW ?? 12);

const couch = couchForFile();
afterEach(() => {
  vi.useRealTimers();
});

interface Member {
  name: string;
  level: 'admin' | 'manager';
  browser: Browser;
  /** This device's clock minus the test's. */
  skew: number;
}

const CITIES = ['Київ', 'Львів', 'Одеса', 'Харків', 'Дніпро', 'Warszawa', 'Berlin', 'Вінниця'];
const POSITIONS = ['директор', 'закупівлі', 'бухгалтер', 'CEO', 'head of sales', 'логіст'];

test(`${EDITS} random edits by five managers and an admin converge without loss (seed ${SEED})`, async () => {
  const server = couch();
  const rand = seeded(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  // Only Date is the test's: timers, the network and performance.now run as they are.
  vi.useFakeTimers({ toFake: ['Date'] });
  let clock = Date.UTC(2026, 11, 7, 9, 0);
  const on = (m: Member) => vi.setSystemTime(clock + m.skew);
  const now = () => Date.now();
  vi.setSystemTime(clock);
  const firm = server.firmId('rnd');
  const annaInv = await createFirm(
    server.couch,
    { firm, title: 'Random Trading', admin: { name: 'anna', displayName: 'Анна', level: 'admin' } },
    now(),
  );
  const invites: [string, Invitation][] = [['anna', annaInv]];
  for (const name of ['m1', 'm2', 'm3', 'm4', 'm5'])
    invites.push([
      name,
      await invite(
        server.couch,
        firm,
        { name, displayName: `Manager ${name}`, level: 'manager' },
        'anna',
        now(),
      ),
    ]);
  const members: Member[] = [];
  for (const [name, inv] of invites) {
    const m: Member = {
      name,
      level: name === 'anna' ? 'admin' : 'manager',
      browser: newBrowser(name, now),
      skew: Math.round((rand() * 2 - 1) * SKEW),
    };
    on(m);
    for (let i = 0; i < 3; i++)
      await addPerson(
        m.browser,
        { displayName: `${name} client ${i}`, emails: [`${name}.${i}@client.ua`] },
        now(),
      );
    await join(m.browser, inv);
    members.push(m);
  }
  const figures = {
    offline: 0,
    network: 0,
    stops: 0,
    created: 0,
    syncs: 0,
    syncMs: 0,
    refused: 0,
    handed: 0,
  };
  const sync = async (m: Member): Promise<SyncOutcome | 'stopped'> => {
    on(m);
    const t0 = performance.now();
    const outcome = await syncOnce(m.browser).catch((e: unknown) => {
      // A stopped worker's sync ends on its closed database; anything else is a failure of the test.
      if (!m.browser.stopped) throw e;
      return 'stopped' as const;
    });
    figures.syncMs += performance.now() - t0;
    figures.syncs++;
    // Counted when the cut came while the sync still had requests to make.
    if (m.browser.stopped) figures.stops++;
    else if ((m.browser.killAfter ?? 0) < 0) figures.network++;
    restart(m.browser);
    if (typeof outcome === 'object' && outcome.kind === 'done') figures.refused += outcome.refused.length;
    return outcome;
  };
  for (const m of members) await sync(m);

  const edits: Edit[] = [];
  for (let step = 0; step < EDITS; step++) {
    clock += pick([0, 0, 1, 1, 2, 3]);
    // Members drop off the network and come back now and then; a third of the edits are made offline (when
    // behind, the step goes to a member who is offline). Now and then a device's clock is set back.
    for (const x of members) {
      if (rand() < (x.browser.offline ? 0.05 : 0.02)) x.browser.offline = !x.browser.offline;
      if (rand() < 0.01) x.skew -= 1 + Math.floor(rand() * SKEW);
    }
    if (step === Math.floor(EDITS / 2)) {
      // Halfway, the admin hands every client of one manager to another with the provisioning tool, whoever is
      // offline and editing them: their late edits must reach the new owner as notes.
      const from = pick(members.slice(1));
      const to = pick(members.slice(1).filter((x) => x !== from));
      const selection = { all: true } as const;
      const report = await handOver(
        server.couch,
        firm,
        { from: from.name, to: to.name, selection },
        'anna',
        now(),
      );
      figures.handed = report.clients;
    }
    let away = members.filter((x) => x.browser.offline);
    const behind = figures.offline < step / 3;
    if (behind && away.length === 0) {
      const x = pick(members);
      x.browser.offline = true;
      away = [x];
    }
    const m = behind ? pick(away) : pick(members);
    const b = m.browser;
    on(m);
    const people = await b.db.people.toArray();
    const writable = people.filter((p) => m.level === 'admin' || p.owner === m.name || p.sharing === 'write');
    const roll = rand();
    if (b.offline) figures.offline++;
    if (roll < 0.12 || writable.length === 0) {
      figures.created++;
      await addPerson(
        b,
        { displayName: `${m.name} new ${step}`, emails: [`${m.name}.n${step}@client.ua`] },
        now(),
      );
    } else if (roll < 0.62) {
      const p = pick(writable);
      const field = rand() < 0.6 ? 'city' : 'position';
      const value = `${pick(field === 'city' ? CITIES : POSITIONS)} ${step}`;
      const base = p.fieldMeta?.[field]?.at ?? p.updatedAt;
      const res = await updatePerson(b.db, p.id, { [field]: value }, settings, now());
      expect(res.ok).toBe(true);
      const at = (await b.db.people.get(p.id))?.fieldMeta?.[field]?.at ?? 0;
      edits.push({ member: m.name, key: `people:${p.id}`, field, value, at, base, baseValue: p[field] });
    } else if (roll < 0.8) {
      await addNote(b.db, pick(writable).id, `Нотатка ${step} від ${m.name}`, now());
    } else if (roll < 0.92) {
      const open = await b.db.tasks.filter((t) => !t.done).toArray();
      const mine = open.filter((t) => writable.some((p) => p.id === t.personId));
      if (mine.length > 0 && rand() < 0.4) await completeTask(b.db, pick(mine).id, now());
      else
        await addTask(
          b.db,
          { title: `Задача ${step}`, due: now() + 86_400_000, personId: pick(writable).id },
          now(),
        );
    } else {
      const own = writable.filter((p) => p.owner === m.name);
      if (own.length > 0)
        await setSharing(b.db, { kind: 'person', id: pick(own).id }, pick(['write', 'read', null]), now());
    }
    if (!b.offline && rand() < 0.12) {
      const cut = rand();
      if (cut < 0.15) {
        b.killAfter = 2 + Math.floor(rand() * 30);
      } else if (cut < 0.35) {
        b.stopAfter = 2 + Math.floor(rand() * 30);
      }
      await sync(m);
    }
  }

  // Everyone back online: a few rounds let notes and merges travel.
  clock += 1000;
  for (const m of members) m.browser.offline = false;
  for (let round = 0; round < 3; round++)
    for (const m of members) {
      const outcome = await sync(m);
      expect(outcome, `${m.name}'s final sync: ${JSON.stringify(outcome)}`).toMatchObject({
        kind: 'done',
        refused: [],
      });
    }
  expect(figures.offline / EDITS).toBeGreaterThan(0.3);
  expect(figures.network + figures.stops).toBeGreaterThan(EDITS / 100);

  // Every base equals the server's view for its level.
  const dbs = firmDatabases(firm);
  const directory = members.map((m) => ({ name: m.name, displayName: m.name, level: m.level, active: true }));
  const all = await serverView(server, [dbs.shared, ...members.map((m) => dbs.own(m.name))]);
  for (const m of members) {
    expect(await m.browser.db.teamOutbox.count(), `${m.name} outbox`).toBe(0);
    const { view } = await serverView(
      server,
      readableDatabases(firm, { name: m.name, level: m.level }, directory),
    );
    const base = await baseView(m.browser);
    expect([...base.keys()].sort(), `${m.name} keys`).toEqual([...view.keys()].sort());
    for (const [key, record] of view) expect(base.get(key), `${m.name} ${key}`).toEqual(record);
  }
  // No record lives twice; every person created is there.
  for (const [key, places] of all.where) expect(places, key).toHaveLength(1);
  expect([...all.view.keys()].filter((k) => k.startsWith('people:'))).toHaveLength(
    figures.created + 3 * members.length,
  );
  const ledger = checkLedger(edits, all.view, `seed ${SEED}`);
  const notes = [...all.view.values()].filter((r) =>
    String(r.body).startsWith('Edited on two devices'),
  ).length;
  console.log(
    `team replicas (seed ${SEED}, skew ±${SKEW} ms): ${EDITS} edits (${figures.offline} offline, ` +
      `${Math.round((100 * figures.offline) / EDITS)}%), ${figures.network} syncs cut by the network, ` +
      `${figures.stops} by a worker stop; ${edits.length} field edits: ${ledger.concurrent} concurrent ` +
      `overwrites each noted, ${ledger.knowing} knowing, ${ledger.late} late notes; ${notes} conflict notes, ` +
      `${figures.created} people created, ${figures.handed} handed over halfway, ${figures.refused} refused; ` +
      `${figures.syncs} syncs took ` +
      `${Math.round(figures.syncMs)} ms`,
  );
}, 600_000);
