import { afterEach, describe, expect, test } from 'vitest';
import type { LoggableMessage } from '../../../core/logging-policy';
import { createCompany } from '../../../storage/companies';
import type { KartkaDB } from '../../../storage/db';
import {
  countInteractionsForPerson,
  interactionsForCompany,
  interactionsForPerson,
  interactionsForThread,
  logMessages,
  logThread,
} from '../../../storage/interactions';
import { withContact } from '../../../storage/last-contact';
import { createPerson, findPersonByAddress } from '../../../storage/people';
import { freshDb, ME, message, NOW, testSettings, thread } from './helpers';

let db: KartkaDB;
afterEach(async () => {
  await db.delete();
});

const H = 3_600_000;
const olenaThread = () =>
  thread('19f82b4e90a11791', [
    message('19f82b4e90a11791', 'olena.koval@acme.com.ua', [ME], NOW - 5 * H, {
      rfcMessageId: '<CAF1@mail.acme.com.ua>',
      snippet: 'Добрий день, надсилаю рахунок',
    }),
    message('19f82b4e90a11792', ME, ['olena.koval@acme.com.ua'], NOW - 4 * H, {
      attachmentNames: ['Договір №12.pdf'],
    }),
    message('19f82b4e90a11793', 'olena.koval@acme.com.ua', [ME, 'maria@kartka.ua'], NOW - H),
  ]);

async function seedOlena() {
  const c = await createCompany(db, { name: 'ТОВ «Акме»', domains: ['acme.com.ua'] }, NOW);
  const p = await createPerson(
    db,
    {
      displayName: 'Олена Коваль',
      emails: ['olena.koval@acme.com.ua'],
      stage: { stage: 'regular', reason: '3 orders', setBy: 'rule', since: NOW },
    },
    testSettings(),
    NOW,
  );
  if (!c.ok || !p.ok) throw new Error('seed');
  return { company: c.company, person: p.person };
}

describe('logThread', () => {
  test('logs a client thread with reasons, links people and companies, and is idempotent', async () => {
    db = freshDb();
    const { person, company } = await seedOlena();
    const personBefore = await db.people.get(person.id);
    const first = await logThread(db, olenaThread(), testSettings(), NOW);
    expect(first).toMatchObject({
      threadKey: 'gmail:19f82b4e90a11791',
      added: 3,
      alreadyLogged: 0,
      main: 'olena.koval@acme.com.ua',
    });
    expect(first.decisions.map((d) => d.reason)).toEqual(Array(3).fill('logged: Олена Коваль is a client'));
    expect(first.correspondents).toEqual([
      { address: 'olena.koval@acme.com.ua', name: 'Олена Коваль', personId: person.id, isNew: false },
    ]);
    const history = await interactionsForPerson(db, person.id, 10);
    expect(history.map((i) => i.direction)).toEqual(['incoming', 'outgoing', 'incoming']);
    expect(history[1]).toMatchObject({
      attachmentNames: ['Договір №12.pdf'],
      companyIds: [company.id],
      threadKey: 'gmail:19f82b4e90a11791',
    });
    expect(history[2]).toMatchObject({
      rfcMessageId: 'CAF1@mail.acme.com.ua',
      providerKey: 'gmail:19f82b4e90a11791',
    });
    // The date goes to the narrow lastContact table; the person and company rows are not rewritten.
    expect(await db.people.get(person.id)).toEqual(personBefore);
    expect((await db.people.get(person.id))?.lastContactAt).toBeUndefined();
    expect((await db.companies.get(company.id))?.lastContactAt).toBeUndefined();
    expect(await db.lastContact.bulkGet([person.id, company.id])).toMatchObject([
      { id: person.id, at: NOW - H },
      { id: company.id, at: NOW - H },
    ]);
    expect((await withContact(db, await db.people.get(person.id)))?.lastContactAt).toBe(NOW - H);

    const again = await logThread(db, olenaThread(), testSettings(), NOW + 1);
    expect(again).toMatchObject({ added: 0, alreadyLogged: 3 });
    expect(again.decisions.every((d) => d.logged && d.reason.endsWith('(already in the base)'))).toBe(true);
    expect(again.decisions.map((d) => d.interactionId)).toEqual(first.decisions.map((d) => d.interactionId));
    expect(await countInteractionsForPerson(db, person.id)).toBe(3);
    expect(await interactionsForThread(db, first.threadKey)).toHaveLength(3);
    expect(await interactionsForCompany(db, company.id, 2)).toHaveLength(2);
  });

  test('the same Message-ID seen through another provider key is not added again', async () => {
    db = freshDb();
    await seedOlena();
    await logThread(db, olenaThread(), testSettings(), NOW);
    const fromApi: LoggableMessage = {
      providerKey: 'gmail-api:18c2aa0000000001',
      rfcMessageId: 'CAF1@mail.acme.com.ua',
      from: { address: 'olena.koval@acme.com.ua', name: '' },
      to: [{ address: ME, name: '' }],
      cc: [],
      subject: 'Комерційна пропозиція',
      date: NOW - 5 * H,
      attachmentNames: [],
    };
    const r = await logMessages(
      db,
      [fromApi, { ...fromApi, providerKey: 'import:mbox-1' }],
      testSettings(),
      NOW,
      'import',
    );
    expect(r).toMatchObject({ added: 0, alreadyLogged: 2 });
    expect(await db.interactions.count()).toBe(3);
  });

  test('replying to someone new creates them (sent mail), and their earlier message is logged too', async () => {
    db = freshDb();
    const snap = thread('t-new', [
      message('m1', 'Andriy.Melnyk@Beta.ua', [ME], NOW - 3 * H, {
        from: { address: 'Andriy.Melnyk@Beta.ua', name: 'Андрій Мельник' },
      }),
      message('m2', ME, ['andriy.melnyk@beta.ua', 'noreply@beta.ua'], NOW - 2 * H),
    ]);
    const r = await logThread(db, snap, testSettings(), NOW);
    expect(r.added).toBe(2);
    expect(r.decisions[1]?.reason).toBe(
      'logged: new correspondent andriy.melnyk@beta.ua (you wrote to them)',
    );
    expect(r.decisions[0]?.reason).toBe('logged: Андрій Мельник is in your contacts');
    expect(r.correspondents).toMatchObject([
      { address: 'andriy.melnyk@beta.ua', name: 'Андрій Мельник', isNew: true },
      { address: 'noreply@beta.ua', isNew: false },
    ]);
    const andriy = await findPersonByAddress(db, 'andriy.melnyk@beta.ua', testSettings());
    expect(andriy).toMatchObject({ displayName: 'Андрій Мельник', lastContactAt: NOW - 2 * H });
    expect(await findPersonByAddress(db, 'noreply@beta.ua', testSettings())).toBeUndefined();
    expect(r.main).toBe('andriy.melnyk@beta.ua');
  });

  test('an unknown sender under clients-only is not logged, with the reason', async () => {
    db = freshDb();
    const s = testSettings();
    s.logging.mode = 'clients-only';
    const r = await logThread(db, thread('t2', [message('m1', 'stranger@firm.ua', [ME], NOW)]), s, NOW);
    expect(r.decisions).toEqual([
      {
        providerMessageId: 'm1',
        logged: false,
        reason: 'not logged: no participant is a known client',
        because: { code: 'clients-only' },
      },
    ]);
    expect(r.correspondents).toEqual([{ address: 'stranger@firm.ua', name: '', isNew: false }]);
    expect(await db.interactions.count()).toBe(0);
  });
});

describe('logMessages', () => {
  test('2,500 messages in chunks: counts add up; a re-run adds nothing, also for messages without any id', async () => {
    db = freshDb();
    await seedOlena();
    const msgs: LoggableMessage[] = Array.from({ length: 2500 }, (_, i) => ({
      ...(i % 2 === 0 ? { rfcMessageId: `m${i}@acme.com.ua` } : {}),
      from: { address: i % 5 === 0 ? 'noreply@acme.com.ua' : 'olena.koval@acme.com.ua', name: 'Олена' },
      to: [{ address: ME, name: '' }],
      cc: [],
      subject: `Замовлення ${i}`,
      date: NOW - i * 60_000,
      attachmentNames: [],
    }));
    const r = await logMessages(db, msgs, testSettings(), NOW, 'import');
    expect(r).toMatchObject({ added: 2000, alreadyLogged: 0, notLogged: 500 });
    expect(r.decisions).toHaveLength(2500);
    expect(r.decisions[5]).toEqual({
      index: 5,
      logged: false,
      reason: 'not logged: only role addresses outside (noreply@acme.com.ua)',
      because: { code: 'role-only', params: { address: 'noreply@acme.com.ua' } },
    });
    const again = await logMessages(db, msgs, testSettings(), NOW, 'import');
    expect(again).toMatchObject({ added: 0, alreadyLogged: 2000, notLogged: 500 });
    expect(await db.interactions.count()).toBe(2000);
  });
});
