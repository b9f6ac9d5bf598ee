// The Gmail sync end to end in Node, without faults: full sync through the logging path, partial sync of new
// mail, and a history 404 that resyncs with list pages only.
import { expect, test } from 'vitest';
import { gmailPlanner, type GmailCursor } from '../../../core/sync/google/gmail-plan';
import { correspondents, fillMailbox, letter } from '../../fakes/google/generate';
import { drive } from './drive';
import { makeWorld } from './world';

const START = Date.UTC(2026, 9, 1, 9);
const ME = { name: 'Іван Петренко', address: 'ivan@kartka-test.com.ua' };

async function mailCursor(world: ReturnType<typeof makeWorld>, id: string): Promise<GmailCursor> {
  const a = await world.db.syncAccounts.get(id);
  return a?.streams.mail?.cursor as GmailCursor;
}

test('full sync, then new mail by history, then a 404 resync that fetches nothing again', async () => {
  const world = makeWorld({
    start: START,
    costModel: 'before-2026-05',
    settings: { logging: { ...makeWorld({ start: 0 }).settings.logging, mode: 'create-all' } },
  });
  const user = world.fake.user(ME.address);
  const people = correspondents(40, 3);
  fillMailbox(user, ME, { count: 1_200, seed: 11, newest: START - 3_600_000, spanDays: 400, people });
  const id = await world.connect(ME.address);

  await drive(world, [id]);
  const cursor = await mailCursor(world, id);
  expect(cursor.phase).toBe('partial');
  expect(cursor.historyId).toBe(String(user.historyId));
  expect(cursor.pending).toEqual([]);
  const items = (await world.db.syncItems.where('account').equals(id).toArray()).filter(
    (i) => !i.item.startsWith('person:'),
  );
  // Every message Gmail lists (spam is not listed) settled exactly once.
  expect(items.map((i) => i.item).sort()).toEqual(
    user
      .listed()
      .map((m) => m.id)
      .sort(),
  );
  const drafts = [...user.messages.values()].filter((m) => m.labelIds.includes('DRAFT')).length;
  const logged = items.filter((i) => i.state === 'logged').length;
  expect(await world.db.interactions.count()).toBe(logged);
  expect(items.filter((i) => i.state === 'skipped-label')).toHaveLength(drafts);
  expect(world.observer.violations).toBe(0);

  // New mail arrives: the next alarm's run finds it through history.list and logs it.
  const other = people[0] ?? ME;
  const fresh = user.add(letter(ME, other, false, START + 60_000, 'Нове замовлення', 'fresh-1@mail.example'));
  world.clock.t = START + 120_000;
  await drive(world, [id]);
  const after = await mailCursor(world, id);
  expect(after.historyId).toBe(String(user.historyId));
  const row = await world.db.interactions.where('providerKey').equals(`gmail:${fresh.id}`).first();
  expect(row?.subject).toBe('Нове замовлення');
  expect(row?.source).toBe('gmail-api');

  // Mail arrives and Gmail forgets the history before we look: the 404 restarts a full pass that fetches
  // the one new message and costs list pages otherwise.
  user.add(letter(ME, other, true, START + 200_000, 'Re: Нове замовлення', 'fresh-2@mail.example'));
  user.expireHistory();
  const before = { ...world.fake.byMethod };
  world.clock.t += 300_000;
  await drive(world, [id]);
  const spent = Object.fromEntries(
    Object.entries(world.fake.byMethod).map(([m, n]) => [m, n - (before[m] ?? 0)]),
  );
  expect(spent['messages.get']).toBe(1);
  expect(spent['messages.list']).toBe(Math.ceil(user.listed().length / 500));
  const resynced = await mailCursor(world, id);
  expect(resynced.phase).toBe('partial');
  expect(gmailPlanner.hasWork(resynced)).toBe(false);
  expect(await world.db.interactions.count()).toBe(logged + 2);
});
