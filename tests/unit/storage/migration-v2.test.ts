// Version 2: people gain the `companyIds` index, backfilled by `backfillPersonCompanyIds`; nothing is lost.
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { LATEST_VERSION, openKartkaDB, SCHEMA_V1 } from '../../../storage/db';
import { peopleOfCompany } from '../../../storage/people';
import { companyId, interactionId, personId } from '../../../core/ids';

const name = 'kartka-migration-v2';
afterEach(async () => {
  await Dexie.delete(name);
});

const v1Person = (id: string, links: { companyId: string; archived: boolean }[]) => ({
  id,
  displayName: `Person ${id}`,
  emails: [`${id}@acme.ua`],
  phones: ['+380671234567'],
  tags: ['опт'],
  companies: links.map((l) => ({ ...l, decisionMaker: false })),
  custom: { note: 'v1' },
  searchTokens: ['person', id],
  gmailKeys: [],
  createdAt: 1,
  updatedAt: 2,
});

test('upgrading a v1 database backfills companyIds and keeps every row of every table', async () => {
  const raw = new Dexie(name);
  raw.version(1).stores(SCHEMA_V1);
  const people = [
    v1Person('p1', [{ companyId: 'c1', archived: false }]),
    v1Person('p2', [
      { companyId: 'c1', archived: true },
      { companyId: 'c2', archived: false },
    ]),
    v1Person('p3', []),
    ...Array.from({ length: 1500 }, (_, i) => v1Person(`bulk${i}`, [{ companyId: 'c2', archived: false }])),
  ];
  await raw.table('people').bulkAdd(people);
  await raw.table('companies').bulkAdd([
    {
      id: 'c1',
      name: 'Акме',
      domains: ['acme.ua'],
      registrationIds: [],
      bankAccounts: [],
      addresses: [],
      tags: [],
      custom: {},
      searchTokens: ['akme'],
      createdAt: 1,
      updatedAt: 1,
    },
    {
      id: 'c2',
      name: 'Бета',
      domains: ['beta.ua'],
      registrationIds: [],
      bankAccounts: [],
      addresses: [],
      tags: [],
      custom: {},
      searchTokens: ['beta'],
      createdAt: 1,
      updatedAt: 1,
    },
  ]);
  await raw.table('interactions').add({
    id: 'i1',
    kind: 'email',
    source: 'gmail',
    providerKey: 'gmail:1',
    direction: 'incoming',
    participants: [],
    at: 5,
    attachmentNames: [],
    personIds: ['p1'],
    companyIds: ['c1'],
    createdAt: 5,
  });
  await raw.table('tasks').add({
    id: 't1',
    title: 'Call',
    due: 10,
    openDue: 10,
    done: false,
    recurrence: 'none',
    createdAt: 1,
    updatedAt: 1,
  });
  await raw.table('meta').put({ key: 'settings', value: { defaultPhoneRegion: 'UA' } });
  const before = await Promise.all(raw.tables.map(async (t) => [t.name, await t.count()] as const));
  raw.close();

  const db = openKartkaDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  const after = await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const));
  // Tables added by later versions (v5's lastContact, v8's possibleDuplicates and importUndo, v11's sync tables,
  // v12's team tables) start empty.
  expect(Object.fromEntries(after)).toEqual({
    ...Object.fromEntries(before),
    lastContact: 0,
    possibleDuplicates: 0,
    importUndo: 0,
    syncAccounts: 0,
    syncItems: 0,
    syncPacing: 0,
    team: 0,
    teamOutbox: 0,
  });

  const p2 = await db.people.get(personId('p2'));
  expect(p2?.companyIds).toEqual(['c1', 'c2']);
  expect(p2?.companies).toEqual(people[1]?.companies);
  expect(p2?.custom).toEqual({ note: 'v1' });
  expect((await db.people.get(personId('p3')))?.companyIds).toEqual([]);
  expect(await db.people.where('companyIds').equals('c2').count()).toBe(1501);
  const c1 = await peopleOfCompany(db, companyId('c1'));
  expect(c1.current.map((x) => x.id)).toEqual(['p1']);
  expect(c1.former.map((x) => x.id)).toEqual(['p2']);
  expect(await db.interactions.get(interactionId('i1'))).toMatchObject({
    providerKey: 'gmail:1',
    personIds: ['p1'],
  });
  expect((await db.meta.get('settings'))?.value).toEqual({ defaultPhoneRegion: 'UA' });
  db.close();
});
