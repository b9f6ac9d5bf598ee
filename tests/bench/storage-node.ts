// Storage benchmark on fake-indexeddb (Node): logging with matching vs raw bulkPut, address lookup, search.
// Run: npx tsx tests/bench/storage-node.ts [people=100000] [messages=100000]
import 'fake-indexeddb/auto';
import { companyId, personId, type CompanyId } from '../../core/ids';
import type { LoggableMessage } from '../../core/logging-policy';
import type { Person } from '../../core/model';
import { defaultSettings } from '../../core/settings';
import { openKartkaDB, type StoredCompany } from '../../storage/db';
import { chunks } from '../../storage/batch';
import { logMessages } from '../../storage/interactions';
import { findPersonByAddress } from '../../storage/people';
import { companyRow, personRow } from '../../storage/rows';
import { searchPeople } from '../../storage/search';

const PEOPLE = Number(process.argv[2] ?? 100_000);
const MESSAGES = Number(process.argv[3] ?? 100_000);
const ME = 'ivan@kartka.ua';
const GIVEN = [
  'Олена',
  'Тарас',
  'Андрій',
  'Ірина',
  'Юлія',
  'Дмитро',
  'Наталія',
  'Сергій',
  'Оксана',
  'Вячеслав',
  'Артём',
  'Ольга',
  'Микола',
  'Ганна',
  'Євген',
  'Марія',
];
const GIVEN_LAT = [
  'olena',
  'taras',
  'andrii',
  'iryna',
  'yulia',
  'dmytro',
  'natalia',
  'serhii',
  'oksana',
  'viacheslav',
  'artem',
  'olha',
  'mykola',
  'hanna',
  'yevhen',
  'mariia',
];
const FAMILY = [
  'Коваль',
  'Шевченко',
  'Бондаренко',
  'Мельник',
  'Ткаченко',
  'Кравченко',
  'Олійник',
  'Шевчук',
  'Поліщук',
  'Бойко',
  'Ковальчук',
  'Лисенко',
  'Марченко',
  'Руденко',
  'Савченко',
  'Петренко',
];
const FAMILY_LAT = [
  'koval',
  'shevchenko',
  'bondarenko',
  'melnyk',
  'tkachenko',
  'kravchenko',
  'oliinyk',
  'shevchuk',
  'polishchuk',
  'boiko',
  'kovalchuk',
  'lysenko',
  'marchenko',
  'rudenko',
  'savchenko',
  'petrenko',
];

let seed = 42;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
async function timeEach(n: number, op: (i: number) => Promise<unknown>): Promise<string> {
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await op(i);
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return `p50 ${percentile(t, 50).toFixed(2)} ms, p95 ${percentile(t, 95).toFixed(2)} ms, max ${(t.at(-1) ?? 0).toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const db = openKartkaDB('bench-storage');
  const settings = { ...defaultSettings(), ownAddresses: [ME], internalDomains: ['kartka.ua'] };
  const now = Date.UTC(2025, 5, 1);
  const companies: StoredCompany[] = Array.from({ length: 2000 }, (_, i) =>
    companyRow({
      id: companyId(`c${i}`),
      name: `Компанія ${i}`,
      registrationIds: [],
      bankAccounts: [],
      addresses: [],
      domains: [`firm${i}.ua`],
      tags: [],
      custom: {},
      createdAt: now,
      updatedAt: now,
    }),
  );
  const emails: string[] = [];
  let t0 = performance.now();
  await db.companies.bulkPut(companies);
  for (const chunk of chunks(Array.from({ length: PEOPLE }, (_, i) => i))) {
    const rows = chunk.map((i) => {
      const g = Math.floor(rand() * GIVEN.length);
      const f = Math.floor(rand() * FAMILY.length);
      const cid: CompanyId = companyId(`c${i % 2000}`);
      const email =
        i % 3 === 0
          ? `${GIVEN_LAT[g]}.${FAMILY_LAT[f]}${i}@gmail.com`
          : `${GIVEN_LAT[g]}.${FAMILY_LAT[f]}${i}@firm${i % 2000}.ua`;
      emails.push(email);
      const p: Person = {
        id: personId(`p${i}`),
        displayName: `${GIVEN[g]} ${FAMILY[f]}${i % 7 === 0 ? '' : ` ${i}`}`,
        givenName: GIVEN[g] ?? '',
        familyName: FAMILY[f] ?? '',
        emails: [email],
        phones: [`+38067${String(1_000_000 + i).slice(-7)}`],
        tags: i % 10 === 0 ? ['vip'] : [],
        companies: [{ companyId: cid, decisionMaker: false, archived: false }],
        custom: {},
        createdAt: now,
        updatedAt: now,
      };
      return personRow(p, [`Компанія ${i % 2000}`]);
    });
    await db.transaction('rw', db.people, () => db.people.bulkPut(rows));
  }
  console.log(`seed: ${PEOPLE} people + 2000 companies in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const messages: LoggableMessage[] = Array.from({ length: MESSAGES }, (_, i) => {
    const known = rand() < 0.8;
    const other = known ? pick(emails) : `stranger${i}@newco${i % 500}.ua`;
    const outgoing = rand() < 0.4;
    const a = (address: string) => ({ address, name: '' });
    return {
      providerKey: `gmail-api:${i.toString(16).padStart(16, '0')}`,
      rfcMessageId: `${i}.bench@mail.example.org`,
      from: a(outgoing ? ME : other),
      to: [a(outgoing ? other : ME)],
      cc: [],
      subject: `Замовлення №${i} — рахунок та договір`,
      snippet: 'Добрий день! Надсилаю рахунок на оплату та підписаний договір, прошу підтвердити отримання.',
      date: now - i * 60_000,
      attachmentNames: i % 4 === 0 ? ['Рахунок.pdf'] : [],
    };
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
    `address lookup x1000: ${await timeEach(1000, () => findPersonByAddress(db, pick(emails).toUpperCase(), settings))}`,
  );
  const queries = Array.from({ length: 1000 }, (_, i) => {
    const g = Math.floor(rand() * GIVEN.length);
    const f = Math.floor(rand() * FAMILY.length);
    const fam = (i % 2 ? FAMILY[f] : FAMILY_LAT[f]) ?? '';
    return `${(i % 3 ? GIVEN[g] : GIVEN_LAT[g]) ?? ''} ${fam.slice(0, 4 + (i % 3))}`;
  });
  let hits = 0;
  console.log(
    `two-word search x1000: ${await timeEach(1000, async (i) => (hits += (await searchPeople(db, queries[i] ?? '', 20)).length))}; avg hits ${(hits / 1000).toFixed(1)}`,
  );
  console.log(
    `phone search x1000: ${await timeEach(1000, (i) => searchPeople(db, `067 ${String(1_000_000 + i * 97).slice(-7, -4)} ${String(i).padStart(2, '0')}`, 20))}`,
  );
  db.close();
  raw.close();
}

await main();
