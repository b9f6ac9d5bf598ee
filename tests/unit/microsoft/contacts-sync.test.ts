// Graph contacts through the shared runner and store into the base, by the identity rules imports follow: a
// contact sharing a person's email is that person (empty fields filled, nothing overwritten); one sharing only a
// phone with a different name is created apart and offered as a possible duplicate; a stranger is a new person
// whose source names the account; the delta applied again changes nothing; a contact deleted in Outlook leaves
// the person and marks its item gone; "Disconnect and remove" takes the people the sync created, nobody else.
import { describe, expect, it } from 'vitest';
import type { DeltaCursor } from '../../../core/sync/microsoft/delta-cursor';
import { GRAPH_CONTACTS_PLANNER } from '../../../core/sync/microsoft/planners';
import type { SyncRunner } from '../../../integrations/sync/runner';
import { microsoftOptions } from '../../../integrations/microsoft/provider';
import { createPerson } from '../../../storage/people';
import { disconnectAccount } from '../../../storage/sync/remove';
import { dieInTransaction } from '../sync/worker-death';
import { microsoftWorld } from './contacts-world';
import { graphRunner, runGraph } from './graph-runner';

describe('Graph contacts into the base', () => {
  it('merges by identity, keeps strangers apart, is idempotent, and disconnects cleanly', async () => {
    const { clock, box, wire, auth, config, db, settings, store, id, connect } = microsoftWorld();

    // Already in the base: Ivan (by email, no position) and Petro (a phone, his name).
    const ivan = await createPerson(
      db,
      { displayName: 'Іван Петренко', emails: ['ivan@agro.example'], phones: [], tags: [] },
      settings,
      clock.now(),
    );
    const petro = await createPerson(
      db,
      { displayName: 'Петро Сидоренко', emails: [], phones: ['+380671234567'], tags: [] },
      settings,
      clock.now(),
    );
    if (!ivan.ok || !petro.ok) throw new Error('fixtures refused');

    box.addContact('contacts', {
      displayName: 'Ivan Petrenko',
      jobTitle: 'Закупівлі',
      companyName: 'Агро Трейд',
      emailAddresses: [{ name: 'Ivan', address: 'IVAN@agro.example' }],
    });
    box.addContact('contacts', { displayName: 'Анна Коваль', mobilePhone: '+380 67 123 45 67' });
    const maria = box.addContact('contacts', {
      displayName: 'Марія Шевченко',
      emailAddresses: [{ name: 'Марія', address: 'maria@buyer.example' }],
    });

    await connect();
    const run = (poll: boolean) => runGraph({ wire, store, config, auth, clock }, id, poll);
    await run(true);

    const people = () => db.people.filter((p) => p.mergedInto === undefined).toArray();
    const byName = async (name: string) => (await people()).find((p) => p.displayName === name);
    // Ivan: the same person (email, case folded), his empty position filled, his name kept, linked to the company.
    const ivanAfter = await db.people.get(ivan.person.id);
    expect(ivanAfter).toMatchObject({ displayName: 'Іван Петренко', position: 'Закупівлі' });
    expect(ivanAfter?.companies).toHaveLength(1);
    expect((await db.companies.toArray()).map((c) => c.name)).toEqual(['Агро Трейд']);
    // Anna shares Petro's phone but not his name: created apart, and the pair offered.
    const anna = await byName('Анна Коваль');
    expect(anna?.phones).toEqual(['+380671234567']);
    const pairs = await db.possibleDuplicates.toArray();
    expect(pairs).toHaveLength(1);
    expect([pairs[0]?.a, pairs[0]?.b].sort()).toEqual([anna?.id, petro.person.id].sort());
    expect(pairs[0]?.source).toBe('sync');
    // Maria is new; where she came from is the account.
    expect(await byName('Марія Шевченко')).toMatchObject({ source: id, emails: ['maria@buyer.example'] });
    expect(await people()).toHaveLength(4);
    const account = await db.syncAccounts.get(id);
    const cursor = account?.streams[GRAPH_CONTACTS_PLANNER.stream]?.cursor as DeltaCursor;
    expect(cursor).toMatchObject({ next: null, delta: expect.stringContaining('$deltatoken=') });

    // The whole folder again (a resync): nothing changes, nothing is added.
    const before = JSON.stringify(await people());
    // (As after syncStateNotFound: the store restarts the stream, keeping what is stored.)
    const syncSettings = { gmailCostModel: 'since-2026-05', backfillMonths: null, pollMinutes: 2 };
    await store.restart(
      id,
      GRAPH_CONTACTS_PLANNER as never,
      microsoftOptions(syncSettings, clock.now()),
      clock.now(),
    );
    await run(true);
    expect(JSON.stringify(await people())).toBe(before);
    expect(await db.possibleDuplicates.count()).toBe(1);

    // Maria deleted in Outlook: she stays in the base, her item says gone.
    box.deleteContact(maria.id);
    await run(true);
    expect(await byName('Марія Шевченко')).toBeDefined();
    expect((await db.syncItems.get(`${id}|contact:${maria.id}`))?.state).toBe('gone');

    // Disconnect and remove: the two people the sync created go; Ivan and Petro stay.
    const report = await disconnectAccount(db, id, true);
    expect(report.people).toBe(2);
    expect((await people()).map((p) => p.displayName).sort()).toEqual(['Іван Петренко', 'Петро Сидоренко']);
  });

  it('a contact deleted while Graph forgot the folder is marked after the full round, through worker stops', async () => {
    // Pages of 10 (the fake applies no page size above 5: Graph's default then): the round has three.
    const w = microsoftWorld(5);
    const made = Array.from({ length: 25 }, (_, i) =>
      w.box.addContact('contacts', {
        displayName: `Client ${i}`,
        emailAddresses: [{ name: `Client ${i}`, address: `client${i}@firm.example` }],
      }),
    );
    let runner: SyncRunner | null = null;
    const death = { armed: false, kill: () => runner?.kill(), died: 0 };
    w.db.use(dieInTransaction(death));
    await w.connect();
    // The worker stops with a page of the round on the wire (once), and inside the transaction of a later one.
    let resync = false;
    let pages = 0;
    const wire: typeof fetch = async (input, init) => {
      const res = await w.wire(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (resync && url.includes('/contacts/delta') && url.includes('skiptoken') && res.status === 200) {
        pages++;
        if (pages === 1) runner?.kill();
        if (pages === 3) death.armed = true;
      }
      return res;
    };
    const runUntilIdle = async () => {
      for (let i = 0; i < 20; i++) {
        runner = graphRunner({ wire, store: w.store, config: w.config, auth: w.auth, clock: w.clock });
        const end = await runner.run(w.id, true);
        w.clock.t += 60_000;
        if (end === 'idle') return;
      }
      throw new Error('The Graph account did not settle.');
    };
    await runUntilIdle();
    const marked = async () =>
      (await w.db.people.toArray()).filter((p) => p.deletedAtSource?.[w.id] !== undefined);
    expect(await w.db.people.count()).toBe(25);
    expect(await marked()).toEqual([]);

    // Two contacts deleted in Outlook while Exchange drops the account's sync state (syncStateNotFound).
    const doomed = [made[2], made[23]].map((c) => c?.id ?? '');
    for (const c of doomed) w.box.deleteContact(c);
    w.fake.graph.deltas.forgetUser(w.box.user.id);
    const forgotAt = w.clock.now();
    resync = true;
    await runUntilIdle();
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(death.died).toBe(1);

    const cursor = (await w.db.syncAccounts.get(w.id))?.streams[GRAPH_CONTACTS_PLANNER.stream]
      ?.cursor as DeltaCursor;
    expect(cursor).toMatchObject({
      next: null,
      resync: false,
      delta: expect.stringContaining('$deltatoken='),
    });
    // Exactly the two deleted contacts are marked; they stay. Every contact the round listed is not.
    const after = await marked();
    expect(after.map((p) => p.emails[0]).sort()).toEqual(['client23@firm.example', 'client2@firm.example']);
    for (const p of after) expect(p.deletedAtSource?.[w.id]).toBeGreaterThanOrEqual(forgotAt);
    expect(await w.db.people.count()).toBe(25);
    for (const c of doomed) expect((await w.db.syncItems.get(`${w.id}|contact:${c}`))?.state).toBe('gone');

    // A check and another forgotten state later: nothing new is marked, the marks keep their time.
    const before = JSON.stringify(after.map((p) => [p.id, p.deletedAtSource]));
    resync = false;
    w.fake.graph.deltas.forgetUser(w.box.user.id);
    await runUntilIdle();
    await runUntilIdle();
    expect(JSON.stringify((await marked()).map((p) => [p.id, p.deletedAtSource]))).toBe(before);
  });
});
