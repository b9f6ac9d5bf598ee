// The company link of a synced person follows the company of the contact it came from (issues 18/19, the rule of
// the fields in core/provenance.ts): changed in Google, the link moves (the old one archived, its history kept);
// removed, it is archived; added again, linked again. Never over a link the user set, nor on a first match; and
// the same for an Outlook contact's companyName through Graph. And an email or phone removed in Google leaves the
// person when that account alone brought it and nobody edited the list.
import { expect, test } from 'vitest';
import type { CompanyId } from '../../../core/ids';
import { syncAccountId } from '../../../core/sync/account';
import { SYNC_LIMITS } from '../../../core/sync/limits';
import type { KartkaDB } from '../../../storage/db';
import { createCompany } from '../../../storage/companies';
import { createPerson, linkCompany, updatePerson } from '../../../storage/people';
import { microsoftWorld } from '../microsoft/contacts-world';
import { runGraph } from '../microsoft/graph-runner';
import { drive } from './drive';
import { makeWorld } from './world';

const START = Date.UTC(2026, 11, 1, 9);
const ME = 'ivan@kartka-test.com.ua';

/** A Google account over the fake (not connected yet); `next` syncs it after a poll's wait. */
function googleWorld() {
  const world = makeWorld({ start: START, costModel: 'before-2026-05' });
  world.fake.user(ME);
  const book = world.fake.book(ME);
  const next = async () => {
    world.clock.t += SYNC_LIMITS.poll.maxMinutes * 60_000;
    await drive(world, [syncAccountId('google', ME)]);
  };
  return { world, book, next };
}

/** The person's links by company name: the current ones, and the archived ones (with when they ended). */
async function links(db: KartkaDB, email: string) {
  const p = await db.people.where('emails').equals(email).first();
  if (!p) throw new Error(`nobody has ${email}`);
  const name = async (id: CompanyId) => (await db.companies.get(id))?.name ?? `?${id}`;
  const current = await Promise.all(p.companies.filter((l) => !l.archived).map((l) => name(l.companyId)));
  const archived = await Promise.all(p.companies.filter((l) => l.archived).map((l) => name(l.companyId)));
  return { id: p.id, current, archived, source: p.fieldMeta?.companies?.source };
}

test('Google: a changed company moves the link the account set, a removed one archives it, the user’s stays', async () => {
  const { world, book, next } = googleWorld();
  // Petro is already a client, linked by the user to "Мій Клієнт"; Google has him at another company.
  const mine = await createCompany(world.db, { name: 'Мій Клієнт' }, START);
  if (!mine.ok) throw new Error('fixture refused');
  const petro = await createPerson(
    world.db,
    {
      displayName: 'Петро Сидоренко',
      emails: ['petro@client.example'],
      phones: [],
      tags: [],
      companies: [{ companyId: mine.company.id, decisionMaker: false, archived: false }],
    },
    world.settings,
    START,
  );
  if (!petro.ok) throw new Error('fixture refused');
  const petroContact = book.put('connections', {
    names: [{ displayName: 'Петро Сидоренко' }],
    emailAddresses: [{ value: 'petro@client.example' }],
    organizations: [{ name: 'Агро Трейд' }],
  });
  const olena = book.put('connections', {
    names: [{ displayName: 'Олена Коваль' }],
    emailAddresses: [{ value: 'olena@x.example' }],
    organizations: [{ name: 'Агро Трейд', title: 'Закупівлі' }],
  });
  const id = await world.connect(ME);
  await next();
  expect(await links(world.db, 'olena@x.example')).toMatchObject({
    current: ['Агро Трейд'],
    archived: [],
    source: id,
  });
  // A first match never takes the link the user set.
  expect(await links(world.db, 'petro@client.example')).toMatchObject({
    current: ['Мій Клієнт'],
    source: 'user',
  });

  // Olena moves to another company in Google: the link follows, the old one is archived (history kept).
  book.put('connections', { ...olena, organizations: [{ name: 'Нова Ферма', title: 'Закупівлі' }] });
  book.put('connections', { ...petroContact, organizations: [{ name: 'Нова Ферма' }] });
  await next();
  expect(await links(world.db, 'olena@x.example')).toMatchObject({
    current: ['Нова Ферма'],
    archived: ['Агро Трейд'],
    source: id,
  });
  expect(await links(world.db, 'petro@client.example')).toMatchObject({
    current: ['Мій Клієнт'],
    archived: [],
    source: 'user',
  });
  // One company per name: the second contact naming it did not make another.
  expect((await world.db.companies.toArray()).filter((c) => c.name === 'Нова Ферма')).toHaveLength(1);

  // Her company is removed in Google: the link Google set is archived; she is at no company now.
  const { organizations: _gone, ...withoutCompany } = olena;
  book.put('connections', { ...withoutCompany, organizations: [{ title: 'Закупівлі' }] });
  await next();
  expect(await links(world.db, 'olena@x.example')).toMatchObject({
    current: [],
    archived: ['Агро Трейд', 'Нова Ферма'],
    source: id,
  });

  // Named again in Google: linked again. Then the user moves her by hand: Google's next change leaves that be.
  book.put('connections', { ...olena, organizations: [{ name: 'Агро Трейд' }] });
  await next();
  const back = await links(world.db, 'olena@x.example');
  expect(back).toMatchObject({ current: ['Агро Трейд'], source: id });
  await linkCompany(
    world.db,
    back.id,
    { companyId: mine.company.id, decisionMaker: true },
    world.clock.t,
    true,
  );
  book.put('connections', { ...olena, organizations: [{ name: 'Третя Компанія' }] });
  await next();
  expect(await links(world.db, 'olena@x.example')).toMatchObject({
    current: ['Мій Клієнт'],
    source: 'user',
  });
});

test('Outlook: a contact’s companyName changed or removed moves or archives the link Graph set', async () => {
  const { clock, box, wire, auth, config, db, store, id, connect } = microsoftWorld();
  await connect();
  const run = () => runGraph({ wire, store, config, auth, clock }, id);

  const ivan = box.addContact('contacts', {
    displayName: 'Ivan Petrenko',
    companyName: 'Агро Трейд',
    emailAddresses: [{ name: 'Ivan', address: 'ivan@agro.example' }],
  });
  await run();
  expect(await links(db, 'ivan@agro.example')).toMatchObject({ current: ['Агро Трейд'], source: id });
  box.updateContact(ivan.id, { companyName: 'Нова Ферма' });
  await run();
  expect(await links(db, 'ivan@agro.example')).toMatchObject({
    current: ['Нова Ферма'],
    archived: ['Агро Трейд'],
    source: id,
  });
  box.updateContact(ivan.id, { companyName: '' });
  await run();
  expect(await links(db, 'ivan@agro.example')).toMatchObject({
    current: [],
    archived: ['Агро Трейд', 'Нова Ферма'],
    source: id,
  });
});

test('Google: an email or phone the account alone brought leaves when the contact drops it; a listed or edited one stays', async () => {
  const { world, book, next } = googleWorld();
  const olena = book.put('connections', {
    names: [{ displayName: 'Олена Коваль' }],
    emailAddresses: [
      { value: 'olena@x.example' },
      { value: 'o.koval@gmail.com' },
      { value: 'olena.old@x.example' },
    ],
    phoneNumbers: [{ value: '067 123 45 67', canonicalForm: '+380671234567' }],
  });
  // Her old address is also in Other contacts: that contact lists it still.
  book.put('otherContacts', {
    names: [{ displayName: 'Олена Коваль' }],
    emailAddresses: [{ value: 'olena.old@x.example' }],
  });
  const id = await world.connect(ME);
  await next();
  const person = async () => world.db.people.where('emails').equals('olena@x.example').first();
  const synced = await person();
  expect(synced?.emails.slice().sort()).toEqual([
    'o.koval@gmail.com',
    'olena.old@x.example',
    'olena@x.example',
  ]);
  expect(synced).toMatchObject({ phones: ['+380671234567'], fieldMeta: { emails: { source: id } } });

  // Removed in Google: her Gmail address and her phone leave; the old address stays (the other contact has it).
  book.put('connections', { ...olena, emailAddresses: [{ value: 'olena@x.example' }], phoneNumbers: [] });
  await next();
  const dropped = await person();
  expect(dropped?.emails.slice().sort()).toEqual(['olena.old@x.example', 'olena@x.example']);
  expect(dropped).toMatchObject({
    phones: [],
    fieldMeta: { emails: { source: id }, phones: { source: id } },
  });
  expect(await world.db.people.where('emails').equals('o.koval@gmail.com').count()).toBe(0);

  // The user adds an address on the card: the list is theirs now, and Google removing one takes nothing.
  if (!dropped) throw new Error('Olena is gone');
  const edited = await updatePerson(
    world.db,
    dropped.id,
    { ...dropped, emails: [...dropped.emails, 'olena.home@x.example'] },
    world.settings,
    world.clock.t,
  );
  expect(edited.ok).toBe(true);
  book.put('connections', { ...olena, emailAddresses: [{ value: 'olena.old@x.example' }], phoneNumbers: [] });
  await next();
  expect((await world.db.people.get(dropped.id))?.emails.slice().sort()).toEqual([
    'olena.home@x.example',
    'olena.old@x.example',
    'olena@x.example',
  ]);
});
