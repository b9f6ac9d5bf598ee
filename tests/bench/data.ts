// Deterministic benchmark data: people with Ukrainian, Russian and English names, and their mail.
import { interactionId, personId, threadKey, type PersonId } from '../../core/ids';
import type { LoggableMessage } from '../../core/logging-policy';
import type { Interaction, Person } from '../../core/model';

const GIVEN = [
  'Олена',
  'Тарас',
  'Андрій',
  'Ірина',
  'Сергій',
  'Наталія',
  'Дмитро',
  'Юлія',
  'Ivan',
  'Anna',
  'Oleg',
  'Maria',
  'James',
  'Emma',
  'Сергей',
  'Елена',
  'Павел',
  'Татьяна',
  'Віктор',
  'Ганна',
];
const FAMILY = [
  'Коваль',
  'Шевченко',
  'Мельник',
  'Бондаренко',
  'Ткаченко',
  'Кравченко',
  'Олійник',
  'Литвиненко',
  'Петренко',
  'Іваненко',
  'Smith',
  'Brown',
  'Clarke',
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Соколов',
  'Бойко',
  'Мороз',
];
const LATIN: Record<string, string> = {
  Олена: 'olena',
  Тарас: 'taras',
  Андрій: 'andrii',
  Ірина: 'iryna',
  Сергій: 'serhii',
  Наталія: 'nataliia',
  Дмитро: 'dmytro',
  Юлія: 'yuliia',
  Сергей: 'sergey',
  Елена: 'elena',
  Павел: 'pavel',
  Татьяна: 'tatiana',
  Віктор: 'viktor',
  Ганна: 'hanna',
};

/** A small, fast, seeded PRNG (mulberry32) so every run measures the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const latin = (s: string) => LATIN[s] ?? s.toLowerCase();
const LATIN_GIVEN = GIVEN.map(latin);

/** The i-th benchmark person's address (what `benchPerson(i).emails[0]` is), without building the person. */
function benchEmail(i: number): string {
  return `${LATIN_GIVEN[i % GIVEN.length] ?? 'ivan'}.${i}@company${i % 5000}.com.ua`;
}

/** The i-th benchmark person (stable for a given i). */
export function benchPerson(i: number, now: number): Person {
  const given = GIVEN[i % GIVEN.length] ?? 'Ivan';
  const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length] ?? 'Smith';
  const email = benchEmail(i);
  return {
    id: personId(`bench-p-${i}`),
    displayName: `${given} ${family}`,
    givenName: given,
    familyName: family,
    emails: [email],
    phones: [`+38067${String(1_000_000 + i).slice(-7)}`],
    tags: i % 7 === 0 ? ['опт'] : [],
    companies: [],
    stage: {
      stage: i % 3 === 0 ? 'regular' : 'potential',
      reason: 'Benchmark data',
      setBy: 'import',
      since: now,
    },
    custom: {},
    lastContactAt: now - (i % 400) * 86_400_000,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * `count` interactions spread over `people` people, a few of whom have very many (as real bases do).
 * A plain loop with string templates only: seeding 1,000,000 calls it for every row.
 */
export function benchInteractions(count: number, people: number, now: number, offset = 0): Interaction[] {
  const random = rng(42 + offset);
  const rows: Interaction[] = new Array<Interaction>(count);
  for (let n = 0; n < count; n++) {
    const k = n + offset;
    // A quarter of the history belongs to the first 20 people: heavy correspondents.
    const who = random() < 0.25 ? Math.floor(random() * 20) : Math.floor(random() * people);
    const pid: PersonId = personId(`bench-p-${who}`);
    rows[n] = {
      id: interactionId(`bench-i-${k}`),
      kind: 'email',
      source: 'import',
      providerKey: `bench:${k}`,
      rfcMessageId: `bench-${k}@bench.kartka`,
      threadKey: threadKey('gmail', `bench${Math.floor(k / 3)}`),
      direction: k % 2 === 0 ? 'incoming' : 'outgoing',
      participants: [{ address: benchEmail(who), role: 'from', personId: pid }],
      subject: `Замовлення №${k}`,
      snippet: 'Добрий день! Надсилаю рахунок і специфікацію до договору.',
      at: now - Math.floor(random() * 3 * 365) * 86_400_000,
      attachmentNames: [],
      personIds: [pid],
      companyIds: [],
      createdAt: now,
    };
  }
  return rows;
}

/** `count` messages between the user and known benchmark people, as an import or API sync would log them. */
export function benchMessages(count: number, people: number, now: number, own: string): LoggableMessage[] {
  const random = rng(7);
  return Array.from({ length: count }, (_, k) => {
    const who = Math.floor(random() * people);
    const them = { name: benchPerson(who, now).displayName, address: benchEmail(who) };
    const me = { name: 'Me', address: own };
    const incoming = k % 2 === 0;
    return {
      providerKey: `bench-log:${k}`,
      rfcMessageId: `bench-log-${k}@bench.kartka`,
      threadKey: threadKey('gmail', `log${Math.floor(k / 2)}`),
      from: incoming ? them : me,
      to: [incoming ? me : them],
      cc: [],
      subject: `Рахунок №${k}`,
      snippet: 'Добрий день! Надсилаю рахунок.',
      date: now - (k % 1000) * 3_600_000,
      attachmentNames: [],
    };
  });
}

/** Queries of one to three words, as people type them: prefixes, Latin for Cyrillic, phones, emails. */
export function benchQueries(now: number): string[] {
  const q: string[] = [];
  for (let i = 0; i < 60; i++) {
    const p = benchPerson(i * 977, now);
    const words = [p.givenName ?? '', p.familyName ?? ''];
    q.push((words[1] ?? '').slice(0, 4));
    q.push(`${words[0]} ${(words[1] ?? '').slice(0, 3)}`);
    q.push(`${latin(words[0] ?? '')} ${(words[1] ?? '').slice(0, 2)} опт`);
  }
  return q;
}
