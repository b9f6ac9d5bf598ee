// The page's in-memory clients follow every write: creates, edits, deletes with undo, merges, company renames,
// tasks and a wipe; each change re-reads only what it touched.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { deleteClient, deleteEverything, undoDelete } from '../../../storage/app-queries';
import { createCompany, updateCompany } from '../../../storage/companies';
import { openKartkaDB, type KartkaDB } from '../../../storage/db';
import { liveClients } from '../../../storage/live-clients';
import { exportBackup } from '../../../storage/backup';
import { mergePeople } from '../../../storage/merge';
import { bulkCreatePeople, createPerson, linkCompany, updatePerson } from '../../../storage/people';
import { searchClientIds, searchPeople } from '../../../storage/search';
import { addTask, completeTask } from '../../../storage/tasks';
import { freshDb, NOW, testSettings } from './helpers';

const dbs: KartkaDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    liveClients(db).close();
    await db.delete();
  }
});

async function base() {
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

const names = async (db: KartkaDB, q: string) => (await searchPeople(db, q, 10)).map((h) => h.name);

describe('live clients', () => {
  test('loads every person and follows edits, including a rename', async () => {
    const { db, settings, live, olena } = await base();
    expect(
      live
        .rows('people')
        .map((r) => r.name)
        .sort(),
    ).toEqual(['Олена Коваль', 'Тарас Мельник']);
    const updated = await updatePerson(db, olena.id, { displayName: 'Олена Бондар' }, settings, NOW + 1);
    expect(updated.ok).toBe(true);
    expect(await names(db, 'коваль')).toEqual([]);
    expect(await names(db, 'bondar')).toEqual(['Олена Бондар']);
    expect(live.rows('people').find((r) => r.id === olena.id)?.name).toBe('Олена Бондар');
  });

  test('a company rename reaches its people’s rows and their search', async () => {
    const { db, live, olena } = await base();
    await updatePerson(db, olena.id, { emails: ['olena@ukr.net'] }, testSettings(), NOW);
    const zoria = await createCompany(db, { name: 'Зоря' }, NOW);
    if (!zoria.ok) throw new Error('company');
    await linkCompany(db, olena.id, { companyId: zoria.company.id, decisionMaker: false }, NOW);
    expect(await names(db, 'zoria')).toEqual(['Олена Коваль']);
    await updateCompany(db, zoria.company.id, { name: 'Світанок' }, NOW + 1);
    expect(await names(db, 'svitanok')).toEqual(['Олена Коваль']);
    expect(await names(db, 'zoria')).toEqual([]);
    await live.current();
    expect(live.rows('people').find((r) => r.id === olena.id)?.companyName).toBe('Світанок');
    expect(live.rows('companies').map((r) => r.name)).toEqual(['Світанок']);
  });

  test('delete, undo and merge', async () => {
    const { db, live, olena, taras } = await base();
    const token = await deleteClient(db, { kind: 'person', id: taras.id }, NOW);
    expect(await names(db, 'taras')).toEqual([]);
    await undoDelete(db, token);
    expect(await names(db, 'taras')).toEqual(['Тарас Мельник']);
    await mergePeople(db, olena.id, taras.id, NOW);
    // The kept card takes the merged one's address, so "taras" now finds Olena's card.
    expect(await searchClientIds(db, 'people', 'taras')).toEqual(new Set([olena.id]));
    expect(live.rows('people').map((r) => r.id)).toEqual([olena.id]);
  });

  test('open task counts follow tasks', async () => {
    const { db, live, olena } = await base();
    const task = await addTask(db, { title: 'Зателефонувати', due: NOW + 1000, personId: olena.id }, NOW);
    await live.flush();
    expect(live.rows('people').find((r) => r.id === olena.id)?.openTasks).toBe(1);
    await completeTask(db, task.id, NOW);
    await live.flush();
    expect(live.rows('people').find((r) => r.id === olena.id)?.openTasks).toBe(0);
  });

  test('a bulk import of 2,500 people and a wipe', async () => {
    const { db, settings, live } = await base();
    let seen = 0;
    const stop = live.subscribe(() => (seen = live.people.size));
    await bulkCreatePeople(
      db,
      Array.from({ length: 2500 }, (_, i) => ({ displayName: `Імпорт ${i}`, emails: [`p${i}@import.ua`] })),
      settings,
      NOW,
    );
    expect((await searchClientIds(db, 'people', 'import'))?.size).toBe(2500);
    expect(await names(db, 'p2499@import.ua')).toEqual(['Імпорт 2499']);
    // Listeners hear at most once a second while changes stream in, and always of the last change.
    await vi.waitFor(() => expect(seen).toBe(2502), { timeout: 3000 });
    await deleteEverything(db);
    await live.current();
    expect(live.people.size).toBe(0);
    expect(await names(db, 'olena')).toEqual([]);
    stop();
  });

  test('another page’s writes reach this page’s clients (a second connection to the same base)', async () => {
    const { db, settings } = await base();
    const page = openKartkaDB(db.name);
    const here = liveClients(page);
    await here.current();
    expect(here.people.size).toBe(2);
    await createPerson(db, { displayName: 'Ірина Ткач', emails: ['iryna@tkach.ua'] }, settings, NOW);
    expect(await names(page, 'tkach')).toEqual(['Ірина Ткач']);
    here.close();
    page.close();
  });
});

describe('the stored snapshot', () => {
  test('every write of a person stamps touchedAt, whatever the path', async () => {
    const { db, settings, olena } = await base();
    const stamp = async () => (await db.people.get(olena.id))?.touchedAt ?? -1;
    const first = await stamp();
    expect(first).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 3));
    await db.people.update(olena.id, { lastContactAt: NOW });
    const second = await stamp();
    expect(second).toBeGreaterThan(first);
    await new Promise((r) => setTimeout(r, 3));
    await db.people.where('id').equals(olena.id).modify({ manager: 'Іван' });
    expect(await stamp()).toBeGreaterThan(second);
    await updatePerson(db, olena.id, { position: 'CEO' }, settings, NOW);
    expect(await db.people.where('touchedAt').aboveOrEqual(second).primaryKeys()).toEqual([olena.id]);
  });

  test('a later page opens from it and catches up with edits, deletes and new people made meanwhile', async () => {
    const { db, settings, live, olena, taras } = await base();
    await bulkCreatePeople(
      db,
      Array.from({ length: 300 }, (_, i) => ({ displayName: `Клієнт ${i}`, emails: [`c${i}@firma.ua`] })),
      settings,
      NOW,
    );
    await live.current();
    await live.saveSnapshot();
    live.close();
    // Written while no page follows the base: only the snapshot and the rows can tell the next page.
    await new Promise((r) => setTimeout(r, 5));
    await updatePerson(db, olena.id, { displayName: 'Олена Бондар', city: 'Львів' }, settings, NOW + 1);
    await deleteClient(db, { kind: 'person', id: taras.id }, NOW);
    await createPerson(db, { displayName: 'Ірина Ткач', emails: ['iryna@tkach.ua'] }, settings, NOW);
    const page = openKartkaDB(db.name);
    const next = liveClients(page);
    await next.current();
    expect(next.loadedFrom).toBe('snapshot');
    expect(next.people.size).toBe(302);
    expect(await names(page, 'bondar')).toEqual(['Олена Бондар']);
    expect(await names(page, 'коваль')).toEqual([]);
    expect(await names(page, 'taras')).toEqual([]);
    expect(await names(page, 'tkach')).toEqual(['Ірина Ткач']);
    expect(await names(page, 'c299@firma.ua')).toEqual(['Клієнт 299']);
    expect(next.rows('people').find((r) => r.id === olena.id)?.city).toBe('Львів');
    next.close();
    page.close();
  });

  test('with no deletions the catch-up reads only what was written since, merges included', async () => {
    const { db, settings, live, olena, taras } = await base();
    await live.saveSnapshot();
    live.close();
    await new Promise((r) => setTimeout(r, 5));
    await mergePeople(db, olena.id, taras.id, NOW);
    await createPerson(db, { displayName: 'Ірина Ткач', emails: ['iryna@tkach.ua'] }, settings, NOW);
    const page = openKartkaDB(db.name);
    const next = liveClients(page);
    await next.current();
    expect(next.loadedFrom).toBe('snapshot');
    expect(
      next
        .rows('people')
        .map((r) => r.name)
        .sort(),
    ).toEqual(['Ірина Ткач', 'Олена Коваль']);
    await next.saveSnapshot();
    next.close();
    // The merged-away row is remembered as hidden: a third page counts it and needs no key scan.
    const third = liveClients(openKartkaDB(db.name));
    await third.current();
    expect(third.loadedFrom).toBe('snapshot');
    expect(third.people.size).toBe(2);
    third.close();
    page.close();
  });

  test('a broken snapshot is ignored and the base is read whole', async () => {
    const { db, live } = await base();
    await live.saveSnapshot();
    live.close();
    const head = (await db.meta.get('clients-snapshot'))?.value as { generation: string };
    const rowsKey = `clients-snapshot:${head.generation}:rows:0`;
    const readBack = async () => {
      const page = openKartkaDB(db.name);
      const next = liveClients(page);
      await next.current();
      const seen = { from: next.loadedFrom, people: next.people.size };
      next.close();
      page.close();
      return seen;
    };
    // A damaged part, a missing part, and the one-row format of earlier versions.
    await db.meta.put({ key: rowsKey, value: '[{"id":' });
    expect(await readBack()).toEqual({ from: 'base', people: 2 });
    await db.meta.delete(rowsKey);
    expect(await readBack()).toEqual({ from: 'base', people: 2 });
    await db.meta.put({
      key: 'clients-snapshot',
      value: { format: 1, at: 0, index: {}, rows: '[', cities: '[]', hidden: '' },
    });
    expect(await readBack()).toEqual({ from: 'base', people: 2 });
  });

  test('the snapshot is stored in parts; a new one replaces every part of the last, and backups leave them out', async () => {
    const { db, live } = await base();
    const snapshotKeys = async () =>
      ((await db.meta.toCollection().primaryKeys()) as string[]).filter((k) =>
        k.startsWith('clients-snapshot'),
      );
    await live.saveSnapshot();
    const first = await snapshotKeys();
    const head = (await db.meta.get('clients-snapshot'))?.value as { generation: string; count: number };
    expect(head.count).toBe(2);
    expect(first.sort()).toEqual(
      ['', ':arrays', ':rows:0', ':terms']
        .map((part) => (part ? `clients-snapshot:${head.generation}${part}` : 'clients-snapshot'))
        .sort(),
    );
    // A part a crashed save left behind goes with the next save.
    await db.meta.put({ key: 'clients-snapshot:crashed:rows:0', value: '[]' });
    await live.saveSnapshot();
    const second = await snapshotKeys();
    expect(second, JSON.stringify(second)).toHaveLength(4);
    expect(second.some((k) => k.includes(head.generation) || k.includes('crashed'))).toBe(false);
    const backup = await exportBackup(db, NOW);
    expect(backup.tables.meta.some((row) => String(row.key).startsWith('clients-snapshot'))).toBe(false);
    live.close();
  });

  test('a task added while no page follows reaches the rows read back from it', async () => {
    const { db, live, olena } = await base();
    await live.saveSnapshot();
    live.close();
    await addTask(db, { title: 'Зателефонувати', due: NOW + 1000, personId: olena.id }, NOW);
    const page = openKartkaDB(db.name);
    const next = liveClients(page);
    await next.current();
    expect(next.loadedFrom).toBe('snapshot');
    expect(next.rows('people').find((r) => r.id === olena.id)?.openTasks).toBe(1);
    expect(next.rows('people').find((r) => r.id !== olena.id)?.openTasks).toBe(0);
    next.close();
    page.close();
  });

  test('after a mass change since the snapshot the page reads the base whole instead of catching up', async () => {
    const { db, settings, live } = await base();
    await live.saveSnapshot();
    live.close();
    await new Promise((r) => setTimeout(r, 5));
    await bulkCreatePeople(
      db,
      Array.from({ length: 2100 }, (_, i) => ({ displayName: `Масовий ${i}`, emails: [`m${i}@mass.ua`] })),
      settings,
      NOW,
    );
    const page = openKartkaDB(db.name);
    const next = liveClients(page);
    await next.current();
    expect(next.loadedFrom).toBe('base');
    expect(next.people.size).toBe(2102);
    expect(await names(page, 'm2099@mass.ua')).toEqual(['Масовий 2099']);
    next.close();
    page.close();
  });
});

describe('following large changes', () => {
  test('a write of many people (Dexie names no keys past 49) is caught up from touchedAt, not re-read whole', async () => {
    const { db, settings, live } = await base();
    await bulkCreatePeople(
      db,
      Array.from({ length: 400 }, (_, i) => ({ displayName: `Клієнт ${i}`, emails: [`k${i}@firma.ua`] })),
      settings,
      NOW,
    );
    await live.current();
    const stored = await db.people.toArray();
    const gets = vi.spyOn(db.people, 'bulkGet');
    const reloads = vi.spyOn(live as unknown as { load: () => Promise<void> }, 'load');
    await db.people.bulkPut(stored.slice(0, 300).map((p) => ({ ...p, tags: ['Весна'] })));
    await db.people.bulkDelete(stored.slice(300, 310).map((p) => p.id));
    await live.current();
    expect(reloads).not.toHaveBeenCalled();
    expect(gets).not.toHaveBeenCalled();
    expect(live.people.size).toBe(392);
    expect(live.rows('people').filter((r) => r.tags.includes('Весна'))).toHaveLength(300);
    gets.mockRestore();
    reloads.mockRestore();
  });

  test('a write of many companies (no keys named) re-reads the companies and their people, not everyone', async () => {
    const { db, live, olena } = await base();
    const made = await createCompany(db, { name: 'Зоря', domains: ['zoria.ua'], city: 'Київ' }, NOW);
    if (!made.ok) throw new Error('seed');
    await linkCompany(
      db,
      olena.id,
      { companyId: made.company.id, role: 'Директорка', decisionMaker: true },
      NOW,
    );
    await live.current();
    const reloads = vi.spyOn(live as unknown as { load: () => Promise<void> }, 'load');
    const [zoria] = await db.companies.toArray();
    if (!zoria) throw new Error('seed');
    // 60 new companies and the existing one renamed, in one write of more than 49 rows.
    await db.companies.bulkPut([
      { ...zoria, name: 'Зоря Агро', city: 'Львів' },
      ...Array.from({ length: 60 }, (_, i) => ({
        ...zoria,
        id: `c-new-${i}` as typeof zoria.id,
        name: `Фірма ${i}`,
        domains: [`firma${i}.ua`],
        searchTokens: [`фірма`, String(i)],
      })),
    ]);
    await live.current();
    expect(reloads).not.toHaveBeenCalled();
    expect(live.companies.size).toBe(61);
    const row = live.rows('people').find((r) => r.id === olena.id);
    expect(row).toMatchObject({ companyName: 'Зоря Агро', city: 'Львів' });
    // A company gone in a bulk delete leaves the list and its people's rows.
    await db.companies.bulkDelete([
      made.company.id,
      ...Array.from({ length: 59 }, (_, i) => `c-new-${i}` as never),
    ]);
    await live.current();
    expect(reloads).not.toHaveBeenCalled();
    expect(live.companies.size).toBe(1);
    expect(live.rows('people').find((r) => r.id === olena.id)?.companyName).toBeUndefined();
    reloads.mockRestore();
  });

  test('a change made while the snapshot is being written reaches the next page', async () => {
    const { db, settings, live, olena } = await base();
    const saving = live.saveSnapshot();
    await updatePerson(db, olena.id, { displayName: 'Олена Бондар' }, settings, NOW + 1);
    await live.current();
    await saving;
    live.close();
    const page = openKartkaDB(db.name);
    const next = liveClients(page);
    await next.current();
    expect(next.loadedFrom).toBe('snapshot');
    expect(await names(page, 'bondar')).toEqual(['Олена Бондар']);
    expect(await names(page, 'taras')).toEqual(['Тарас Мельник']);
    next.close();
    page.close();
  });

  test('many ids are read by one pass over their key range, few by single gets', async () => {
    const { db, settings, live, olena } = await base();
    await bulkCreatePeople(
      db,
      Array.from({ length: 2400 }, (_, i) => ({ displayName: `Клієнт ${i}`, emails: [`k${i}@firma.ua`] })),
      settings,
      NOW,
    );
    await live.current();
    const ids = live.rows('people').map((r) => r.id);
    const read = (want: string[]) =>
      (
        live as unknown as { readPeople: (ids: string[]) => Promise<Map<string, { displayName: string }>> }
      ).readPeople(want);
    const gets = vi.spyOn(db.people, 'bulkGet');
    const many = await read([...ids.slice(0, 2300), 'no-such-person']);
    expect(gets).not.toHaveBeenCalled();
    expect(many.size).toBe(2300);
    const first = ids[0] as string;
    expect(many.get(first)?.displayName).toBe(live.people.get(first)?.data.name);
    expect(many.has('no-such-person')).toBe(false);
    const few = await read([olena.id, 'no-such-person']);
    expect(gets).toHaveBeenCalledTimes(1);
    expect([...few.keys()]).toEqual([olena.id]);
    gets.mockRestore();
  });
});
