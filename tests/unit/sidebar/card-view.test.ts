// The card the background pushes to the sidebar: everything on it comes from indexed reads.
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { CardView } from '../../../core/card';
import { interactionId, personId, type PersonId } from '../../../core/ids';
import type { Interaction } from '../../../core/model';
import { cardForAddress } from '../../../storage/cards';
import { createCompany } from '../../../storage/companies';
import type { KartkaDB } from '../../../storage/db';
import { addDeal, closeDeal } from '../../../storage/deals';
import { addNote, createPerson } from '../../../storage/people';
import { addTask, completeTask } from '../../../storage/tasks';
import { countInteractionsForPerson } from '../../../storage/interactions';
import { freshDb, NOW, testSettings } from '../storage/helpers';

let db: KartkaDB;
afterEach(async () => {
  await db.delete();
});

const H = 3_600_000;
const email = (n: number, person: PersonId, at: number): Interaction => ({
  id: interactionId(`mail-${person}-${n}`),
  kind: 'email',
  source: 'gmail',
  providerKey: `gmail:${person}-${n}`,
  direction: n % 2 ? 'outgoing' : 'incoming',
  participants: [],
  subject: `Лист ${n}`,
  at,
  attachmentNames: [],
  personIds: [person],
  companyIds: [],
  createdAt: at,
});

async function seedOlena() {
  const company = await createCompany(db, { name: 'Акме', legalForm: 'ТОВ', domains: ['acme.com.ua'] }, NOW);
  if (!company.ok) throw new Error('company');
  const person = await createPerson(
    db,
    {
      displayName: 'Олена Коваль',
      emails: ['olena.koval@acme.com.ua', 'olena@gmail.com'],
      phones: ['+380671234567'],
      position: 'Закупівлі',
      birthday: { month: 3, day: 14 },
      consent: { given: true, at: NOW - 100 * 24 * H, source: 'договір' },
      tags: ['опт'],
      manager: 'Оксана Демченко',
      companies: [{ companyId: company.company.id, decisionMaker: true, archived: false }],
      stage: { stage: 'regular', reason: '3 orders won', setBy: 'import', since: NOW },
    },
    testSettings(),
    NOW,
  );
  if (!person.ok) throw new Error(person.problems.map((p) => p.reason).join());
  return person.person;
}

describe('cardForAddress', () => {
  it('returns null for an address nobody in the base owns', async () => {
    db = freshDb();
    expect(await cardForAddress(db, 'nobody@example.com', testSettings())).toBeNull();
  });

  it('shows who they are, how to reach them, tasks, deals and the latest history', async () => {
    db = freshDb();
    const olena = await seedOlena();
    await db.interactions.bulkAdd(
      Array.from({ length: 60 }, (_, n) => email(n, olena.id, NOW - (60 - n) * H)),
    );
    await addNote(db, olena.id, 'Хоче знижку на 100 мішків', NOW);
    const later = await addTask(
      db,
      { personId: olena.id, title: 'Надіслати договір', due: NOW + 48 * H },
      NOW,
    );
    await addTask(db, { personId: olena.id, title: 'Передзвонити', due: NOW + 24 * H }, NOW);
    const done = await addTask(db, { personId: olena.id, title: 'Зроблено', due: NOW - H }, NOW);
    await completeTask(db, done.id, NOW);
    const won = await addDeal(
      db,
      { personId: olena.id, title: 'Весна', amount: 1000, currency: 'uah' },
      NOW - 10 * H,
    );
    await closeDeal(db, won.id, 'won', '', testSettings(), NOW - 5 * H);
    await addDeal(db, { personId: olena.id, title: 'Осінь' }, NOW - 2 * H);

    const card = await cardForAddress(db, ' Olena.Koval@ACME.com.ua ', testSettings());
    expect(card).toMatchObject({
      personId: olena.id,
      displayName: 'Олена Коваль',
      initials: 'ОК',
      company: 'ТОВ Акме',
      position: 'Закупівлі',
      stage: {
        id: 'regular',
        label: 'Regular (3+ orders)',
        color: '#66bb6a',
        reason: '3 orders won',
        setBy: 'import',
      },
      emails: ['olena.koval@acme.com.ua', 'olena@gmail.com'],
      phones: ['+380671234567'],
      birthday: { month: 3, day: 14 },
      consent: { given: true, source: 'договір' },
      manager: 'Оксана Демченко',
      tags: ['опт'],
      historyCount: null,
      messageCount: null,
      currency: 'UAH',
    });
    expect(card?.timeline).toHaveLength(50);
    expect(card?.timeline[0]).toMatchObject({ kind: 'note', title: 'Хоче знижку на 100 мішків' });
    expect(card?.timeline.filter((e) => e.kind === 'deal').map((e) => e.dealStatus)).toEqual([
      'open',
      'won',
      'open',
    ]);
    expect(card?.openTasks.map((t) => t.title)).toEqual(['Передзвонити', later.title]);
    expect(card?.deals.map((d) => [d.title, d.status])).toEqual([
      ['Осінь', 'open'],
      ['Весна', 'won'],
    ]);
    expect(card?.stages.map((s) => s.id)).toContain('key');
  });

  it('walks a very long history backwards by date and keeps other people out', async () => {
    db = freshDb();
    const olena = await seedOlena();
    const other = personId('someone-else');
    const rows = Array.from({ length: 1200 }, (_, n) => email(n, olena.id, NOW - (1200 - n) * H));
    rows.push(email(1, other, NOW));
    await db.interactions.bulkAdd(rows);
    const card = await cardForAddress(db, 'olena@gmail.com', testSettings());
    expect(card?.historyCount).toBeNull();
    expect(await countInteractionsForPerson(db, olena.id)).toBe(1200);
    expect(card?.timeline).toHaveLength(50);
    expect(card?.timeline[0]?.title).toBe('Лист 1199');
    expect(card?.timeline.every((e) => e.title.startsWith('Лист'))).toBe(true);
  });

  it('follows a merge to the surviving person', async () => {
    db = freshDb();
    const olena = await seedOlena();
    const old = await createPerson(
      db,
      { displayName: 'O. Koval', emails: ['o.koval@old.example'] },
      testSettings(),
      NOW,
    );
    if (!old.ok) throw new Error('seed');
    await db.people.update(old.person.id, { mergedInto: olena.id });
    expect((await cardForAddress(db, 'o.koval@old.example', testSettings()))?.personId).toBe(olena.id);
  });

  it('is live: a note, a task or a deal added elsewhere shows without reopening', async () => {
    db = freshDb();
    const olena = await seedOlena();
    const seen: (CardView | null)[] = [];
    const subscription = liveQuery(() =>
      cardForAddress(db, 'olena.koval@acme.com.ua', testSettings()),
    ).subscribe({
      next: (card) => seen.push(card),
    });
    const latest = () => seen.at(-1);
    try {
      await expect.poll(() => latest()?.displayName).toBe('Олена Коваль');
      await addNote(db, olena.id, 'Нотатка з сайдбара', NOW);
      await expect.poll(() => latest()?.timeline[0]?.title).toBe('Нотатка з сайдбара');
      await addTask(db, { personId: olena.id, title: 'Передзвонити', due: NOW + H }, NOW);
      await expect.poll(() => latest()?.openTasks.map((t) => t.title)).toEqual(['Передзвонити']);
      await addDeal(db, { personId: olena.id, title: 'Осінь' }, NOW);
      await expect.poll(() => latest()?.deals.map((d) => d.title)).toEqual(['Осінь']);
    } finally {
      subscription.unsubscribe();
    }
  });
});
