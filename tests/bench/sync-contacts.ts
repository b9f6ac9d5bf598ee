// Bench figures for Google contacts (issue 18), in the `sync` section's browser: a first sync of a book of
// 15,000 contacts (12,000 in My contacts, 3,000 in Other contacts) against the fake People API.
// sync.contacts_rate_fraction = contacts settled per minute, from the first People call to the last contact
// settled, divided by People's sustained ceiling (90 read requests/min/user × 1,000 contacts a page); below the
// ceiling's 90 pages the quota does not bind, so the figure is how close the client's own paging and merging
// come to what Google would let it read. sync.contacts_requests = the People requests the first sync spent,
// against its minimum (each list's pages plus the one check per list that confirms its sync token), with the
// fake's quota refusals beside it.
import { SYNC_LIMITS } from '../../core/sync/limits';
import type { FakeGoogle } from '../fakes/google/fake-google';
import type { Kartka } from '../e2e/harness';
import type { Metric } from './report';
import { connect, disconnect, firstPeopleCallAt, settled, sleep, waitUpToDate } from './sync';

const BOOK = { connections: 12_000, otherContacts: 3_000 };
const OWNER = { name: 'Bench', address: 'bench.contacts@kartka-test.com.ua' };

/** Distinct contacts: a name, an address and a Ukrainian mobile number each (Other contacts: address only). */
function fillBook(fake: FakeGoogle): void {
  const book = fake.book(OWNER.address);
  for (let i = 0; i < BOOK.connections; i++) {
    const national = String(501_000_000 + i);
    book.put('connections', {
      names: [{ displayName: `Клієнт ${i}`, givenName: 'Клієнт', familyName: String(i) }],
      emailAddresses: [{ value: `client${i}@clients.com.ua` }],
      phoneNumbers: [{ value: `0${national}`, canonicalForm: `+380${national}` }],
      organizations: [{ name: `Фірма ${i % 700}`, title: 'Закупівлі' }],
    });
  }
  for (let i = 0; i < BOOK.otherContacts; i++)
    book.put('otherContacts', {
      names: [{ displayName: `Кореспондент ${i}` }],
      emailAddresses: [{ value: `writer${i}@mail.com.ua` }],
    });
}

export async function benchContacts(kartka: Kartka): Promise<Metric[]> {
  const total = BOOK.connections + BOOK.otherContacts;
  console.log(`\n== sync: ${total} Google contacts (both lists), first sync (real time)…`);
  const run = await connect(kartka, 'before-2026-05', OWNER, 50, fillBook);
  const limitMs = 6 * 60_000;
  const start = Date.now();
  let n = 0;
  while (Date.now() - start < limitMs) {
    n = await settled(run.page, run.account, 'contact');
    if (n >= total) break;
    await sleep(250);
  }
  const doneAt = Date.now();
  const done = n >= total;
  const from = firstPeopleCallAt() ?? start;
  const perMinute = (n * 60_000) / Math.max(1, doneAt - from);
  const { pageSize, perUser } = SYNC_LIMITS.people;
  const ceiling = perUser.limit * pageSize;
  const fraction = perMinute / ceiling;
  await waitUpToDate(run.page, OWNER.address, 120_000);
  // Counted once the account is disconnected: a list's check may still be on the wire when the panel says 'Up to
  // date', and the line printed must be the figure in the table.
  await disconnect(run, OWNER.address);
  const { units: requests, quotaRefusals: refused } = run.fake.peopleLimitsOf(OWNER.address);
  const pages = Math.ceil(BOOK.connections / pageSize) + Math.ceil(BOOK.otherContacts / pageSize);
  const minimum = pages + 2;
  console.log(
    `   ${n} of ${total} contacts in ${((doneAt - from) / 1000).toFixed(1)} s: ${Math.round(perMinute)}/min, ` +
      `ceiling ${ceiling}/min; ${requests} People requests (${pages} pages + 2 checks minimum), ` +
      `${refused} refused; done: ${done}`,
  );
  return [
    {
      id: 'sync.contacts_rate_fraction',
      value: fraction,
      unit: 'x of ceiling',
      size: `${total} contacts`,
      peer: `budget (min); ceiling ${perUser.limit} req/min × ${pageSize}`,
      peer_value: 0.8,
      ok: fraction >= 0.8 && done,
    },
    {
      id: 'sync.contacts_requests',
      value: requests,
      unit: 'People requests',
      size: `${total} contacts`,
      peer: 'minimum: pages of both lists + 1 check each',
      peer_value: minimum,
      ok: requests <= minimum && refused === 0,
    },
  ];
}
