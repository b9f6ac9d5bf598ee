// Version 3: interactions gain `[id, at]` timeline keys, backfilled by `backfillTimelineKeys`; nothing is lost.
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { companyId, personId } from '../../../core/ids';
import { LATEST_VERSION, openKartkaDB, SCHEMA_V2, SCHEMA_V3 } from '../../../storage/db';
import { companyHistory, countInteractionsForPerson, personHistory } from '../../../storage/interactions';
import { backfillTimelineKeys } from '../../../storage/migrations/v3-timeline-keys';
import { identityKeys } from '../../../storage/migrations/v7-loose-fingerprints';

const name = 'kartka-migration-v3';
afterEach(async () => {
  await Dexie.delete(name);
});

const COUNT = 1600;
const PEOPLE = ['p0', 'p1', 'p2', 'p3', 'p4'];

const v2Person = (id: string, company: string | null) => ({
  id,
  displayName: `Person ${id}`,
  emails: [`${id}@acme.ua`],
  phones: [],
  tags: ['опт'],
  companies: company ? [{ companyId: company, archived: false, decisionMaker: false }] : [],
  custom: { note: 'v2' },
  searchTokens: ['person', id],
  gmailKeys: [],
  companyIds: company ? [company] : [],
  createdAt: 1,
  updatedAt: 2,
});

const v2Company = (id: string, domain: string) => ({
  id,
  name: `Company ${id}`,
  domains: [domain],
  registrationIds: [],
  bankAccounts: [],
  addresses: [],
  tags: [],
  custom: {},
  searchTokens: ['company', id],
  createdAt: 1,
  updatedAt: 1,
});

/** Every 7th has nobody (a note on nobody), every 10th two people, the rest one; times are unique and shuffled. */
function v2Interaction(n: number) {
  const personIds =
    n % 7 === 0
      ? []
      : n % 10 === 0
        ? [PEOPLE[n % 5] ?? 'p0', PEOPLE[(n + 1) % 5] ?? 'p0']
        : [PEOPLE[n % 5] ?? 'p0'];
  return {
    id: `i${n}`,
    kind: 'email',
    source: 'gmail',
    providerKey: `gmail:${n}`,
    rfcMessageId: `m${n}@acme.ua`,
    threadKey: `gmail:t${Math.floor(n / 3)}`,
    direction: n % 2 ? 'incoming' : 'outgoing',
    participants: personIds.map((p) => ({ address: `${p}@acme.ua`, role: 'from', personId: p })),
    subject: `Замовлення №${n}`,
    at: 1_700_000_000_000 + ((n * 7919) % COUNT) * 60_000,
    attachmentNames: [],
    personIds,
    companyIds: n % 3 === 0 ? ['c1'] : [],
    createdAt: 5,
  };
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

test('upgrading a v2 database runs backfillTimelineKeys and keeps every row of every table', async () => {
  const raw = new Dexie(name);
  raw.version(2).stores(SCHEMA_V2);
  await raw
    .table('people')
    .bulkAdd([...PEOPLE.map((p, i) => v2Person(p, i < 2 ? 'c1' : null)), v2Person('quiet', null)]);
  await raw.table('companies').bulkAdd([v2Company('c1', 'acme.ua'), v2Company('c2', 'beta.ua')]);
  const interactions = Array.from({ length: COUNT }, (_, n) => v2Interaction(n));
  await raw.table('interactions').bulkAdd(interactions);
  await raw.table('deals').add({
    id: 'd1',
    title: 'Поставка',
    status: 'open',
    personId: 'p1',
    openedAt: 3,
    createdAt: 3,
    updatedAt: 3,
  });
  await raw.table('tasks').add({
    id: 't1',
    title: 'Call',
    due: 10,
    openDue: 10,
    done: false,
    recurrence: 'none',
    personId: 'p1',
    createdAt: 1,
    updatedAt: 1,
  });
  await raw
    .table('documents')
    .add({ id: 'doc1', name: 'Договір.pdf', kind: 'contract', at: 4, createdAt: 4 });
  await raw.table('meta').put({ key: 'settings', value: { defaultPhoneRegion: 'UA' } });
  const before = Object.fromEntries(
    await Promise.all(raw.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
  raw.close();

  const db = openKartkaDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  const indexes = db.interactions.schema.indexes.map((i) => i.name);
  expect(indexes).toEqual(expect.arrayContaining(['personAt', 'companyAt']));
  expect(indexes).not.toContain('personIds');
  expect(indexes).not.toContain('companyIds');

  for (const table of db.tables) {
    if (table.name === 'interactions') continue;
    // Tables added by later versions (v5's lastContact) start empty.
    expect(await table.toArray(), table.name).toEqual(before[table.name] ?? []);
  }
  const after = byId(await db.interactions.toArray());
  expect(after).toHaveLength(COUNT);
  expect(after).toEqual(
    byId(interactions).map((i) => ({
      ...i,
      personAt: i.personIds.map((p) => [p, i.at]),
      companyAt: i.companyIds.map((c) => [c, i.at]),
      // Versions 6 and 7 then add the fingerprints and mark page readings (backfillMessageIdentity, backfillLooseFingerprints).
      ...identityKeys(i),
      pageDated: true,
    })),
  );

  // Newest first off the backfilled index, with the two-person interactions in both people's histories.
  for (const p of PEOPLE) {
    const expected = interactions
      .filter((i) => i.personIds.includes(p))
      .sort((a, b) => b.at - a.at)
      .map((i) => i.id);
    expect(expected.length).toBeGreaterThan(200);
    expect((await personHistory(db, personId(p)).toArray()).map((i) => i.id)).toEqual(expected);
    expect(await countInteractionsForPerson(db, personId(p))).toBe(expected.length);
  }
  const p1 = interactions.filter((i) => i.personIds.includes('p1')).sort((a, b) => b.at - a.at);
  expect((await personHistory(db, personId('p1')).limit(50).toArray()).map((i) => i.id)).toEqual(
    p1.slice(0, 50).map((i) => i.id),
  );
  expect(await personHistory(db, personId('quiet')).count()).toBe(0);
  expect(await companyHistory(db, companyId('c1')).count()).toBe(
    interactions.filter((i) => i.companyIds.includes('c1')).length,
  );
  expect((await companyHistory(db, companyId('c1')).first())?.at).toBe(
    Math.max(...interactions.filter((i) => i.companyIds.includes('c1')).map((i) => i.at)),
  );
  db.close();
});

test('backfillTimelineKeys alone (raw Dexie, no middleware) sets one key per distinct id', async () => {
  const raw = new Dexie(name);
  raw.version(2).stores(SCHEMA_V2);
  await raw.table('interactions').bulkAdd([
    { ...v2Interaction(1), personIds: ['p1', 'p1', 'p2'], companyIds: ['c1'] },
    { ...v2Interaction(7), personIds: [], companyIds: [] },
  ]);
  raw.close();
  const upgraded = new Dexie(name);
  upgraded.version(2).stores(SCHEMA_V2);
  upgraded.version(3).stores(SCHEMA_V3).upgrade(backfillTimelineKeys);
  const rows = await upgraded.table('interactions').toArray();
  const at1 = v2Interaction(1).at;
  expect(rows).toMatchObject([
    {
      id: 'i1',
      personAt: [
        ['p1', at1],
        ['p2', at1],
      ],
      companyAt: [['c1', at1]],
    },
    { id: 'i7', personAt: [], companyAt: [] },
  ]);
  expect(
    await upgraded
      .table('interactions')
      .where('personAt')
      .between(['p1', Dexie.minKey], ['p1', Dexie.maxKey])
      .primaryKeys(),
  ).toEqual(['i1']);
  upgraded.close();
});
