// Storage benchmark on fake-indexeddb (Node): logging with matching vs raw bulkPut, address lookup, search.
// Run: npx tsx tests/bench/storage-node.ts [people=100000] [messages=100000]
import 'fake-indexeddb/auto';
import { companyId } from '../../core/ids';
import { defaultSettings } from '../../core/settings';
import { openKartkaDB } from '../../storage/db';
import { chunks } from '../../storage/batch';
import { logMessages } from '../../storage/interactions';
import { liveClients } from '../../storage/live-clients';
import { findPersonByAddress } from '../../storage/people';
import { companyRow, personRow } from '../../storage/rows';
import { searchPeople } from '../../storage/search';
import { benchCompany, benchMessages, benchName, benchPerson, rng } from './data';
import { percentile } from './report';

const PEOPLE = Number(process.argv[2] ?? 100_000);
const MESSAGES = Number(process.argv[3] ?? 100_000);
const ME = 'ivan@kartka.ua';
const random = rng(42);

async function timeEach(n: number, op: (i: number) => Promise<unknown>): Promise<string> {
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await op(i);
    t.push(performance.now() - s);
  }
  return `p50 ${percentile(t, 50).toFixed(2)} ms, p95 ${percentile(t, 95).toFixed(2)} ms, max ${Math.max(...t).toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const db = openKartkaDB('bench-storage');
  const settings = { ...defaultSettings(), ownAddresses: [ME], internalDomains: ['kartka.ua'] };
  const now = Date.UTC(2025, 5, 1);
  const companies = Array.from({ length: 2000 }, (_, k) => companyRow(benchCompany(k, now)));
  const emails: string[] = [];
  const freemail = new Map<string, string>();
  const pickEmail = () => emails[Math.floor(random() * emails.length)] ?? '';
  let t0 = performance.now();
  await db.companies.bulkPut(companies);
  for (const chunk of chunks(Array.from({ length: PEOPLE }, (_, i) => i))) {
    const rows = chunk.map((i) => {
      const p = benchPerson(i, now, { company: (k) => companyId(`bench-c-${k % 2000}`), details: random });
      // A third write from free mail, as in real bases: matched by address, never by domain.
      const work = p.emails[0] ?? '';
      if (i % 3 === 0) freemail.set(work, (p.emails = [work.replace(/@.*/u, '@gmail.com')])[0] ?? '');
      emails.push(p.emails[0] ?? '');
      return personRow(p, [`Компанія ${i % 2000}`]);
    });
    await db.transaction('rw', db.people, () => db.people.bulkPut(rows));
  }
  console.log(`seed: ${PEOPLE} people + 2000 companies in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // A fifth of the mail comes from strangers, as in a real mailbox.
  const messages = benchMessages(MESSAGES, PEOPLE, now, ME, 0.2).map((m) => {
    const mail = <A extends { address: string } | null>(a: A): A =>
      a && { ...a, address: freemail.get(a.address) ?? a.address };
    return { ...m, from: mail(m.from), to: m.to.map(mail) };
  });

  t0 = performance.now();
  const r = await logMessages(db, messages, settings, now, 'gmail-api');
  const logSecs = (performance.now() - t0) / 1000;
  const logRate = MESSAGES / logSecs;
  console.log(
    `logMessages: ${MESSAGES} messages in ${logSecs.toFixed(1)} s = ${logRate.toFixed(0)} msgs/s (added ${r.added}, not logged ${r.notLogged}, people created ${r.peopleCreated})`,
  );

  const written = await db.interactions.toArray();
  const raw = openKartkaDB('bench-raw');
  t0 = performance.now();
  for (const chunk of chunks(written))
    await raw.transaction('rw', raw.interactions, () => raw.interactions.bulkPut(chunk));
  const rawRate = written.length / ((performance.now() - t0) / 1000);
  console.log(
    `raw bulkPut of the same ${written.length} interactions: ${rawRate.toFixed(0)} recs/s; logging/raw = ${(logRate / rawRate).toFixed(2)}`,
  );

  t0 = performance.now();
  const again = await logMessages(db, messages, settings, now, 'gmail-api');
  console.log(
    `re-log (idempotent): added ${again.added}, already ${again.alreadyLogged} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  console.log(
    `address lookup x1000: ${await timeEach(1000, () => findPersonByAddress(db, pickEmail().toUpperCase(), settings))}`,
  );
  const queries = Array.from({ length: 1000 }, (_, i) => {
    const n = benchName(i, random);
    return `${i % 3 ? n.given : n.givenLatin} ${(i % 2 ? n.family : n.familyLatin).slice(0, 4 + (i % 3))}`;
  });
  let hits = 0;
  console.log(
    `two-word search x1000: ${await timeEach(1000, async (i) => (hits += (await searchPeople(db, queries[i] ?? '', 20)).length))}; avg hits ${(hits / 1000).toFixed(1)}`,
  );
  console.log(
    `phone search x1000: ${await timeEach(1000, (i) => searchPeople(db, `067 ${String(1_000_000 + i * 97).slice(-7, -4)} ${String(i).padStart(2, '0')}`, 20))}`,
  );
  liveClients(db).close();
  db.close();
  raw.close();
}

await main();
