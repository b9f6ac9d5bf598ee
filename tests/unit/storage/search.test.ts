import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PersonId } from '../../../core/ids';
import { createCompany } from '../../../storage/companies';
import type { KartkaDB } from '../../../storage/db';
import { mergePeople } from '../../../storage/merge';
import { bulkCreatePeople, createPerson, linkCompany } from '../../../storage/people';
import { searchCompanies, searchPeople } from '../../../storage/search';
import { freshDb, NOW, testSettings } from './helpers';

let db: KartkaDB;

beforeAll(async () => {
  db = freshDb();
  const acme = await createCompany(
    db,
    { name: 'ТОВ «Акме Агро»', domains: ['acme-agro.ua'], city: 'Вінниця' },
    NOW,
  );
  if (!acme.ok) throw new Error('seed');
  const people = [
    {
      displayName: 'Олена Коваль',
      emails: ['olena.koval@acme-agro.ua'],
      phones: ['+380671234567'],
      tags: ['опт'],
    },
    { displayName: 'Олена Шевченко', emails: ['o.shevchenko@ukr.net'], phones: ['+380501112233'] },
    { displayName: 'Тарас Шевченко', emails: ['taras@kobzar.ua'], city: 'Київ' },
    { displayName: 'Артём Фёдоров', emails: ['artem@fedorov.ru'], phones: ['8 (916) 123-45-67'] },
    { displayName: 'Olena Smith', emails: ['olena@smith.co.uk'] },
    { displayName: 'Вячеслав Іваненко', emails: ['v.ivanenko@acme-agro.ua'], tags: ['VIP'] },
  ];
  await bulkCreatePeople(db, people, testSettings(), NOW);
  const koval = (await searchPeople(db, 'koval', 1))[0];
  if (koval)
    await linkCompany(db, koval.id as PersonId, { companyId: acme.company.id, decisionMaker: true }, NOW);
  // Filler so the index has noise: 300 people whose names share prefixes with the real ones.
  await bulkCreatePeople(
    db,
    Array.from({ length: 300 }, (_, i) => ({ displayName: `Оле${i} Ко${i}` })),
    testSettings(),
    NOW,
  );
});
afterAll(async () => {
  await db.delete();
});

const names = async (q: string) => (await searchPeople(db, q, 10)).map((h) => h.name).sort();

describe('searchPeople', () => {
  test.each([
    ['olena', ['Olena Smith', 'Олена Коваль', 'Олена Шевченко']],
    ['ОЛЕНА', ['Olena Smith', 'Олена Коваль', 'Олена Шевченко']],
    ['shevchenko', ['Олена Шевченко', 'Тарас Шевченко']],
    ['Шевч', ['Олена Шевченко', 'Тарас Шевченко']],
    ['olena shev', ['Олена Шевченко']],
    ['шевченко тарас', ['Тарас Шевченко']],
    ['артем', ['Артём Фёдоров']],
    ['Федоров', ['Артём Фёдоров']],
    ['Fedorov', ['Артём Фёдоров']],
    ['Вячеслав', ['Вячеслав Іваненко']],
    ["В'ячеслав", ['Вячеслав Іваненко']],
    ['vyacheslav', ['Вячеслав Іваненко']],
    ['067 123 45 67', ['Олена Коваль']],
    ['+380 67 123', ['Олена Коваль']],
    ['(050) 111-22-33', ['Олена Шевченко']],
    ['8 916 123', ['Артём Фёдоров']],
    ['o.shevchenko@', ['Олена Шевченко']],
    ['acme-agro.ua', ['Олена Коваль', 'Вячеслав Іваненко'].sort()],
    ['акме', ['Олена Коваль']],
    ['vip', ['Вячеслав Іваненко']],
    ['Київ', ['Тарас Шевченко']],
    ['olena taras', []],
    ['', []],
  ])('%j → %j', async (q, expected) => {
    expect(await names(q)).toEqual(expected);
  });

  test('hits carry company name, stage and last contact', async () => {
    const [hit] = await searchPeople(db, 'olena koval', 5);
    expect(hit).toMatchObject({ companyName: 'ТОВ «Акме Агро»', name: 'Олена Коваль' });
  });

  test('a common first word with a rare second still finds the person', async () => {
    expect(await names('оле кова')).toEqual(['Олена Коваль']);
  });

  test('merged-away people disappear from search', async () => {
    const r = await createPerson(
      db,
      { displayName: 'Дмитро Дубль', emails: ['dubl@firm.ua'] },
      testSettings(),
      NOW,
    );
    const keep = await createPerson(
      db,
      { displayName: 'Дмитро Оригінал', emails: ['orig@firm.ua'] },
      testSettings(),
      NOW,
    );
    if (!r.ok || !keep.ok) throw new Error('seed');
    await mergePeople(db, keep.person.id, r.person.id, NOW);
    expect(await names('дмитро')).toEqual(['Дмитро Оригінал']);
    expect(await names('dubl@firm.ua')).toEqual(['Дмитро Оригінал']);
  });

  test('companies by name, domain and city', async () => {
    for (const q of ['akme agro', 'acme-agro.ua', 'vinnytsia', 'Вінниця']) {
      expect((await searchCompanies(db, q, 5)).map((c) => c.name)).toEqual(['ТОВ «Акме Агро»']);
    }
  });
});
