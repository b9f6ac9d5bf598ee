// The page's in-memory clients follow every write: creates, edits, deletes with undo, merges, company renames,
// tasks and a wipe; each change re-reads only what it touched.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { deleteClient, deleteEverything, undoDelete } from '../../../storage/app-queries';
import { createCompany, updateCompany } from '../../../storage/companies';
import { openKartkaDB } from '../../../storage/db';
import { liveClients } from '../../../storage/live-clients';
import { mergePeople } from '../../../storage/merge';
import { bulkCreatePeople, createPerson, linkCompany, updatePerson } from '../../../storage/people';
import { searchClientIds } from '../../../storage/search';
import { addTask, completeTask } from '../../../storage/tasks';
import { NOW, testSettings } from './helpers';
import { base, dropBases, names } from './live-base';

afterEach(dropBases);

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
    await undoDelete(db, token, NOW);
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

  test('current() waits for a flush its settle timer already started (a write is read back, nothing runs after)', async () => {
    const { db, settings, live } = await base();
    // Hold the flush the settle timer starts, to look at current() while it is under way.
    const held = live as unknown as { apply: () => Promise<void> };
    const apply = held.apply.bind(live);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = () => {};
    const flushing = new Promise<void>((resolve) => (started = resolve));
    vi.spyOn(held, 'apply').mockImplementation(async () => {
      started();
      await gate;
      await apply();
    });
    await createPerson(db, { displayName: 'Ірина Ткач', emails: ['iryna@tkach.ua'] }, settings, NOW);
    await flushing;
    let done = false;
    const current = live.current().then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Before, current() returned at once here: the row was missing and the flush ran on into a closed base.
    expect(done).toBe(false);
    release();
    await current;
    expect(live.rows('people').map((r) => r.name)).toContain('Ірина Ткач');
  });

  test('one failed flush does not stop the later ones', async () => {
    const { db, settings, live } = await base();
    const held = live as unknown as { apply: () => Promise<void> };
    vi.spyOn(held, 'apply').mockRejectedValueOnce(new Error('a read failed'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await createPerson(db, { displayName: 'Ірина Ткач', emails: ['iryna@tkach.ua'] }, settings, NOW);
    await vi.waitFor(() =>
      expect(warn).toHaveBeenCalledWith('Kartka: could not update the client list', expect.any(Error)),
    );
    // Before, the failed flush left the chain rejected: this edit never reached the list.
    await createPerson(db, { displayName: 'Богдан Гнатюк', emails: ['bohdan@hnatiuk.ua'] }, settings, NOW);
    await live.current();
    expect(live.rows('people').map((r) => r.name)).toContain('Богдан Гнатюк');
    warn.mockRestore();
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
    const deleted = stored.slice(300, 310).map((p) => p.id);
    await db.people.bulkPut(stored.slice(0, 300).map((p) => ({ ...p, tags: ['Весна'] })));
    await db.people.bulkDelete(deleted);
    await live.current();
    expect(reloads).not.toHaveBeenCalled();
    // The 300 are caught up from touchedAt, never fetched by key. The 10 deleted ones name their keys: when the two
    // writes reach the follower in separate flushes (a loaded machine), it may look those 10 up, and nothing else.
    const fetched = gets.mock.calls.flatMap(([keys]) => [...keys]);
    expect(fetched.filter((id) => !deleted.includes(id as (typeof deleted)[number]))).toEqual([]);
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
});
