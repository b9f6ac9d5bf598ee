// The client list's stored snapshot (storage/clients-snapshot.ts): a later page opens from it and catches up;
// generations replace each other whole; a damaged or missing part, or an older format, means a plain read.
import { afterEach, describe, expect, test } from 'vitest';
import { deleteClient } from '../../../storage/app-queries';
import { exportBackup } from '../../../storage/backup';
import { openKartkaDB } from '../../../storage/db';
import { liveClients } from '../../../storage/live-clients';
import { mergePeople } from '../../../storage/merge';
import { bulkCreatePeople, createPerson, updatePerson } from '../../../storage/people';
import { addTask } from '../../../storage/tasks';
import { NOW } from './helpers';
import { base, dropBases, names } from './live-base';

afterEach(dropBases);

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

  test('a later page opens from it and catches up with edits and new people made meanwhile', async () => {
    const { db, settings, live, olena } = await base();
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
    await createPerson(db, { displayName: 'Ірина Ткач', emails: ['iryna@tkach.ua'] }, settings, NOW);
    const page = openKartkaDB(db.name);
    const next = liveClients(page);
    await next.current();
    expect(next.loadedFrom).toBe('snapshot');
    expect(next.people.size).toBe(303);
    expect(await names(page, 'bondar')).toEqual(['Олена Бондар']);
    expect(await names(page, 'коваль')).toEqual([]);
    expect(await names(page, 'taras')).toEqual(['Тарас Мельник']);
    expect(await names(page, 'tkach')).toEqual(['Ірина Ткач']);
    expect(await names(page, 'c299@firma.ua')).toEqual(['Клієнт 299']);
    expect(next.rows('people').find((r) => r.id === olena.id)?.city).toBe('Львів');
    next.close();
    page.close();
  });

  test('a delete takes the snapshot away (it holds their list row and search terms); the next page stores one without them', async () => {
    const { db, live, taras } = await base();
    await live.saveSnapshot();
    live.close();
    const stored = async () =>
      JSON.stringify(await db.meta.where('key').startsWith('clients-snapshot').toArray());
    expect(await stored()).toContain('taras@beta.ua');
    await deleteClient(db, { kind: 'person', id: taras.id }, NOW);
    expect(await db.meta.where('key').startsWith('clients-snapshot').count()).toBe(0);
    const page = openKartkaDB(db.name);
    const next = liveClients(page);
    await next.current();
    expect(next.loadedFrom).toBe('base');
    expect(await names(page, 'taras')).toEqual([]);
    await next.saveSnapshot();
    expect(await stored()).toContain('olena@zoria.ua');
    expect(await stored()).not.toContain('taras');
    expect(await stored()).not.toContain('Тарас');
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
});
