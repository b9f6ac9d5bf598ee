import { describe, expect, it } from 'vitest';
import { companyId, taskId } from '../../../core/ids';
import { emptyFilter } from '../../../core/segments';
import {
  addReminderTasks,
  bulkChange,
  deleteClient,
  loadAppPrefs,
  liveClients,
  loadSegments,
  markTasksNotified,
  nextReminderAt,
  saveAppPrefs,
  saveSegment,
  searchClientIds,
  undoDelete,
  unnotifiedDueTasks,
} from '../../../storage/app-queries';
import { createCompany } from '../../../storage/companies';
import { addDeal } from '../../../storage/deals';
import { createPerson, linkCompany } from '../../../storage/people';
import { searchPeople } from '../../../storage/search';
import { addTask } from '../../../storage/tasks';
import { freshDb, NOW, testSettings } from '../storage/helpers';

const DAY = 86_400_000;

async function base() {
  const db = freshDb();
  const settings = testSettings();
  const zoria = await createCompany(
    db,
    { name: 'Зоря Агро', domains: ['zoria-agro.com.ua'], industry: 'Агро', region: 'Київська' },
    NOW,
  );
  if (!zoria.ok) throw new Error('company');
  const olena = await createPerson(
    db,
    { displayName: 'Олена Коваль', emails: ['olena@zoria-agro.com.ua'], city: 'Київ', tags: ['опт'] },
    settings,
    NOW,
  );
  const taras = await createPerson(
    db,
    { displayName: 'Тарас Бондаренко', emails: ['taras@gmail.com'], manager: 'Оксана' },
    settings,
    NOW,
  );
  if (!olena.ok || !taras.ok) throw new Error('people');
  await linkCompany(db, olena.person.id, { companyId: zoria.company.id, decisionMaker: true }, NOW);
  return { db, settings, zoria: zoria.company, olena: olena.person, taras: taras.person };
}

describe('list rows', () => {
  it('gives each person their current company’s facts and counts open tasks', async () => {
    const { db, olena } = await base();
    await addTask(db, { title: 'Зателефонувати', due: NOW + DAY, personId: olena.id }, NOW);
    const live = liveClients(db);
    await live.current();
    const people = live.rows('people');
    const companies = live.rows('companies');
    expect(people.find((r) => r.id === olena.id)).toMatchObject({
      name: 'Олена Коваль',
      companyName: 'Зоря Агро',
      industry: 'Агро',
      region: 'Київська',
      city: 'Київ',
      openTasks: 1,
    });
    expect(companies).toHaveLength(1);
    expect(Object.values(people[0] ?? {})).not.toContain(undefined);
  });

  it('finds ids by every word of the query, in either script', async () => {
    const { db, olena } = await base();
    expect(await searchClientIds(db, 'people', 'olena kov')).toEqual(new Set([olena.id]));
    expect(await searchClientIds(db, 'people', 'Коваль Тарас')).toEqual(new Set());
    expect(await searchClientIds(db, 'people', '  ')).toBeUndefined();
  });
});

describe('bulk changes', () => {
  it('tags, re-stages and assigns many people, keeping the search index in step', async () => {
    const { db, olena, taras } = await base();
    const ids = [olena.id, taras.id];
    expect(await bulkChange(db, 'people', ids, { type: 'addTag', tag: 'Весна' }, NOW)).toBe(2);
    expect(await bulkChange(db, 'people', ids, { type: 'addTag', tag: 'весна' }, NOW)).toBe(2);
    await bulkChange(db, 'people', ids, { type: 'stage', stage: 'vip', reason: 'Top clients' }, NOW);
    await bulkChange(db, 'people', [taras.id], { type: 'manager', manager: '' }, NOW);
    const [o, t] = await db.people.bulkGet(ids);
    expect(o?.tags).toEqual(['опт', 'Весна']);
    expect(o?.stage).toEqual({ stage: 'vip', reason: 'Top clients', setBy: 'hand', since: NOW });
    expect(t?.manager).toBeUndefined();
    expect((await searchPeople(db, 'весна', 10)).map((h) => h.id).sort()).toEqual([...ids].sort());
    await bulkChange(db, 'people', ids, { type: 'removeTag', tag: 'ВЕСНА' }, NOW);
    expect((await db.people.get(olena.id))?.tags).toEqual(['опт']);
    expect(await searchPeople(db, 'весна', 10)).toEqual([]);
  });
});

describe('delete with undo', () => {
  it('removes a person with their own deals and tasks, keeps shared ones with the company, and undoes it all', async () => {
    const { db, olena, zoria } = await base();
    const own = await addDeal(db, { title: 'Насіння', personId: olena.id }, NOW);
    const shared = await addDeal(db, { title: 'Договір', personId: olena.id, companyId: zoria.id }, NOW);
    await addTask(db, { title: 'Передзвонити', due: NOW, personId: olena.id }, NOW);
    const token = await deleteClient(db, { kind: 'person', id: olena.id }, NOW);
    expect(await db.people.get(olena.id)).toBeUndefined();
    expect(await db.deals.get(own.id)).toBeUndefined();
    expect(await db.deals.get(shared.id)).toMatchObject({ companyId: zoria.id });
    expect((await db.deals.get(shared.id))?.personId).toBeUndefined();
    expect(await db.tasks.count()).toBe(0);

    await undoDelete(db, token, NOW);
    expect((await db.people.get(olena.id))?.displayName).toBe('Олена Коваль');
    expect(await db.deals.get(shared.id)).toMatchObject({ personId: olena.id, companyId: zoria.id });
    expect(await db.deals.get(own.id)).toBeDefined();
    expect(await db.tasks.count()).toBe(1);
    await expect(undoDelete(db, token, NOW)).rejects.toThrow(/no longer be undone/);
  });

  it('unlinks a deleted company from its people and brings the links back on undo', async () => {
    const { db, olena, zoria } = await base();
    const token = await deleteClient(db, { kind: 'company', id: zoria.id }, NOW);
    expect((await db.people.get(olena.id))?.companies).toEqual([]);
    await undoDelete(db, token, NOW);
    expect((await db.people.get(olena.id))?.companies.map((l) => l.companyId)).toEqual([zoria.id]);
  });
});

describe('preferences, segments and reminders in meta', () => {
  it('keeps saved segments by name and preferences with defaults for new stages', async () => {
    const { db, settings } = await base();
    const segment = {
      id: 's1',
      name: 'Київ',
      filter: { ...emptyFilter(), places: ['Київ'] },
      sort: { column: 'name' as const, dir: 'asc' as const },
      columns: ['name' as const],
      createdAt: NOW,
    };
    await saveSegment(db, segment);
    await saveSegment(db, { ...segment, id: 's2', name: 'київ' });
    expect((await loadSegments(db)).map((s) => s.id)).toEqual(['s2']);
    const prefs = await loadAppPrefs(db, settings.pipeline);
    await saveAppPrefs(db, {
      ...prefs,
      reminders: { ...prefs.reminders, birthdayDaysAhead: 7, quietDays: { active: 10 } },
    });
    const back = await loadAppPrefs(db, settings.pipeline);
    expect(back.reminders.birthdayDaysAhead).toBe(7);
    expect(back.reminders.quietDays).toMatchObject({ active: 10, regular: 45, 'lost-final': null });
  });

  it('adds reminder tasks once by id and reports what is due and next', async () => {
    const { db, olena } = await base();
    const reminder = {
      id: taskId('birthday:x:2025'),
      title: 'Birthday',
      due: NOW - DAY,
      personId: olena.id,
      done: false,
      recurrence: 'none' as const,
      kind: 'birthday' as const,
      createdAt: NOW,
      updatedAt: NOW,
    };
    expect(await addReminderTasks(db, [reminder])).toBe(1);
    expect(await addReminderTasks(db, [reminder])).toBe(0);
    await addTask(db, { title: 'Later', due: NOW + DAY, companyId: companyId('c') }, NOW);
    expect(await nextReminderAt(db)).toBe(NOW - DAY);
    expect((await unnotifiedDueTasks(db, NOW)).map((t) => t.id)).toEqual([reminder.id]);
    await markTasksNotified(db, [reminder.id], NOW);
    expect(await unnotifiedDueTasks(db, NOW)).toEqual([]);
    expect(await nextReminderAt(db)).toBe(NOW + DAY);
  });
});
