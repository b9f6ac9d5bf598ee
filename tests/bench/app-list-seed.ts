// Bundled by app-list.ts and run inside the app page: creates companies and people through the repository's
// bulk functions (validated, ~1,000 per transaction) in the extension's own database.
import { companyId } from '../../core/ids';
import type { CompanyLink } from '../../core/model';
import { defaultSettings } from '../../core/settings';
import type { PersonDraft } from '../../core/validate';
import { chunks } from '../../storage/batch';
import { bulkCreateCompanies } from '../../storage/companies';
import { db } from '../../storage/db';
import { bulkCreatePeople } from '../../storage/people';

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
  'Anna',
  'Thomas',
  'Klaus',
  'Emma',
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
  'Petrenko',
  'Müller',
  'Smith',
];
const CITIES = [
  'Київ',
  'Львів',
  'Одеса',
  'Дніпро',
  'Харків',
  'Запоріжжя',
  'Вінниця',
  'Алматы',
  'Hamburg',
  'London',
];
const TAGS = ['опт', 'роздріб', 'агро', 'логістика', 'horeca', 'export', 'vip', 'тендер'];
const STAGES = [
  'potential',
  'active',
  'working',
  'regular',
  'partner',
  'vip',
  'key',
  'lost-revivable',
  'lost-final',
];
const MANAGERS = ['Оксана Демченко', 'Богдан Лисенко', 'Ірина Коваленко', 'Максим Гнатюк'];
const INDUSTRIES = ['Агро', 'Логістика', 'HoReCa', 'Будівництво', 'Текстиль', 'IT'];
const DAY = 86_400_000;

let seed = 42;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

async function seedBase(people: number): Promise<{ people: number; problems: number }> {
  const settings = defaultSettings();
  const now = Date.now();
  const companyCount = Math.max(1, Math.floor(people / 50));
  await bulkCreateCompanies(
    db,
    Array.from({ length: companyCount }, (_, i) => ({
      name: `Компанія ${i + 1}`,
      legalForm: 'ТОВ',
      domains: [`firm${i + 1}.com.ua`],
      city: pick(CITIES),
      industry: pick(INDUSTRIES),
      tags: [],
    })),
    now,
  );
  const companies = await db.companies.toCollection().primaryKeys();
  let written = 0;
  let problems = 0;
  for (const part of chunks(
    Array.from({ length: people }, (_, i) => i),
    10_000,
  )) {
    const drafts = part.map((i): PersonDraft => {
      const given = pick(GIVEN);
      const family = pick(FAMILY);
      const link: CompanyLink = {
        companyId: companyId(pick(companies)),
        decisionMaker: rand() < 0.1,
        archived: false,
      };
      const draft: PersonDraft = {
        displayName: `${given} ${family}`,
        givenName: given,
        familyName: family,
        emails: [`person${i}@firm${(i % companyCount) + 1}.com.ua`],
        phones: [`+38067${String(1_000_000 + i).padStart(7, '0')}`],
        tags: rand() < 0.6 ? [pick(TAGS)] : [],
        manager: pick(MANAGERS),
        city: pick(CITIES),
        companies: [link],
        stage: {
          stage: pick(STAGES),
          reason: 'bench',
          setBy: 'import',
          since: now - Math.floor(rand() * 400) * DAY,
        },
      };
      if (rand() < 0.3)
        draft.birthday = { month: 1 + Math.floor(rand() * 12), day: 1 + Math.floor(rand() * 28) };
      return draft;
    });
    const report = await bulkCreatePeople(db, drafts, settings, now - Math.floor(rand() * 700) * DAY);
    written += report.written;
    problems += report.problems.length;
    console.log(`kartka-seed: ${written} people written`);
  }
  // Last contact is derived from logged mail; give the generated people a history's worth of dates.
  await db.people.toCollection().modify((p) => {
    if (rand() < 0.9) p.lastContactAt = now - Math.floor(rand() * 500 * DAY);
  });
  return { people: written, problems };
}

(window as unknown as { kartkaSeed: typeof seedBase }).kartkaSeed = seedBase;
