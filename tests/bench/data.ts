// Deterministic benchmark data, the one generator every benchmark draws from: people with Ukrainian, Russian and
// English names, their companies, their mail and the searches made for them. The bench page stores them as they
// come, the app-list seeder and the Node storage bench ask for a worked base (companies, managers, cities, stages),
// and import-fixtures.ts spells the same names as a contacts CSV and an mbox.
import { companyId, interactionId, personId, threadKey, type CompanyId, type PersonId } from '../../core/ids';
import type { LoggableMessage } from '../../core/logging-policy';
import type { Company, Interaction, Person } from '../../core/model';
import { seeded } from '../fakes/prng';

/** `Name:latin` pairs: the name, and how its addresses spell it. */
const pairs = (list: string) => list.split(' ').map((pair) => pair.split(':') as [string, string]);
const GIVEN = pairs(
  'Олена:olena Тарас:taras Андрій:andrii Ірина:iryna Сергій:serhii Наталія:nataliia Дмитро:dmytro Юлія:yuliia ' +
    'Ivan:ivan Anna:anna Oleg:oleg Maria:maria James:james Emma:emma Сергей:sergey Елена:elena Павел:pavel ' +
    'Татьяна:tatiana Віктор:viktor Ганна:hanna',
);
const FAMILY = pairs(
  'Коваль:koval Шевченко:shevchenko Мельник:melnyk Бондаренко:bondarenko Ткаченко:tkachenko Кравченко:kravchenko ' +
    'Олійник:oliinyk Литвиненко:lytvynenko Петренко:petrenko Іваненко:ivanenko Smith:smith Brown:brown ' +
    'Clarke:clarke Иванов:ivanov Смирнов:smirnov Кузнецов:kuznetsov Попов:popov Соколов:sokolov Бойко:boiko Мороз:moroz',
);
/** What a worked base holds besides names (`details`). */
const CITIES = 'Київ Львів Одеса Дніпро Харків Запоріжжя Вінниця Алматы Hamburg London'.split(' ');
const TAGS = 'опт роздріб агро логістика horeca export vip тендер'.split(' ');
const STAGES = 'potential active working regular partner vip key lost-revivable lost-final'.split(' ');
const MANAGERS = ['Оксана Демченко', 'Богдан Лисенко', 'Ірина Коваленко', 'Максим Гнатюк'];
const INDUSTRIES = ['Агро', 'Логістика', 'HoReCa', 'Будівництво', 'Текстиль', 'IT'];
const DAY = 86_400_000;

/** A small, fast, seeded PRNG (mulberry32) so every run measures the same data. */
export const rng = seeded;

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const at = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;

export interface BenchName {
  given: string;
  family: string;
  /** The Latin spellings, for addresses. */
  givenLatin: string;
  familyLatin: string;
}

/** The i-th name (given names turn fastest, so neighbours differ); or one drawn from `random`. */
export function benchName(i: number, random?: () => number): BenchName {
  const [given, givenLatin] = random ? pick(random, GIVEN) : at(GIVEN, i);
  const [family, familyLatin] = random ? pick(random, FAMILY) : at(FAMILY, Math.floor(i / GIVEN.length));
  return { given, family, givenLatin, familyLatin };
}

/** The i-th benchmark person's address (what `benchPerson(i).emails[0]` is), without building the person. */
function benchEmail(i: number): string {
  return `${at(GIVEN, i)[1]}.${i}@company${i % 5000}.com.ua`;
}

/** How a benchmark person is made beyond their name, address and phone. */
export interface PersonOptions {
  /** The company the person works at (none when undefined). */
  company?: (i: number) => CompanyId | undefined;
  /**
   * A worked base's fields drawn from this PRNG: a random name, a city, a manager, a tag more often than not, any
   * stage set months ago, sometimes a birthday. Without it: the i-th name, a fixed stage and an 'опт' tag on every
   * seventh person, a last contact within 400 days (what the search benchmark finds).
   */
  details?: () => number;
}

/** The i-th benchmark person (stable for a given i and options). */
export function benchPerson(i: number, now: number, options: PersonOptions = {}): Person {
  const random = options.details;
  const { given, family } = benchName(i, random);
  const company = options.company?.(i);
  const person: Person = {
    id: personId(`bench-p-${i}`),
    displayName: `${given} ${family}`,
    givenName: given,
    familyName: family,
    emails: [benchEmail(i)],
    phones: [`+38067${String(1_000_000 + i).slice(-7)}`],
    tags: i % 7 === 0 ? ['опт'] : [],
    companies: company === undefined ? [] : [{ companyId: company, decisionMaker: false, archived: false }],
    stage: {
      stage: i % 3 === 0 ? 'regular' : 'potential',
      reason: 'Benchmark data',
      setBy: 'import',
      since: now,
    },
    custom: {},
    lastContactAt: now - (i % 400) * DAY,
    createdAt: now,
    updatedAt: now,
  };
  if (!random) return person;
  person.tags = random() < 0.6 ? [pick(random, TAGS)] : [];
  person.manager = pick(random, MANAGERS);
  person.city = pick(random, CITIES);
  person.stage = {
    stage: pick(random, STAGES),
    reason: 'Benchmark data',
    setBy: 'import',
    since: now - Math.floor(random() * 400) * DAY,
  };
  if (random() < 0.3)
    person.birthday = { month: 1 + Math.floor(random() * 12), day: 1 + Math.floor(random() * 28) };
  if (random() < 0.1) person.companies = person.companies.map((l) => ({ ...l, decisionMaker: true }));
  return person;
}

/** The k-th benchmark company, its domain the one `benchPerson(k)` writes from; a city and industry with `details`. */
export function benchCompany(k: number, now: number, details?: () => number): Company {
  const company: Company = {
    id: companyId(`bench-c-${k}`),
    name: `Компанія ${k}`,
    legalForm: 'ТОВ',
    registrationIds: [],
    bankAccounts: [],
    addresses: [],
    domains: [`company${k}.com.ua`],
    tags: [],
    custom: {},
    createdAt: now,
    updatedAt: now,
  };
  if (details) {
    company.city = pick(details, CITIES);
    company.industry = pick(details, INDUSTRIES);
  }
  return company;
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
      at: now - Math.floor(random() * 3 * 365) * DAY,
      attachmentNames: [],
      personIds: [pid],
      companyIds: [],
      createdAt: now,
    };
  }
  return rows;
}

/**
 * `count` messages between the user (`own`) and the first `people` benchmark people, as an import or API sync
 * would log them; with `strangers`, that share of them comes from addresses no one in the base has.
 */
export function benchMessages(
  count: number,
  people: number,
  now: number,
  own: string,
  strangers = 0,
): LoggableMessage[] {
  const random = rng(7);
  return Array.from({ length: count }, (_, k) => {
    const who = Math.floor(random() * people);
    const stranger = strangers > 0 && random() < strangers;
    const them = stranger
      ? { name: '', address: `stranger${k}@newco${k % 500}.ua` }
      : { name: benchPerson(who, now).displayName, address: benchEmail(who) };
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
    const { givenLatin } = benchName(i * 977);
    const words = [p.givenName ?? '', p.familyName ?? ''];
    q.push((words[1] ?? '').slice(0, 4));
    q.push(`${words[0]} ${(words[1] ?? '').slice(0, 3)}`);
    q.push(`${givenLatin} ${(words[1] ?? '').slice(0, 2)} опт`);
  }
  return q;
}
