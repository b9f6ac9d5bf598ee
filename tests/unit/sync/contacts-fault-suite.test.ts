// The fault suite for Google contacts, in Node against the fake People API: two connected accounts (their
// address books sharing 200 people), My contacts and Other contacts, with faults on the People calls (429, 403
// usageLimits, 500/503, 401, dropped connections, expired sync tokens → a full contacts pass), contacts added,
// changed and deleted while it runs, and the worker stopped with a page on the wire and inside the transaction
// that stores a page. Judged by counts: every live contact is exactly one person, every deleted one marked,
// nothing lost, every sync token current, no request beyond People's quota.
import { expect, test } from 'vitest';
import type { SyncAccountId } from '../../../core/sync/account';
import type { PeopleCursor } from '../../../core/sync/google/people-plan';
import type { SyncRunner } from '../../../integrations/sync/runner';
import { FaultPlan } from '../../fakes/google/limits';
import type { FakeContact, FakePeopleBook } from '../../fakes/google/people';
import { seeded } from '../../fakes/prng';
import { dieInTransaction } from './worker-death';
import { drive } from './drive';
import { makeWorld, type World } from './world';

const START = Date.UTC(2026, 10, 2, 8);
const A = 'ivan@kartka-test.com.ua';
const B = 'olena@kartka-test.com.ua';
const STREAMS = ['contacts', 'otherContacts'] as const;
const KINDS = ['connections', 'otherContacts'] as const;

const contact = (i: number, name: string): Omit<FakeContact, 'resourceName'> => ({
  names: [{ displayName: name }],
  emailAddresses: [{ value: `client${i}@firm${i % 37}.example` }],
  organizations: [{ title: `Посада ${i}` }],
});

function fillBook(book: FakePeopleBook, from: number, to: number, other: number) {
  for (let i = from; i < to; i++) book.put('connections', contact(i, `Клієнт ${i}`));
  for (let i = 0; i < other; i++)
    book.put('otherContacts', {
      names: [{ displayName: `Інший ${book.address} ${i}` }],
      emailAddresses: [{ value: `other${i}.${book.address}` }],
    });
}

async function cursor(world: World, id: SyncAccountId, stream: string): Promise<PeopleCursor | undefined> {
  return (await world.db.syncAccounts.get(id))?.streams[stream]?.cursor as PeopleCursor | undefined;
}

test(
  'contacts under faults and worker stops: every contact one person, deleted ones marked, tokens current',
  {
    timeout: 120_000,
  },
  async () => {
    const started = performance.now();
    const faults = new FaultPlan({
      seed: 18,
      rate: 0.15,
      budget: 60,
      weights: {
        'rate-429': 3,
        'usage-403': 2,
        'server-500': 2,
        'server-503': 2,
        'auth-401': 1,
        drop: 2,
        'concurrent-429': 0,
        'history-404': 0,
        'expired-sync-token': 1,
      },
    });
    const world = makeWorld({ start: START, costModel: 'before-2026-05', faults });
    const books = { [A]: world.fake.book(A), [B]: world.fake.book(B) };
    // 0–2,599 in A's book, 2,400–4,999 in B's: 200 people in both, who must be one person each.
    fillBook(books[A], 0, 2_600, 700);
    fillBook(books[B], 2_400, 5_000, 300);
    let runner: SyncRunner | null = null;
    const death = { armed: false, kill: () => runner?.kill(), died: 0 };
    world.db.use(dieInTransaction(death));
    const ids = [await world.connect(A), await world.connect(B)];

    // The worker is stopped with a People page on the wire every so often: the page was served, nobody gets it.
    let pages = 0;
    let midPage = 0;
    const toFake = world.wire.fetch;
    world.wire.fetch = async (url, init) => {
      const response = await toFake(url, init);
      if (url.startsWith('https://people.googleapis.com/') && ++pages % 11 === 0 && midPage < 6) {
        midPage++;
        runner?.kill();
        throw new TypeError('The service worker was stopped before the answer arrived.');
      }
      return response;
    };

    const rnd = seeded(5);
    const deleted = new Set<string>();
    let changes = 0;
    for (let cycle = 0; cycle < 12; cycle++) {
      await drive(world, ids, {
        freshRunner: true,
        onRound: (round, r) => {
          runner = r;
          if (round % 4 === 2 && death.died < 6) death.armed = true;
        },
      });
      // Between polls: contacts added, changed and deleted in both books.
      for (const book of Object.values(books)) {
        const { live } = book.contacts('connections');
        const pick = live[Math.floor(rnd() * live.length)];
        if (pick && rnd() < 0.5) {
          book.remove('connections', pick.resourceName);
          deleted.add(pick.resourceName);
        } else if (pick)
          book.put('connections', { ...pick, organizations: [{ title: `Нова посада ${cycle}` }] });
        book.put('connections', contact(10_000 + cycle * 2 + (book === books[A] ? 0 : 1), `Новий ${cycle}`));
        changes += 2;
      }
      world.clock.t += 3 * 60_000;
    }
    // A last quiet poll: what the books hold now is what the base must hold.
    death.armed = false;
    await drive(world, ids, { freshRunner: true, maxRounds: 400, onRound: (_round, r) => void (runner = r) });

    const people = await world.db.people.filter((p) => p.mergedInto === undefined).toArray();
    const byEmail = new Map<string, number>();
    for (const p of people) for (const e of p.emails) byEmail.set(e, (byEmail.get(e) ?? 0) + 1);
    const liveEmails = new Set<string>();
    const deadEmails = new Set<string>();
    for (const book of Object.values(books))
      for (const kind of KINDS) {
        const { live, deleted: dead } = book.contacts(kind);
        live.forEach((c) => liveEmails.add(c.emailAddresses?.[0]?.value ?? ''));
        dead.forEach((c) => deadEmails.add(c.emailAddresses?.[0]?.value ?? ''));
      }
    // Every contact of either book is exactly one person (a deleted one stays, marked); nobody else came in.
    for (const e of [...liveEmails, ...deadEmails]) expect(byEmail.get(e), e).toBe(1);
    expect(people).toHaveLength(new Set([...liveEmails, ...deadEmails]).size);
    const duplicated = [...byEmail.values()].filter((n) => n > 1).length;
    // Deleted in a book (and not in the other): marked by that account; present again: no mark of it.
    const shared = (e: string) => liveEmails.has(e);
    let marked = 0;
    for (const p of people) {
      const e = p.emails[0] ?? '';
      const gone = Object.keys(p.deletedAtSource ?? {});
      if (deadEmails.has(e) && !shared(e)) {
        expect(gone.length, e).toBeGreaterThan(0);
        marked++;
      }
      if (liveEmails.has(e) && !deadEmails.has(e)) expect(gone, e).toEqual([]);
    }
    // Every stream caught up with a current token; the base's changes are the books' latest.
    for (const [i, id] of ids.entries()) {
      const book = books[i === 0 ? A : B];
      for (const stream of STREAMS) {
        const c = await cursor(world, id, stream);
        expect(c?.phase, `${id} ${stream}`).toBe('partial');
        expect(c?.pageToken).toBeNull();
        expect(book?.isCurrent(c?.syncToken ?? null), `${id} ${stream} token`).toBe(true);
      }
    }
    const refusals = [...world.fake.peopleLimits.values()].reduce((n, l) => n + l.quotaRefusals, 0);
    expect(refusals).toBe(0);
    expect(world.observer.violations).toBe(0);
    expect(faults.injected['expired-sync-token']).toBeGreaterThan(0);
    expect(midPage).toBeGreaterThanOrEqual(3);
    expect(death.died).toBeGreaterThanOrEqual(3);
    const restarts = (await Promise.all(ids.map((id) => world.db.syncAccounts.get(id)))).reduce(
      (n, a) => n + STREAMS.reduce((m, s) => m + (a?.streams[s]?.restarts?.length ?? 0), 0),
      0,
    );

    const figures = {
      'contacts (both books, both lists)': liveEmails.size + deadEmails.size,
      'people in the base': people.length,
      'deleted at Google, marked': `${deadEmails.size} / ${marked}`,
      'changes while syncing': changes,
      'faults injected': faults.total,
      ...Object.fromEntries(Object.entries(faults.injected).filter(([, n]) => n > 0)),
      'full passes after an expired token': restarts,
      'worker stopped mid-page': midPage,
      'worker stopped mid-transaction': death.died,
      'People requests': world.fake.byMethod['people.connections.list'] ?? 0,
      'otherContacts requests': world.fake.byMethod['otherContacts.list'] ?? 0,
      'quota refusals (over 90/min)': refusals,
      'lost / duplicated': `${[...liveEmails].filter((e) => !byEmail.has(e)).length} / ${duplicated}`,
      'virtual minutes': Math.round((world.clock.t - START) / 60_000),
      'real seconds': Math.round((performance.now() - started) / 100) / 10,
    };
    console.log(
      `\nContacts fault suite:\n${Object.entries(figures)
        .map(([k, v]) => `  ${k.padEnd(38)} ${v}`)
        .join('\n')}`,
    );
  },
);
