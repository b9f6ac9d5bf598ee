// What a contacts sync writes to tie Google contacts to the account: one sync item per contact, naming its person,
// and on a new person's contact the mark that the sync created it, kept through a change in Google, a full pass run
// again after an expired sync token, and a deletion; "Disconnect and remove" takes exactly the people it created.
import { expect, test, vi } from 'vitest';
import { SYNC_LIMITS } from '../../../core/sync/limits';
import { createPerson, updatePerson } from '../../../storage/people';
import { disconnectAccount } from '../../../storage/sync/remove';
import { drive } from './drive';
import { makeWorld } from './world';

const START = Date.UTC(2026, 11, 7, 8);

// The batched index lookups the store makes, watched (the real function runs).
const lookups = vi.hoisted(() => ({ tables: [] as string[] }));
vi.mock('../../../storage/lookup', async (actual) => {
  const real = await actual<typeof import('../../../storage/lookup')>();
  return {
    ...real,
    primaryKeysByKeys: (...args: Parameters<typeof real.primaryKeysByKeys>) => {
      lookups.tables.push(args[0].name);
      return real.primaryKeysByKeys(...args);
    },
  };
});
const ME = 'ivan@kartka-test.com.ua';

test('one sync item per contact, no interaction looked up; the people the sync created stay marked so, and removal takes them', async () => {
  const world = makeWorld({ start: START, costModel: 'before-2026-05' });
  world.fake.user(ME);
  const book = world.fake.book(ME);
  const petro = await createPerson(
    world.db,
    { displayName: 'Петро Сидоренко', emails: ['petro@firm.example'], phones: [], tags: [] },
    world.settings,
    START,
  );
  if (!petro.ok) throw new Error('fixture refused');
  const olena = book.put('connections', {
    names: [{ displayName: 'Олена Коваль' }],
    emailAddresses: [{ value: 'olena@agro.example' }],
  });
  // Petro is in the base already: his contact links to him, the sync did not create him.
  const petroContact = book.put('connections', {
    names: [{ displayName: 'Петро Сидоренко' }],
    emailAddresses: [{ value: 'petro@firm.example' }],
  });
  const marko = book.put('otherContacts', {
    names: [{ displayName: 'Марко Лисенко' }],
    emailAddresses: [{ value: 'marko@buyer.example' }],
  });
  // Contacts are never interactions: a contacts page looks nothing up among them (mail is empty here).
  const id = await world.connect(ME);
  await drive(world, [id]);
  expect(lookups.tables.filter((t) => t === 'interactions')).toEqual([]);

  const items = async () =>
    Object.fromEntries(
      (await world.db.syncItems.where('account').equals(id).toArray())
        .filter((r) => r.stream !== 'mail')
        .map((r) => [r.item, { created: r.created, state: r.state }]),
    );
  const olenaId = (await world.db.people.where('emails').equals('olena@agro.example').first())?.id;
  const expected = {
    [`contact:${olena.resourceName}`]: { created: true, state: 'logged' },
    [`contact:${petroContact.resourceName}`]: { created: false, state: 'logged' },
    [`contact:${marko.resourceName}`]: { created: true, state: 'logged' },
  };
  expect(await items()).toEqual(expected);
  expect((await world.db.syncItems.get(`${id}|contact:${olena.resourceName}`))?.personId).toBe(olenaId);

  // A change in Google, then a full pass after an expired token: each contact's row is written again, still one.
  book.put('connections', { ...petroContact, organizations: [{ title: 'Директор' }] });
  world.clock.t += SYNC_LIMITS.poll.maxMinutes * 60_000;
  await drive(world, [id]);
  book.expireSyncTokens();
  world.clock.t += SYNC_LIMITS.poll.maxMinutes * 60_000;
  await drive(world, [id]);
  expect(await items()).toEqual(expected);

  // Marko is deleted in Google: his row says gone, and still that the sync created him.
  book.remove('otherContacts', marko.resourceName);
  world.clock.t += SYNC_LIMITS.poll.maxMinutes * 60_000;
  await drive(world, [id]);
  expect(await items()).toEqual({
    ...expected,
    [`contact:${marko.resourceName}`]: { created: true, state: 'gone' },
  });

  // Disconnect and remove: the two people the sync created go; Petro stays.
  const report = await disconnectAccount(world.db, id, true);
  expect(report.people).toBe(2);
  expect((await world.db.people.toArray()).map((p) => p.displayName)).toEqual(['Петро Сидоренко']);
});

test('"Disconnect and remove" takes a person the sync created and later changed from Google, never one the user edited', async () => {
  const world = makeWorld({ start: START, costModel: 'before-2026-05' });
  world.fake.user(ME);
  const book = world.fake.book(ME);
  const olena = book.put('connections', {
    names: [{ displayName: 'Олена Коваль' }],
    emailAddresses: [{ value: 'olena@agro.example' }],
  });
  const marko = book.put('connections', {
    names: [{ displayName: 'Марко Лисенко' }],
    emailAddresses: [{ value: 'marko@buyer.example' }],
  });
  const id = await world.connect(ME);
  await drive(world, [id]);
  const person = async (email: string) => {
    const p = await world.db.people.where('emails').equals(email).first();
    if (!p) throw new Error(`no person for ${email}`);
    return p;
  };

  // The user tags Marko; then both contacts change in Google and the sync writes both people again.
  world.clock.t += 60_000;
  const tagged = await updatePerson(
    world.db,
    (await person('marko@buyer.example')).id,
    { tags: ['VIP'] },
    world.settings,
    world.clock.t,
  );
  expect(tagged.ok).toBe(true);
  book.put('connections', { ...olena, organizations: [{ title: 'Директорка' }] });
  book.put('connections', { ...marko, organizations: [{ title: 'Закупівельник' }] });
  world.clock.t += SYNC_LIMITS.poll.maxMinutes * 60_000;
  await drive(world, [id]);
  expect((await person('olena@agro.example')).position).toBe('Директорка');
  const changed = await person('marko@buyer.example');
  expect([changed.position, changed.tags]).toEqual(['Закупівельник', ['VIP']]);

  // Before, Olena stayed: any change, Google's own included, counted as the user's edit.
  const report = await disconnectAccount(world.db, id, true);
  expect(report.people).toBe(1);
  expect((await world.db.people.toArray()).map((p) => p.displayName)).toEqual(['Марко Лисенко']);
});
