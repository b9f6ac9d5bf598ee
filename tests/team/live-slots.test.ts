// The live watch of many databases (an admin reads every member's): at most SLOTS long polls held at once, so a
// browser's 6 connections to the server leave room for the sync itself, and still every change is reported —
// also one made while another database of its slot was held.
import { expect, test } from 'vitest';
import { SLOTS, watchFirm } from '../../integrations/team/live';
import { authFetch } from '../../integrations/team/server';
import { couchForFile } from './helpers';

const couch = couchForFile();

test('nine databases watched with at most SLOTS polls held, every change reported', async () => {
  const server = couch();
  const names = Array.from({ length: 9 }, (_, i) => `live-slots-${i}`);
  for (const name of names) await server.couch.createDb(name);
  let held = 0;
  let most = 0;
  const f = authFetch({ kind: 'basic', user: server.admin.user, password: server.admin.password });
  const counted: typeof f = async (url, init) => {
    const poll = String(url).includes('feed=longpoll');
    if (poll) most = Math.max(most, ++held);
    try {
      const res = await f(url, init);
      // A long poll holds its connection until its body is read.
      return new Response(await res.text(), { status: res.status, headers: res.headers });
    } finally {
      if (poll) held--;
    }
  };
  const seen = new Set<string>();
  const stop = new AbortController();
  const watching = watchFirm(counted, server.url, names, stop.signal, (d) => seen.add(d));
  // Every slot is holding a poll (the shared ones read where each database ends first).
  await expect.poll(() => held, { timeout: 15_000 }).toBe(SLOTS);
  for (const name of names) await server.couch.bulkDocs(name, [{ _id: 'changed', at: Date.now() }]);
  await expect.poll(() => seen.size, { timeout: 30_000 }).toBe(names.length);
  expect(most).toBe(SLOTS);
  stop.abort();
  await watching;
}, 60_000);
