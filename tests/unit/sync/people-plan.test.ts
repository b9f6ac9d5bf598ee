// The contacts streams against the fake People API, through the real executor: a full pass pages through every
// contact and ends with a sync token; a check asks only for changes (a deleted contact comes back marked); an
// expired sync token (400 EXPIRED_SYNC_TOKEN) restarts the full pass, which ends current again.
import { expect, test } from 'vitest';
import type { ContactPass, SyncContact } from '../../../core/sync/contact';
import { contactOf } from '../../../core/sync/google/people-contact';
import { peoplePlanner, type PeopleCursor, type PeopleKind } from '../../../core/sync/google/people-plan';
import type { PlanContext, SyncOp } from '../../../core/sync/planner';
import { listPeople } from '../../../integrations/google/people-api';
import { FakeGoogle } from '../../fakes/google/fake-google';

const ME = 'ivan@kartka-test.com.ua';
const NOW = Date.UTC(2026, 11, 6, 12);

function world() {
  let now = NOW;
  const fake = new FakeGoogle({ costModel: 'before-2026-05', now: () => now });
  fake.user(ME);
  const token = fake.oauth.issue(ME, 'client', [
    'https://www.googleapis.com/auth/contacts.readonly',
    'https://www.googleapis.com/auth/contacts.other.readonly',
  ]);
  const api = { fetch: fake.fetch, now: () => now };
  /** Runs a stream until it stops planning; returns what each answered page carried, and the failures. */
  const drive = async (kind: PeopleKind, cursor: PeopleCursor, poll: boolean) => {
    const planner = peoplePlanner(kind);
    const contacts: SyncContact[] = [];
    const passes: (ContactPass | undefined)[] = [];
    const failures: string[] = [];
    let caughtUp = false;
    let opened = false;
    for (let round = 0; round < 50; round++) {
      const ctx: PlanContext = {
        now,
        poll: poll && !opened,
        inFlight: [] as SyncOp[],
        options: { backfillFrom: null, costs: {} },
      };
      const op = planner.next(cursor, ctx);
      if (!op) break;
      if (op.check) opened = true;
      expect(op.quota).toBe('people');
      const r = await listPeople(api, token, kind, op.pageToken, op.syncToken, new AbortController().signal);
      if (!r.ok) {
        failures.push(`${r.failure.status} ${r.failure.reason ?? ''} ${r.failure.kind}`);
        if (r.failure.kind !== 'cursor-gone') break;
        cursor = planner.restart(cursor, ctx.options);
        continue;
      }
      expect(planner.lookups(op, r.value)).toEqual(r.value.contacts.map((c) => `contact:${c.item}`));
      const out = planner.reduce(cursor, op, r.value, new Set(), ctx);
      cursor = out.cursor;
      contacts.push(...out.contacts);
      passes.push(out.pass);
      caughtUp = out.caughtUp;
    }
    return { cursor, contacts, passes, failures, caughtUp, planner };
  };
  return { fake, book: () => fake.book(ME), drive, later: (ms: number) => (now += ms) };
}

test('a full pass reads every connection page by page and ends with a sync token; a check reads only changes', async () => {
  const w = world();
  const book = w.book();
  const made = Array.from({ length: 2_300 }, (_, i) =>
    book.put('connections', {
      names: [{ displayName: `Клієнт ${i}`, givenName: 'Клієнт', familyName: String(i) }],
      emailAddresses: [{ value: `Client.${i}@Acme.example` }],
      phoneNumbers: [{ value: '050 123 45 67', canonicalForm: `+38050${String(1_000_000 + i)}` }],
    }),
  );
  const planner = peoplePlanner('connections');
  const full = await w.drive('connections', planner.initial({ backfillFrom: null, costs: {} }), false);
  expect(full.failures).toEqual([]);
  expect(full.contacts).toHaveLength(2_300);
  expect(full.contacts[0]).toEqual({
    item: made[0]?.resourceName,
    deleted: false,
    displayName: 'Клієнт 0',
    givenName: 'Клієнт',
    familyName: '0',
    emails: ['client.0@acme.example'],
    phones: ['+380501000000'],
  });
  expect(full.caughtUp).toBe(true);
  expect(full.cursor).toMatchObject({ phase: 'partial', pageToken: null, done: 2_300, estimate: 2_300 });
  expect(full.cursor.syncToken).not.toBeNull();
  expect(planner.hasWork(full.cursor)).toBe(false);
  expect(planner.progress(full.cursor).phase).toBe('idle');

  // No check is due: nothing is asked.
  expect((await w.drive('connections', full.cursor, false)).contacts).toEqual([]);

  book.put('connections', { ...made[5], names: [{ displayName: 'Олена Коваль' }] });
  book.remove('connections', made[7]?.resourceName ?? '');
  const check = await w.drive('connections', full.cursor, true);
  expect(check.failures).toEqual([]);
  expect(check.contacts).toEqual([
    expect.objectContaining({ item: made[5]?.resourceName, deleted: false, displayName: 'Олена Коваль' }),
    { item: made[7]?.resourceName, deleted: true, emails: [], phones: [] },
  ]);
  expect(check.caughtUp).toBe(true);
  expect(check.cursor.syncToken).not.toBe(full.cursor.syncToken);
});

test('an expired sync token (400 EXPIRED_SYNC_TOKEN) restarts the full pass, which ends current', async () => {
  const w = world();
  const book = w.book();
  const made = Array.from({ length: 1_200 }, (_, i) =>
    book.put('connections', {
      names: [{ displayName: `P ${i}` }],
      emailAddresses: [{ value: `p${i}@x.example` }],
    }),
  );
  const planner = peoplePlanner('connections');
  const first = await w.drive('connections', planner.initial({ backfillFrom: null, costs: {} }), false);
  expect(first.contacts).toHaveLength(1_200);
  book.remove('connections', made[0]?.resourceName ?? '');
  book.expireSyncTokens();
  w.later(60_000);
  const again = await w.drive('connections', first.cursor, true);
  expect(again.failures).toEqual(['400 EXPIRED_SYNC_TOKEN cursor-gone']);
  // The whole book again, without the deleted contact (a full pass lists only those who exist).
  expect(again.contacts).toHaveLength(1_199);
  expect(again.contacts.some((c) => c.item === made[0]?.resourceName)).toBe(false);
  expect(again.caughtUp).toBe(true);
  expect(again.cursor).toMatchObject({ phase: 'partial', resync: false, done: 1_199, pageToken: null });
  expect(again.cursor.syncToken).not.toBeNull();
  // Each pass stamps its pages with its own id; only the pass run again after the expiry sweeps, on its last page.
  const ids = (passes: readonly (ContactPass | undefined)[]) => [...new Set(passes.map((p) => p?.id))];
  expect(first.passes.map((p) => p?.sweep)).toEqual([false, false]);
  expect(ids(first.passes)).toHaveLength(1);
  expect(again.passes.map((p) => p?.sweep)).toEqual([false, true]);
  expect(ids(again.passes)).toHaveLength(1);
  expect(ids(again.passes)[0]).not.toBe(ids(first.passes)[0]);
});

test('other contacts are read with their own mask and sync token', async () => {
  const w = world();
  w.book().put('otherContacts', {
    names: [{ displayName: 'Anna Clarke' }],
    emailAddresses: [{ value: 'anna@acme.example' }],
    // Not in otherContacts' read mask: never asked for, never read.
    organizations: [{ name: 'Acme' }],
  });
  const planner = peoplePlanner('otherContacts');
  expect(planner.stream).toBe('otherContacts');
  const full = await w.drive('otherContacts', planner.initial({ backfillFrom: null, costs: {} }), false);
  expect(full.failures).toEqual([]);
  expect(full.contacts).toEqual([
    expect.objectContaining({ displayName: 'Anna Clarke', emails: ['anna@acme.example'] }),
  ]);
  expect(full.contacts[0]?.company).toBeUndefined();
  expect(full.cursor.syncToken).not.toBeNull();
});

test('a person becomes a contact: primary entries first, invalid addresses dropped, Google canonical phones', () => {
  expect(
    contactOf({
      resourceName: 'people/c42',
      names: [
        { displayName: 'Old Name' },
        { metadata: { primary: true }, displayName: '  Іван   Петренко ', givenName: 'Іван' },
      ],
      emailAddresses: [{ value: 'not an address' }, { value: 'IVAN@Firm.ua' }, { value: 'ivan@firm.ua' }],
      phoneNumbers: [{ value: '(050) 123-45-67' }, { value: '050 1234567', canonicalForm: '+380501234567' }],
      organizations: [{ name: 'ТОВ Агро', title: 'Директор' }],
      birthdays: [{ date: { month: 2, day: 29 } }],
      addresses: [{}, { city: 'Київ' }],
    }),
  ).toEqual({
    item: 'people/c42',
    deleted: false,
    displayName: 'Іван Петренко',
    givenName: 'Іван',
    emails: ['ivan@firm.ua'],
    phones: ['(050) 123-45-67', '+380501234567'],
    company: 'ТОВ Агро',
    position: 'Директор',
    city: 'Київ',
    birthday: { month: 2, day: 29 },
  });
  expect(
    contactOf({ resourceName: 'people/c1', metadata: { deleted: true }, names: [{ displayName: 'x' }] }),
  ).toEqual({ item: 'people/c1', deleted: true, emails: [], phones: [] });
});
