// Loads the built-in demo base. Ids are stable, so loading it twice changes nothing (in the same language).
import { demoCompanies, demoDeals, demoPeople, demoTasks, type DemoPerson } from '../core/demo/clients';
import { demoText } from '../core/demo/text';
import type { Locale } from '../core/i18n';
import { companyId, dealId, interactionId, personId, taskId, type CompanyId } from '../core/ids';
import type { Company, Deal, Interaction, InteractionKind, Person, Settings, Task } from '../core/model';
import type { KartkaDB } from './db';
import { companyRow, personRow } from './rows';

const DAY = 86_400_000;
/**
 * What marks a record as the demo's: every id the loader writes starts with it (people, companies, deals, tasks,
 * history). Other records get random UUIDs, so "Remove the demo data" (storage/demo-remove.ts) finds exactly these.
 */
export const DEMO_ID_PREFIX = 'demo-';
const cid = (key: string) => companyId(`${DEMO_ID_PREFIX}company-${key}`);
const pid = (key: string) => personId(`${DEMO_ID_PREFIX}person-${key}`);

function company(c: (typeof demoCompanies)[number], now: number, locale: Locale): Company {
  return {
    id: cid(c.key),
    name: c.name,
    legalForm: c.legalForm,
    registrationIds: [
      ...(c.edrpou ? [{ kind: 'edrpou' as const, value: c.edrpou, country: 'UA' }] : []),
      ...(c.inn ? [{ kind: 'inn' as const, value: c.inn, country: 'RU' }] : []),
    ],
    bankAccounts: [],
    addresses: [],
    website: `https://${c.domain}`,
    domains: [c.domain],
    industry: c.industry,
    city: c.city,
    tags: [],
    ...(c.stage
      ? {
          stage: {
            stage: c.stage,
            reason: demoText('Demo data', locale),
            setBy: 'import' as const,
            since: now,
          },
        }
      : {}),
    custom: {},
    createdAt: now,
    updatedAt: now,
  };
}

function person(p: DemoPerson, now: number, locale: Locale): Person {
  const companyKey: CompanyId | undefined = p.company ? cid(p.company) : undefined;
  return {
    id: pid(p.key),
    displayName: p.displayName,
    givenName: p.givenName,
    familyName: p.familyName,
    ...(p.patronymic ? { patronymic: p.patronymic } : {}),
    emails: [p.email],
    phones: p.phone ? [p.phone] : [],
    ...(p.telegram ? { handles: [{ kind: 'telegram-username' as const, value: p.telegram }] } : {}),
    ...(p.position ? { position: p.position } : {}),
    ...(p.birthday ? { birthday: p.birthday } : {}),
    ...(p.notes ? { notes: demoText(p.notes, locale) } : {}),
    tags: p.tags,
    manager: p.manager,
    ...(p.city ? { city: p.city } : {}),
    companies: companyKey
      ? [
          {
            companyId: companyKey,
            decisionMaker: p.decisionMaker === true,
            archived: false,
            ...(p.position ? { role: p.position } : {}),
          },
        ]
      : [],
    stage: {
      stage: p.stage,
      reason: demoText(p.stageReason, locale),
      setBy: 'import',
      since: now - 30 * DAY,
    },
    custom: {},
    source: 'demo',
    lastContactAt: now - p.lastContactDaysAgo * DAY,
    createdAt: now - 400 * DAY,
    updatedAt: now,
  };
}

const HISTORY: { kind: InteractionKind; subject: string }[] = [
  { kind: 'email', subject: 'Price list' },
  { kind: 'call', subject: 'Call: terms of delivery' },
  { kind: 'meeting', subject: 'Meeting at the office' },
  { kind: 'note', subject: 'Note' },
];

/** A short past history per person, ending at their last contact. */
function history(p: DemoPerson, index: number, now: number, locale: Locale): Interaction[] {
  const count = 2 + (index % 4);
  return Array.from({ length: count }, (_, n) => {
    const item = HISTORY[(index + n) % HISTORY.length] ?? HISTORY[0];
    const at = now - (p.lastContactDaysAgo + n * 17) * DAY;
    return {
      id: interactionId(`${DEMO_ID_PREFIX}interaction-${p.key}-${n}`),
      kind: item?.kind ?? 'note',
      source: 'manual',
      providerKey: `demo:${p.key}:${n}`,
      direction: n % 2 === 0 ? 'incoming' : 'outgoing',
      participants: [
        { address: p.email, name: p.displayName, role: n % 2 === 0 ? 'from' : 'to', personId: pid(p.key) },
      ],
      subject: demoText(item?.subject ?? 'Note', locale),
      at,
      attachmentNames: [],
      personIds: [pid(p.key)],
      companyIds: p.company ? [cid(p.company)] : [],
      reason: 'Demo history',
      createdAt: now,
    } satisfies Interaction;
  });
}

/** Writes the demo companies, people, history, deals and tasks in one transaction, its own words in `locale`. */
export async function loadDemoBase(
  db: KartkaDB,
  _settings: Settings,
  now: number,
  locale: Locale = 'en',
): Promise<{ people: number; companies: number }> {
  const companies = demoCompanies.map((c) => company(c, now, locale));
  const names = new Map(companies.map((c) => [c.id as string, c.name]));
  const people = demoPeople.map((p) => person(p, now, locale));
  const deals: Deal[] = demoDeals.map((d, i) => ({
    id: dealId(`${DEMO_ID_PREFIX}deal-${i}`),
    title: d.title,
    amount: d.amount,
    currency: d.currency,
    status: d.status,
    ...(d.lostReason ? { lostReason: demoText(d.lostReason, locale) } : {}),
    personId: pid(d.person),
    openedAt: now - d.daysAgo * DAY,
    ...(d.status === 'open' ? {} : { closedAt: now - d.daysAgo * DAY + 5 * DAY }),
    createdAt: now,
    updatedAt: now,
  }));
  const tasks: Task[] = demoTasks.map((t, i) => ({
    id: taskId(`${DEMO_ID_PREFIX}task-${i}`),
    title: demoText(t.title, locale),
    due: now + t.dueInDays * DAY,
    personId: pid(t.person),
    done: false,
    recurrence: 'none',
    kind: 'task',
    createdAt: now,
    updatedAt: now,
  }));
  await db.transaction('rw', [db.people, db.companies, db.interactions, db.deals, db.tasks], async () => {
    await db.companies.bulkPut(companies.map(companyRow));
    await db.people.bulkPut(
      people.map((p) => personRow(p, p.companies.map((l) => names.get(l.companyId) ?? '').filter(Boolean))),
    );
    await db.interactions.bulkPut(demoPeople.flatMap((p, i) => history(p, i, now, locale)));
    await db.deals.bulkPut(deals);
    await db.tasks.bulkPut(tasks.map((t) => ({ ...t, openDue: t.due })));
  });
  return { people: people.length, companies: companies.length };
}
