// A card even when the page cannot be read: a thread the base knows (logged, imported, synced) is shown from the
// base, marked so; a thread it does not know gives nothing (the sidebar keeps the notice), never another thread.
import { afterEach, describe, expect, test } from 'vitest';
import { contextWithoutPage, type ThreadFallback } from '../../../entrypoints/background/thread-fallback';
import type { KartkaDB } from '../../../storage/db';
import { importMbox } from '../../../storage/import-mail';
import { logThread } from '../../../storage/interactions';
import { createPerson } from '../../../storage/people';
import { freshDb, ME, message, NOW, testSettings, thread } from '../storage/helpers';

let db: KartkaDB;
afterEach(async () => {
  await db.delete();
});

const OLENA = 'olena.koval@acme.com.ua';
const H = 3_600_000;
const CONV = 'AAQkADAwATM0MDAAMS1iNmQ0LTg2YjAtMDACLTAwCgAQAN+/zGx0aF1Kk0yC0t2N4=';
const ITEM = 'AAMkADAwATM0MDAAMS1iNmQ0LTg2YjAtMDACLTAwCgBGAAAD/0x1AAA=';
const problem = {
  reason: 'Gmail thread view changed: hooks not found',
  details: { missing: 'subject,message' },
};
const input = (provider: 'gmail' | 'outlook', threadId: string, account: string | null = ME) => ({
  db,
  thread: { provider, threadId, account },
  settings: testSettings({ ownAddresses: [] }),
  now: NOW,
  problem,
});

async function seed() {
  db = freshDb();
  const p = await createPerson(db, { displayName: 'Олена Коваль', emails: [OLENA] }, testSettings(), NOW);
  if (!p.ok) throw new Error('seed');
}

describe('from the base', () => {
  test('a Gmail thread logged before: its correspondents, the main one, its subject; marked as read from the base', async () => {
    await seed();
    await logThread(
      db,
      thread(
        '19f8a',
        [
          message('19f8a', OLENA, [ME], NOW - 2 * H),
          message('19f8b', ME, [OLENA, 'jane@partner.example'], NOW - H),
        ],
        'Рахунок',
      ),
      testSettings(),
      NOW,
    );
    const before = await db.interactions.count();
    const context = await contextWithoutPage(input('gmail', '19f8a'));
    expect(context).toMatchObject({
      status: 'thread',
      threadKey: 'gmail:19f8a',
      readFrom: 'base',
      main: OLENA,
      subject: 'Рахунок',
      pending: false,
      added: 0,
      decisions: [],
      pageProblem: problem,
    });
    expect(context?.status === 'thread' && context.correspondents.map((c) => c.address)).toEqual([
      OLENA,
      'jane@partner.example',
    ]);
    // Without the page's account, the sender of the thread's outgoing mail still counts as me.
    expect(await contextWithoutPage(input('gmail', '19f8a', null))).toMatchObject({ main: OLENA });
    expect(await db.interactions.count()).toBe(before);
  });

  test('Outlook: by the conversation, or by the item id in the URL (conversation view off)', async () => {
    await seed();
    const outlook = (id: string) => ({
      ...thread(CONV, [message(id, OLENA, [ME], NOW - H)]),
      provider: 'outlook' as const,
    });
    await logThread(db, outlook(ITEM), testSettings(), NOW);
    expect(await contextWithoutPage(input('outlook', CONV))).toMatchObject({
      threadKey: `outlook:${CONV}`,
      main: OLENA,
    });
    // Graph's URL-safe form of the same conversation id names the same thread.
    const restForm = CONV.replace(/\+/g, '-').replace(/\//g, '_');
    expect(await contextWithoutPage(input('outlook', restForm))).toMatchObject({
      threadKey: `outlook:${CONV}`,
    });
    expect(await contextWithoutPage(input('outlook', ITEM))).toMatchObject({
      threadKey: `outlook:${CONV}`,
      main: OLENA,
    });
  });

  test('an imported thread the page then named: found under the thread name the page gave it', async () => {
    await seed();
    const mbox = `From x@y Mon Mar 10 08:00:00 2025\nFrom: ${OLENA}\nTo: ${ME}\nSubject: Замовлення\nDate: ${new Date(NOW - H).toUTCString()}\nMessage-ID: <a1@acme>\n\nТекст\n`;
    await importMbox(
      db,
      'a.mbox',
      (async function* () {
        yield new TextEncoder().encode(mbox);
      })(),
      { settings: testSettings(), now: NOW },
    );
    expect(await contextWithoutPage(input('gmail', '19f8c'))).toBeNull();
    await logThread(
      db,
      thread('19f8c', [message('19f8c', OLENA, [ME], NOW - H)], 'Замовлення'),
      testSettings(),
      NOW,
    );
    expect(await db.interactions.count()).toBe(1);
    expect(await contextWithoutPage(input('gmail', '19f8c'))).toMatchObject({
      threadKey: 'gmail:19f8c',
      main: OLENA,
    });
  });

  test('a thread the base does not know: nothing (the notice stays), whatever else the base holds', async () => {
    await seed();
    await logThread(db, thread('19f8a', [message('19f8a', OLENA, [ME], NOW - H)]), testSettings(), NOW);
    expect(await contextWithoutPage(input('gmail', '19f8ffff00000000'))).toBeNull();
    expect(await contextWithoutPage(input('outlook', 'AAQkUNKNOWN='))).toBeNull();
  });

  test('the seam: fallbacks are asked in order; the first answer wins (the Gmail API goes after the base)', async () => {
    await seed();
    const asked: string[] = [];
    const none: ThreadFallback = () => {
      asked.push('none');
      return Promise.resolve(null);
    };
    const api: ThreadFallback = ({ thread: t, now }) => {
      asked.push('api');
      return Promise.resolve({
        status: 'thread',
        threadKey: `gmail:${t.threadId}`,
        subject: '',
        provider: 'gmail',
        correspondents: [],
        main: null,
        pending: false,
        added: 0,
        alreadyLogged: 0,
        decisions: [],
        at: now,
      });
    };
    expect(await contextWithoutPage(input('gmail', '19f8d'), [none, api, none])).toMatchObject({
      threadKey: 'gmail:19f8d',
    });
    expect(asked).toEqual(['none', 'api']);
  });
});
