// Five managers and an admin, each with their own base and replicas, make random edits against one server (300 in
// `npm test`, ~30 s; TEAM_TEST_EDITS=2000 for the full run): a third of them offline, some syncs killed
// mid-way and restarted. After a final sync every base equals the
// server's view for its level; no edit is lost (each submitted value is the final one, knowingly overwritten, or
// recorded in a conflict note), no record is duplicated, and no document is left in conflict.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { FieldMeta } from '../../core/model';
import { docToRecord, ownFields, SYNCED_TABLES, type TeamDoc } from '../../core/team/documents';
import { firmDatabases } from '../../core/team/names';
import { readableDatabases } from '../../core/team/route';
import { syncOnce } from '../../integrations/team/sync';
import { addNote, updatePerson } from '../../storage/people';
import { addTask, completeTask } from '../../storage/tasks';
import { setSharing } from '../../storage/team/ownership';
import { createFirm, invite, type Invitation } from '../../tools/team/firm';
import { startCouch, type TestCouch } from '../fakes/couch/server';
import { addPerson, join, newBrowser, settings, type Browser } from './helpers';

const EDITS = Number(process.env.TEAM_TEST_EDITS ?? 300);
const SEED = Number(process.env.TEAM_TEST_SEED ?? 20260512);

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let server: TestCouch;
beforeAll(async () => {
  server = await startCouch();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

interface Member {
  name: string;
  level: 'admin' | 'manager';
  browser: Browser;
  generation: number;
}

/** One edit of one field, as the model remembers it. */
interface Edit {
  member: string;
  key: string;
  field: string;
  value: string;
  at: number;
  /** The field's stamp the editor had before the edit (what they had seen). */
  base: number;
  generation: number;
}

const CITIES = ['Київ', 'Львів', 'Одеса', 'Харків', 'Дніпро', 'Warszawa', 'Berlin', 'Вінниця'];
const POSITIONS = ['директор', 'закупівлі', 'бухгалтер', 'CEO', 'head of sales', 'логіст'];

async function serverView(firm: string, dbs: readonly string[]) {
  const view = new Map<string, Record<string, unknown>>();
  const where = new Map<string, string[]>();
  for (const db of dbs) {
    for (const doc of (await server.couch.allDocs(db)) as TeamDoc[]) {
      if (doc.handedOverTo !== undefined) continue;
      const rec = docToRecord(doc);
      if (!rec) continue;
      expect(doc._conflicts, `${db}/${doc._id} left in conflict`).toBeUndefined();
      view.set(doc._id, ownFields(rec.table, rec.record));
      where.set(doc._id, [...(where.get(doc._id) ?? []), db]);
    }
  }
  void firm;
  return { view, where };
}

async function baseView(b: Browser) {
  const view = new Map<string, Record<string, unknown>>();
  for (const table of SYNCED_TABLES)
    for (const row of (await b.db.table(table).toArray()) as Record<string, unknown>[])
      view.set(`${table}:${String(row.id)}`, ownFields(table, row));
  return view;
}

test(`${EDITS} random edits by five managers and an admin converge without loss`, async () => {
  const rand = prng(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const firm = server.firmId('rnd');
  const now = Date.now();
  const annaInv = await createFirm(
    server.couch,
    { firm, title: 'Random Trading', admin: { name: 'anna', displayName: 'Анна', level: 'admin' } },
    now,
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
        now,
      ),
    ]);
  const members: Member[] = [];
  for (const [name, inv] of invites) {
    const browser = newBrowser(name);
    for (let i = 0; i < 3; i++)
      await addPerson(browser, { displayName: `${name} client ${i}`, emails: [`${name}.${i}@client.ua`] });
    await join(browser, inv);
    members.push({ name, level: name === 'anna' ? 'admin' : 'manager', browser, generation: 0 });
  }
  for (const m of members) await syncOnce(m.browser);

  const edits: Edit[] = [];
  let offlineEdits = 0;
  let kills = 0;
  let created = 0;
  let syncMs = 0;
  let syncs = 0;
  for (let step = 0; step < EDITS; step++) {
    // Members drop off the network and come back now and then; a third of the edits are made offline (when
    // behind, the step goes to a member who is offline).
    for (const x of members)
      if (rand() < (x.browser.offline ? 0.05 : 0.02)) x.browser.offline = !x.browser.offline;
    let away = members.filter((x) => x.browser.offline);
    const behind = offlineEdits < step / 3;
    if (behind && away.length === 0) {
      const x = pick(members);
      x.browser.offline = true;
      away = [x];
    }
    const m = behind ? pick(away) : pick(members);
    const b = m.browser;
    const people = await b.db.people.toArray();
    const writable = people.filter((p) => m.level === 'admin' || p.owner === m.name || p.sharing === 'write');
    const roll = rand();
    if (b.offline) offlineEdits++;
    if (roll < 0.12 || writable.length === 0) {
      created++;
      await addPerson(b, { displayName: `${m.name} new ${step}`, emails: [`${m.name}.n${step}@client.ua`] });
    } else if (roll < 0.62) {
      const p = pick(writable);
      const field = rand() < 0.6 ? 'city' : 'position';
      const value = `${pick(field === 'city' ? CITIES : POSITIONS)} ${step}`;
      const base = (p.fieldMeta as FieldMeta | undefined)?.[field]?.at ?? p.updatedAt;
      const res = await updatePerson(b.db, p.id, { [field]: value }, settings, Date.now());
      expect(res.ok).toBe(true);
      const after = await b.db.people.get(p.id);
      const at = after?.fieldMeta?.[field]?.at ?? 0;
      edits.push({ member: m.name, key: `people:${p.id}`, field, value, at, base, generation: m.generation });
    } else if (roll < 0.8) {
      await addNote(b.db, pick(writable).id, `Нотатка ${step} від ${m.name}`, Date.now());
    } else if (roll < 0.92) {
      const open = await b.db.tasks.filter((t) => !t.done).toArray();
      const mine = open.filter((t) => writable.some((p) => p.id === t.personId));
      if (mine.length > 0 && rand() < 0.4) await completeTask(b.db, pick(mine).id, Date.now());
      else
        await addTask(
          b.db,
          { title: `Задача ${step}`, due: Date.now() + 86_400_000, personId: pick(writable).id },
          Date.now(),
        );
    } else {
      const own = writable.filter((p) => p.owner === m.name);
      if (own.length > 0)
        await setSharing(
          b.db,
          { kind: 'person', id: pick(own).id },
          pick(['write', 'read', null]),
          Date.now(),
        );
    }
    if (!b.offline && rand() < 0.12) {
      if (rand() < 0.2) {
        b.killAfter = 2 + Math.floor(rand() * 30);
        kills++;
      }
      const t0 = performance.now();
      const outcome = await syncOnce(b);
      syncMs += performance.now() - t0;
      syncs++;
      b.killAfter = null;
      if (outcome.kind === 'done') m.generation++;
    }
  }

  // Everyone back online: a few rounds let notes and merges travel.
  for (const m of members) m.browser.offline = false;
  for (let round = 0; round < 3; round++)
    for (const m of members) {
      expect(await syncOnce(m.browser)).toMatchObject({ kind: 'done', refused: [] });
      m.generation++;
    }
  expect(offlineEdits / EDITS).toBeGreaterThan(0.3);
  expect(kills).toBeGreaterThan(EDITS / 400);

  // Every base equals the server's view for its level.
  const dbs = firmDatabases(firm);
  const directory = members.map((m) => ({ name: m.name, displayName: m.name, level: m.level, active: true }));
  const all = await serverView(firm, [dbs.shared, ...members.map((m) => dbs.own(m.name))]);
  for (const m of members) {
    expect(await m.browser.db.teamOutbox.count(), `${m.name} outbox`).toBe(0);
    const readable = readableDatabases(firm, { name: m.name, level: m.level }, directory);
    const { view } = await serverView(firm, readable);
    const base = await baseView(m.browser);
    expect([...base.keys()].sort(), `${m.name} keys`).toEqual([...view.keys()].sort());
    for (const [key, record] of view) expect(base.get(key), `${m.name} ${key}`).toEqual(record);
  }
  // No record lives twice; every person created is there.
  for (const [key, places] of all.where) expect(places, key).toHaveLength(1);
  expect([...all.view.keys()].filter((k) => k.startsWith('people:'))).toHaveLength(
    created + 3 * members.length,
  );

  // No edit lost: the final value is the latest edit's; every other submitted value was seen by a later edit or
  // is recorded in a conflict note of its client.
  const noteOf = (r: Record<string, unknown>) => ({
    person: (r.personIds as string[])[0],
    body: String(r.body),
  });
  const bodies = [...all.view.values()].filter((r) => r.kind === 'note' && typeof r.body === 'string');
  const notes = bodies.filter((r) => String(r.body).startsWith('Edited on two devices')).map(noteOf);
  const late = bodies.filter((r) => String(r.body).startsWith('An edit by ')).map(noteOf);
  const noted = (e: Edit) =>
    [...notes, ...late].some((n) => `people:${n.person}` === e.key && n.body.includes(`“${e.value}”`));
  const byField = new Map<string, Edit[]>();
  for (const e of edits)
    byField.set(`${e.key}/${e.field}`, [...(byField.get(`${e.key}/${e.field}`) ?? []), e]);
  let conflicts = 0;
  for (const [k, list] of byField) {
    const [key, field] = k.split('/') as [string, string];
    const final = all.view.get(key)?.[field];
    // What each member sent: their last edit of the field before a sync got through (earlier ones they
    // overwrote themselves). One the firm's rules refused (the client was no longer theirs to change) went to the
    // owner as a late note; of the others, the latest stands.
    const submitted = list.filter(
      (e) => !list.some((o) => o.member === e.member && o.generation === e.generation && o.at > e.at),
    );
    const inLate = (e: Edit) =>
      late.some((n) => `people:${n.person}` === e.key && n.body.includes(`“${e.value}”`));
    const latest = submitted
      .filter((e) => !inLate(e))
      .sort((a, b) => b.at - a.at || (b.value > a.value ? 1 : -1))[0];
    if (latest) expect(final, `${k} ends with the latest edit`).toBe(latest.value);
    for (const e of submitted) {
      if (e.value === final) continue;
      const seen = list.some((o) => o !== e && o.base >= e.at);
      if (seen) continue;
      conflicts++;
      expect(
        noted(e),
        `${k}: "${e.value}" by ${e.member} is neither final, overwritten knowingly, nor noted`,
      ).toBe(true);
    }
  }
  console.log(
    `team replicas: ${EDITS} edits (${offlineEdits} offline), ${kills} killed syncs, ${edits.length} field edits, ` +
      `${conflicts} concurrent overwrites each noted, ${notes.length} conflict notes, ${late.length} late notes, ` +
      `${created} people created; ${syncs} syncs took ${Math.round(syncMs)} ms`,
  );
}, 600_000);
