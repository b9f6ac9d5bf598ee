// Google contacts through the real runner, store and executor against the fake People API: a connected account
// syncs My contacts and Other contacts beside its mail, on People's own quota, into the base by the identity
// rules (a contact sharing only a phone with a client is a possible duplicate); the panel counts contacts on
// their own line; an account connected with mail alone is asked to reconnect for contacts, and the reconnect
// adds the contacts streams without touching the mail cursor.
import { expect, test } from 'vitest';
import type { GmailCursor } from '../../../core/sync/google/gmail-plan';
import type { PeopleCursor } from '../../../core/sync/google/people-plan';
import { SYNC_LIMITS } from '../../../core/sync/limits';
import { syncPrefsOf } from '../../../core/sync/prefs';
import { viewOf } from '../../../core/sync/registry';
import { GOOGLE_SCOPES } from '../../../integrations/google/scopes';
import { cardForPerson } from '../../../storage/cards';
import { createPerson, updatePerson } from '../../../storage/people';
import { loadAccount } from '../../../storage/sync/accounts';
import { drive } from './drive';
import { makeWorld } from './world';

const START = Date.UTC(2026, 11, 1, 9);
const ME = 'ivan@kartka-test.com.ua';

function contactsWorld() {
  const world = makeWorld({ start: START, costModel: 'before-2026-05' });
  world.fake.user(ME);
  const book = world.fake.book(ME);
  return { world, book };
}

test('contacts and other contacts sync beside mail, on their own quota, by the identity rules', async () => {
  const { world, book } = contactsWorld();
  const petro = await createPerson(
    world.db,
    { displayName: 'Петро Сидоренко', emails: [], phones: ['+380671234567'], tags: [] },
    world.settings,
    START,
  );
  if (!petro.ok) throw new Error('fixture refused');
  book.put('connections', {
    names: [{ displayName: 'Олена Коваль', givenName: 'Олена', familyName: 'Коваль' }],
    emailAddresses: [{ value: 'Olena@Agro.example' }],
    organizations: [{ name: 'Агро Трейд', title: 'Закупівлі' }],
    addresses: [{ city: 'Київ' }],
  });
  book.put('connections', {
    names: [{ displayName: 'Анна Бойко' }],
    phoneNumbers: [{ value: '067 123 45 67', canonicalForm: '+380671234567' }],
  });
  book.put('otherContacts', {
    names: [{ displayName: 'Марко Лисенко' }],
    emailAddresses: [{ value: 'marko@buyer.example' }],
  });
  const id = await world.connect(ME);
  const connected = await loadAccount(world.db, id);
  expect(Object.keys(connected?.streams ?? {}).sort()).toEqual(['contacts', 'mail', 'otherContacts']);

  await drive(world, [id]);
  const account = await loadAccount(world.db, id);
  for (const stream of ['contacts', 'otherContacts']) {
    const cursor = account?.streams[stream]?.cursor as PeopleCursor;
    expect(cursor).toMatchObject({ phase: 'partial', pageToken: null });
    expect(cursor.syncToken).not.toBeNull();
  }
  expect((account?.streams.mail?.cursor as GmailCursor).phase).toBe('partial');
  // People's requests were spent on People's ledger: per list, the full pass's page and the run's check.
  expect((account?.ledgers.people ?? []).reduce((n, [, u]) => n + u, 0)).toBe(4);

  const people = await world.db.people.filter((p) => p.mergedInto === undefined).toArray();
  const olena = people.find((p) => p.displayName === 'Олена Коваль');
  expect(olena).toMatchObject({
    emails: ['olena@agro.example'],
    position: 'Закупівлі',
    city: 'Київ',
    source: id,
  });
  expect(people.find((p) => p.displayName === 'Марко Лисенко')?.source).toBe(id);
  // Anna only shares Petro's phone: a person of her own, and the pair offered, never merged.
  const anna = people.find((p) => p.displayName === 'Анна Бойко');
  expect(anna?.phones).toEqual(['+380671234567']);
  const pairs = await world.db.possibleDuplicates.toArray();
  expect(pairs.map((d) => [d.a, d.b].sort())).toEqual([[anna?.id, petro.person.id].sort()]);
  expect(people).toHaveLength(4);

  // The panel: mail on its line, contacts on theirs (3 settled), no reconnect asked.
  const view = account ? viewOf(account, syncPrefsOf(world.settings), world.clock.now()) : null;
  expect(view).toMatchObject({ contacts: { synced: 2 + 1, estimate: null }, contactsOff: false });
  expect(view?.synced).toBe(0);

  // A check later reads only what changed: a new contact counts, a removed one is taken away.
  book.put('connections', {
    names: [{ displayName: 'Ігор Мельник' }],
    emailAddresses: [{ value: 'igor@x.example' }],
  });
  world.clock.t += SYNC_LIMITS.poll.maxMinutes * 60_000;
  await drive(world, [id]);
  const later = await loadAccount(world.db, id);
  expect((later?.streams.contacts?.cursor as PeopleCursor).done).toBe(3);
  expect(await world.db.people.where('emails').equals('igor@x.example').count()).toBe(1);
});

test('an account connected with mail alone is asked to reconnect for contacts; reconnecting adds them', async () => {
  const { world, book } = contactsWorld();
  book.put('connections', {
    names: [{ displayName: 'Олена Коваль' }],
    emailAddresses: [{ value: 'o@a.example' }],
  });
  // The consent given before Kartka read contacts: gmail.metadata alone.
  world.fake.oauth.declined.add(GOOGLE_SCOPES.contacts);
  world.fake.oauth.declined.add(GOOGLE_SCOPES.otherContacts);
  const id = await world.connect(ME);
  await drive(world, [id]);
  const before = await loadAccount(world.db, id);
  expect(Object.keys(before?.streams ?? {})).toEqual(['mail']);
  const view = before ? viewOf(before, syncPrefsOf(world.settings), world.clock.now()) : null;
  expect(view).toMatchObject({ contactsOff: true, contacts: null, state: 'up-to-date' });
  expect(await world.db.people.count()).toBe(0);
  // The token renews silently for what was granted (mail), not failing on the scopes never consented.
  expect(await world.tokens.renew(id)).not.toBeNull();

  // Reconnect, this time allowing contacts: the contacts streams join; the mail cursor stays where it was.
  world.fake.oauth.declined.clear();
  const mailBefore = before?.streams.mail;
  await world.connect(ME);
  const after = await loadAccount(world.db, id);
  expect(after?.streams.mail).toEqual(mailBefore);
  await drive(world, [id]);
  expect(await world.db.people.where('emails').equals('o@a.example').count()).toBe(1);
  const settled = await loadAccount(world.db, id);
  expect(settled ? viewOf(settled, syncPrefsOf(world.settings), world.clock.now())?.contactsOff : null).toBe(
    false,
  );
});

test('fields remember their source: a change in Google replaces only what Google set, never a user edit', async () => {
  const { world, book } = contactsWorld();
  const s = world.settings;
  const ivan = await createPerson(
    world.db,
    {
      displayName: 'Іван Петренко',
      emails: ['ivan@agro.example'],
      phones: [],
      tags: [],
      position: 'Директор',
    },
    s,
    START,
  );
  if (!ivan.ok) throw new Error('fixture refused');
  book.put('connections', {
    names: [{ displayName: 'Ivan Petrenko' }],
    emailAddresses: [{ value: 'IVAN@agro.example' }, { value: 'ivan.p@gmail.com' }],
    organizations: [{ title: 'CEO' }],
    addresses: [{ city: 'Київ' }],
  });
  const olenaContact = book.put('connections', {
    names: [{ displayName: 'Олена Коваль' }],
    emailAddresses: [{ value: 'olena@x.example' }],
    organizations: [{ title: 'Менеджер' }],
    addresses: [{ city: 'Львів' }],
  });
  const id = await world.connect(ME);
  await drive(world, [id]);

  // Ivan: the user's name and position kept, the empty city filled from Google, the emails united.
  const ivanNow = await world.db.people.get(ivan.person.id);
  expect(ivanNow).toMatchObject({ displayName: 'Іван Петренко', position: 'Директор', city: 'Київ' });
  expect(ivanNow?.emails).toEqual(['ivan@agro.example', 'ivan.p@gmail.com']);
  expect(ivanNow?.fieldMeta).toMatchObject({
    displayName: { source: 'user' },
    position: { source: 'user' },
    emails: { source: 'user' },
    city: { source: id, at: expect.any(Number) },
  });

  // Olena came from Google; the user then corrects her position on the card.
  const olena = await world.db.people.where('emails').equals('olena@x.example').first();
  expect(olena?.fieldMeta).toMatchObject({
    displayName: { source: id },
    position: { source: id },
    city: { source: id },
    emails: { source: id },
  });
  if (!olena) throw new Error('Olena was not synced');
  const edited = await updatePerson(
    world.db,
    olena.id,
    { ...olena, position: 'Керівниця відділу' },
    s,
    world.clock.now(),
  );
  expect(edited.ok).toBe(true);
  expect((await world.db.people.get(olena.id))?.fieldMeta).toMatchObject({
    position: { source: 'user' },
    city: { source: id },
  });

  // In Google her title and city change: the city (Google's) follows, the position (the user's) does not.
  book.put('connections', {
    ...olenaContact,
    organizations: [{ title: 'Директорка з продажу' }],
    addresses: [{ city: 'Одеса' }],
  });
  world.clock.t += SYNC_LIMITS.poll.maxMinutes * 60_000;
  await drive(world, [id]);
  expect(await world.db.people.get(olena.id)).toMatchObject({ position: 'Керівниця відділу', city: 'Одеса' });

  // Her address is removed in Google: the city Google set goes too; the position the user set stays.
  const { addresses: _removed, ...withoutAddress } = olenaContact;
  book.put('connections', { ...withoutAddress, organizations: [{ title: 'Директорка з продажу' }] });
  world.clock.t += SYNC_LIMITS.poll.maxMinutes * 60_000;
  await drive(world, [id]);
  const cleared = await world.db.people.get(olena.id);
  expect(cleared?.city).toBeUndefined();
  expect(cleared).toMatchObject({ position: 'Керівниця відділу', fieldMeta: { city: { source: id } } });

  // Deleted in Google: marked on the person, who stays with everything; the item says gone.
  book.remove('connections', olenaContact.resourceName);
  world.clock.t += SYNC_LIMITS.poll.maxMinutes * 60_000;
  const deletedAt = world.clock.t;
  await drive(world, [id]);
  const gone = await world.db.people.get(olena.id);
  expect(gone?.deletedAtSource?.[id]).toBeGreaterThanOrEqual(deletedAt);
  expect(gone).toMatchObject({ displayName: 'Олена Коваль', position: 'Керівниця відділу' });
  expect((await world.db.syncItems.get(`${id}|contact:${olenaContact.resourceName}`))?.state).toBe('gone');
  // The sidebar's card carries the mark too (components/card/ClientCard.tsx says it).
  const card = await cardForPerson(world.db, olena.id, world.settings);
  expect(Object.keys(card?.deletedAtSource ?? {})).toEqual([id]);

  // Created again in Google (a new contact, the same address): the same person, the mark cleared.
  book.put('connections', {
    names: [{ displayName: 'Олена Коваль' }],
    emailAddresses: [{ value: 'olena@x.example' }],
  });
  world.clock.t += SYNC_LIMITS.poll.maxMinutes * 60_000;
  await drive(world, [id]);
  expect((await world.db.people.get(olena.id))?.deletedAtSource).toBeUndefined();
  expect((await cardForPerson(world.db, olena.id, world.settings))?.deletedAtSource).toBeUndefined();
  expect(await world.db.people.where('emails').equals('olena@x.example').count()).toBe(1);
});
