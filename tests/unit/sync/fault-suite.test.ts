// The fault suite, Node half: 10,000 messages across two connected accounts (300 of them between the two,
// so in both mailboxes under one Message-ID), 1,000 injected faults (429, 403 usageLimits, 500/503, 401,
// dropped connections, concurrent-request refusals, history 404 mid-sync), new mail arriving meanwhile, and
// the worker stopped several times: mid-batch (the runner abandoned with a batch on the wire; a fresh one
// resumes from the database) and mid-transaction (the apply aborted). Judged by counts at the end.
import { expect, test } from 'vitest';
import { gmailPlanner, type GmailCursor } from '../../../core/sync/google/gmail-plan';
import type { SyncAccountId } from '../../../core/sync/account';
import type { SyncRunner } from '../../../integrations/sync/runner';
import { correspondents, fillMailbox, letter, type Correspondent } from '../../fakes/google/generate';
import { FaultPlan } from '../../fakes/google/limits';
import type { FakeGmailUser } from '../../fakes/google/mailbox';
import { dieInTransaction } from './worker-death';
import { drive } from './drive';
import { makeWorld, type World } from './world';

const START = Date.UTC(2026, 9, 5, 8);
const A: Correspondent = { name: 'Іван Петренко', address: 'ivan@kartka-test.com.ua' };
const B: Correspondent = { name: 'Олена Коваль', address: 'olena@kartka-test.com.ua' };
const FAULTS = 1_000;

/** Mail between the two accounts: in A's mailbox and in B's, one Message-ID. */
function between(a: FakeGmailUser, b: FakeGmailUser, n: number, at: number) {
  for (let i = 0; i < n; i++) {
    const t = at - i * 3_600_000;
    const rfc = `between.${i}@kartka-test.com.ua`;
    const [from, fromUser, to, toUser] = i % 2 ? [A, a, B, b] : [B, b, A, a];
    fromUser.add(letter(from, to, true, t, 'Спільний клієнт', rfc));
    toUser.add(letter(to, from, false, t + 1_500, 'Спільний клієнт', rfc));
  }
}

async function cursorOf(world: World, id: SyncAccountId): Promise<GmailCursor> {
  return (await world.db.syncAccounts.get(id))?.streams.mail?.cursor as GmailCursor;
}

test(
  '10,000 messages, 1,000 faults, the worker stopped mid-batch: every message once, cursors current',
  { timeout: 240_000 },
  async () => {
    const started = performance.now();
    const faults = new FaultPlan({
      seed: 42,
      rate: 0.09,
      // One more is scheduled by hand below (A's history forgotten mid-sync).
      budget: FAULTS - 1,
      weights: {
        'rate-429': 3,
        'usage-403': 2,
        'server-500': 2,
        'server-503': 2,
        'auth-401': 1,
        drop: 2,
        'concurrent-429': 1,
        'history-404': 0.5,
      },
    });
    const base = makeWorld({ start: 0 }).settings;
    const world = makeWorld({
      start: START,
      costModel: 'since-2026-05',
      faults,
      settings: { logging: { ...base.logging, mode: 'create-all' }, internalDomains: [] },
    });
    const ua = world.fake.user(A.address);
    const ub = world.fake.user(B.address);
    const people = correspondents(300, 5);
    fillMailbox(ua, A, { count: 4_850, seed: 1, newest: START - 86_400_000, spanDays: 900, people });
    fillMailbox(ub, B, { count: 4_850, seed: 2, newest: START - 86_400_000, spanDays: 900, people });
    between(ua, ub, 150, START - 2 * 86_400_000);
    const total = ua.messages.size + ub.messages.size;
    expect(total).toBe(10_000);

    let runner: SyncRunner | null = null;
    const death = { armed: false, kill: () => runner?.kill(), died: 0 };
    world.db.use(dieInTransaction(death));
    const ida = await world.connect(A.address);
    const idb = await world.connect(B.address);

    // The worker is stopped with a batch on the wire every so often (its answer goes to a dead worker).
    let batches = 0;
    let midBatch = 0;
    const toFake = world.wire.fetch;
    world.wire.fetch = async (url, init) => {
      const response = await toFake(url, init);
      if (url.endsWith('/batch/gmail/v1') && ++batches % 29 === 0) {
        // The batch was served (its quota spent) but the worker is gone: the answer reaches nobody.
        midBatch++;
        runner?.kill();
        throw new TypeError('The service worker was stopped before the answer arrived.');
      }
      return response;
    };

    let arrivals = 0;
    let expiredMidSync = false;
    // Gmail forgets A's history once A has finished its first full pass (a 404 mid-sync, guaranteed): in the
    // first drive when a round starts with A partial, else in the first polling round after it.
    const forgetHistory = async (round: number) => {
      if (expiredMidSync || round <= 3 || (await cursorOf(world, ida)).phase !== 'partial') return;
      expiredMidSync = true;
      ua.add(
        letter(A, people[1] ?? B, false, world.clock.t - 500, 'Перед забуттям', 'before-expiry@x.example'),
      );
      ua.expireHistory();
      faults.record('history-404');
    };
    const rounds = await drive(world, [ida, idb], {
      freshRunner: true,
      onRound: async (round, r) => {
        runner = r;
        if (round % 7 === 3) death.armed = true;
        // New mail keeps arriving while the first sync runs, and after.
        if (round % 5 === 0 && arrivals < 200) {
          for (const [user, me] of [
            [ua, A],
            [ub, B],
          ] as const) {
            const other = people[arrivals % people.length] ?? me;
            user.add(
              letter(
                me,
                other,
                arrivals % 2 === 0,
                world.clock.t - 1_000,
                'Нове замовлення',
                `arrival.${arrivals}.${me.address}`,
              ),
            );
          }
          arrivals += 2;
        }
        await forgetHistory(round);
      },
    });
    // Keep polling until the schedule's whole budget of faults has been spent on the live account.
    let extra = 0;
    while (faults.total < FAULTS && extra++ < 400) {
      world.clock.t += 120_000;
      for (const [user, me] of [
        [ua, A],
        [ub, B],
      ] as const)
        user.add(
          letter(
            me,
            people[extra % people.length] ?? me,
            extra % 2 === 1,
            world.clock.t - 1_000,
            'Ще лист',
            `late.${extra}.${me.address}`,
          ),
        );
      await drive(world, [ida, idb], {
        freshRunner: true,
        onRound: async (_round, r) => {
          runner = r;
          await forgetHistory(4);
        },
      });
    }

    // Every message of both mailboxes settled exactly once per account.
    const byAccount = async (id: SyncAccountId) =>
      (await world.db.syncItems.where('account').equals(id).toArray()).filter(
        (i) => !i.item.startsWith('person:'),
      );
    const [itemsA, itemsB] = await Promise.all([byAccount(ida), byAccount(idb)]);
    expect(itemsA.map((i) => i.item).sort()).toEqual(
      ua
        .listed()
        .map((m) => m.id)
        .sort(),
    );
    expect(itemsB.map((i) => i.item).sort()).toEqual(
      ub
        .listed()
        .map((m) => m.id)
        .sort(),
    );

    // Every loggable message is one interaction, shared mail once for both accounts; nothing lost or doubled.
    const interactions = await world.db.interactions.toArray();
    const listed = [...ua.listed(), ...ub.listed()];
    const loggable = listed.filter(
      (m) => !m.labelIds.includes('DRAFT') && !m.headers.some(([h]) => h === 'List-Unsubscribe'),
    );
    const rfcOf = (m: (typeof listed)[number]) =>
      (m.headers.find(([h]) => h === 'Message-ID')?.[1] ?? '').replace(/^<|>$/gu, '');
    const expected = new Set(loggable.map(rfcOf));
    const stored = interactions.map((i) => i.rfcMessageId ?? '');
    expect(new Set(stored).size).toBe(stored.length);
    expect(new Set(stored)).toEqual(expected);
    for (const item of [...itemsA, ...itemsB].filter((i) => i.state === 'logged'))
      expect(interactions.some((i) => i.id === item.interactionId)).toBe(true);

    // Cursors current; nothing pending; no request left while a wait the client had been given was running.
    for (const [id, user] of [
      [ida, ua],
      [idb, ub],
    ] as const) {
      const c = await cursorOf(world, id);
      expect(c.phase).toBe('partial');
      expect(c.historyId).toBe(String(user.historyId));
      expect(gmailPlanner.hasWork(c)).toBe(false);
    }
    expect(world.observer.violations).toBe(0);
    const refusals = [...world.fake.limits.values()].reduce((n, l) => n + l.quotaRefusals, 0);
    expect(refusals).toBe(0);
    expect(faults.total).toBe(FAULTS);
    expect(midBatch).toBeGreaterThanOrEqual(3);
    expect(death.died).toBeGreaterThanOrEqual(3);
    const restarts = ((await world.db.syncAccounts.get(ida))?.streams.mail?.restarts ?? []).length;
    expect(expiredMidSync).toBe(true);

    const figures = {
      messages: total + arrivals + 2 * extra + 1,
      'unique records': interactions.length,
      'faults injected': faults.total,
      ...Object.fromEntries(Object.entries(faults.injected).filter(([, n]) => n > 0)),
      'worker stopped mid-batch': midBatch,
      'worker stopped mid-transaction': death.died,
      'history resyncs (A)': restarts,
      requests: world.observer.requests,
      'quota units spent': [...world.fake.limits.values()].reduce((n, l) => n + l.units, 0),
      'quota refusals (over the real quota)': refusals,
      'requests during a promised wait': world.observer.violations,
      'lost / duplicated': `${expected.size - new Set(stored).size} / ${stored.length - new Set(stored).size}`,
      'drive rounds': rounds,
      'virtual minutes': Math.round((world.clock.t - START) / 60_000),
      'real seconds': Math.round((performance.now() - started) / 100) / 10,
    };
    console.log(
      `\nGmail fault suite:\n${Object.entries(figures)
        .map(([k, v]) => `  ${k.padEnd(38)} ${v}`)
        .join('\n')}`,
    );
  },
);
