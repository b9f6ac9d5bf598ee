// One record per message whichever way it arrived: page readings with stand-in keys, both mail sites, the
// Gmail API and Graph (as i18/i19 will feed them), and archive imports. Counts are asserted at each step.
import { afterEach, describe, expect, test } from 'vitest';
import { threadKey } from '../../../core/ids';
import type { LoggableMessage } from '../../../core/logging-policy';
import type { MessageSnapshot, ThreadSnapshot } from '../../../core/mail';
import type { KartkaDB } from '../../../storage/db';
import { importMbox } from '../../../storage/import-mail';
import { logMessages, logThread } from '../../../storage/interactions';
import { createPerson } from '../../../storage/people';
import { freshDb, ME, message, NOW, testSettings, thread } from './helpers';

let db: KartkaDB;
afterEach(async () => {
  await db.delete();
});

const OLENA = 'olena.koval@acme.com.ua';
const H = 3_600_000;
// Pages show whole minutes; the APIs and archives know the seconds.
const T1 = NOW - 5 * H;
const T2 = NOW - 4 * H;
const SECONDS = 37_000;
const CONV = 'AAQkADAwATM0MDAAMS1iNmQ0LTg2YjAtMDACLTAwCgAQAN+/zGx0aF1Kk0yC0t2N4=';
const ITEM = 'AAMkADAwATM0MDAAMS1iNmQ0LTg2YjAtMDACLTAwCgBGAAAD/0x1AAA=';
const GRAPH_ID = 'AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A_immutable_1';

async function seed() {
  db = freshDb();
  const p = await createPerson(db, { displayName: 'Олена Коваль', emails: [OLENA] }, testSettings(), NOW);
  if (!p.ok) throw new Error('seed');
}

const count = () => db.interactions.count();
const rows = () => db.interactions.toArray();

function outlook(messages: MessageSnapshot[], threadId = CONV): ThreadSnapshot {
  return { provider: 'outlook', threadId, subject: 'Комерційна пропозиція', account: ME, messages };
}

/** A message as the Gmail API or Graph gives it, fed through the logging path the way i18/i19 will. */
function apiMessage(key: string, thread: string, from: string, to: string[], at: number, rfc: string) {
  return {
    providerKey: key,
    rfcMessageId: rfc,
    threadKey: threadKey(key.split(':')[0] ?? '', thread),
    from: { address: from, name: '' },
    to: to.map((address) => ({ address, name: '' })),
    cc: [],
    subject: 'Re: Комерційна пропозиція',
    date: at,
    attachmentNames: [],
  } satisfies LoggableMessage;
}

function mbox(messages: { from: string; to: string; at: number; id: string }[]): AsyncIterable<Uint8Array> {
  const text = messages
    .map(
      (m) =>
        `From x@y ${new Date(m.at).toUTCString()}\nFrom: ${m.from}\nTo: ${m.to}\nSubject: Re: Комерційна пропозиція\n` +
        `Date: ${new Date(m.at).toUTCString()}\nMessage-ID: <${m.id}>\n\nТекст\n`,
    )
    .join('\n');
  const bytes = new TextEncoder().encode(text);
  return (async function* () {
    yield bytes;
  })();
}

describe('Gmail: a just-sent reply', () => {
  test('read under msg-a:, then under its hex id once synced: one record, rekeyed; both keys find it', async () => {
    await seed();
    const sent = (id: string) => message(id, ME, [OLENA], T2);
    const first = await logThread(
      db,
      thread('19f8a', [message('19f8a', OLENA, [ME], T1), sent('msg-a:r-27')]),
      testSettings(),
      NOW,
    );
    expect(first).toMatchObject({ added: 2 });
    const synced = await logThread(
      db,
      thread('19f8a', [message('19f8a', OLENA, [ME], T1), sent('19f8b')]),
      testSettings(),
      NOW,
    );
    expect(synced).toMatchObject({ added: 0, alreadyLogged: 2 });
    expect(await count()).toBe(2);
    const reply = (await rows()).find((r) => r.direction === 'outgoing');
    expect(reply).toMatchObject({ providerKey: 'gmail:19f8b', aliasKeys: ['gmail:msg-a:r-27'] });
    expect(reply?.provisionalKey).toBeUndefined();
    expect(synced.decisions[1]?.interactionId).toBe(first.decisions[1]?.interactionId);
    // An old tab still showing the stand-in finds the same record through the alias.
    expect(await logThread(db, thread('19f8a', [sent('msg-a:r-27')]), testSettings(), NOW)).toMatchObject({
      added: 0,
    });
    expect(await count()).toBe(2);
  });
});

describe('Outlook: conversation view on and off, then Graph', () => {
  test('positional keys, the item id and the Graph id are one record; a message arriving on top shifts nothing', async () => {
    await seed();
    const incoming = (id: string, extra: Partial<MessageSnapshot> = {}) =>
      message(id, OLENA, [ME], T1, extra);
    // Conversation view: no ids, only positions; the collapsed reading shows no recipients.
    await logThread(
      db,
      outlook([incoming(`${CONV}#0`, { to: [], expanded: false }), message(`${CONV}#1`, ME, [OLENA], T2)]),
      testSettings(),
      NOW,
    );
    expect(await count()).toBe(2);
    expect((await rows()).every((r) => r.providerKey === undefined && r.fingerprint)).toBe(true);
    // Newest on top: a new message takes index 0 and moves the others down.
    const newer = message(`${CONV}#0`, OLENA, [ME], NOW - H);
    const shifted = await logThread(
      db,
      outlook([newer, incoming(`${CONV}#1`), message(`${CONV}#2`, ME, [OLENA], T2)]),
      testSettings(),
      NOW,
    );
    expect(shifted).toMatchObject({ added: 1, alreadyLogged: 2 });
    expect(await count()).toBe(3);
    // The expanded reading gave the first message its recipients.
    const first = (await rows()).find((r) => r.at === T1);
    expect(first?.participants.map((p) => `${p.role}:${p.address}`)).toEqual([`from:${OLENA}`, `to:${ME}`]);
    // Conversation view off: one item, its id from the URL.
    expect(await logThread(db, outlook([incoming(ITEM)]), testSettings(), NOW)).toMatchObject({
      added: 0,
      alreadyLogged: 1,
    });
    expect(await db.interactions.where('providerKey').equals(`outlook:${ITEM}`).first()).toMatchObject({
      at: T1,
      provisionalKey: true,
    });
    // Graph (ImmutableId, URL-safe base64), matched by conversation + time: it takes over the key and the exact time.
    const graph = apiMessage(
      `outlook:${GRAPH_ID}`,
      CONV.replace(/\+/g, '-').replace(/\//g, '_'),
      OLENA,
      [ME],
      T1 + SECONDS,
      'CAF1@acme.com.ua',
    );
    expect(await logMessages(db, [graph], testSettings(), NOW, 'graph')).toMatchObject({
      added: 0,
      alreadyLogged: 1,
    });
    const synced = await db.interactions.where('rfcMessageId').equals('CAF1@acme.com.ua').first();
    expect(synced).toMatchObject({
      providerKey: `outlook:${GRAPH_ID}`,
      aliasKeys: [`outlook:${ITEM}`],
      at: T1 + SECONDS,
      threadKey: `outlook:${CONV}`,
    });
    expect(synced?.provisionalKey).toBeUndefined();
    expect(synced?.pageDated).toBeUndefined();
    // With its Message-ID it leaves the sparse index of records an API message may still be.
    expect(synced?.looseFingerprint).toBeUndefined();
    expect(synced?.fingerprint).toMatch(/\|olena\.koval@acme\.com\.ua$/);
    // Every way back finds it: the page in either view, Graph again.
    for (const view of [`${CONV}#1`, ITEM])
      expect(await logThread(db, outlook([incoming(view)]), testSettings(), NOW)).toMatchObject({ added: 0 });
    expect(await logMessages(db, [graph], testSettings(), NOW, 'graph')).toMatchObject({ added: 0 });
    expect(await count()).toBe(3);
  });
});

describe('across sources', () => {
  test('Gmail, then the same mail forwarded into Outlook, then the Gmail API, then an mbox: one record', async () => {
    await seed();
    await logThread(db, thread('19f8a', [message('19f8a', OLENA, [ME], T1)]), testSettings(), NOW);
    const fromOutlook = await logThread(
      db,
      outlook([message(`${CONV}#0`, OLENA, [ME], T1)]),
      testSettings(),
      NOW,
    );
    expect(fromOutlook).toMatchObject({ added: 0, alreadyLogged: 1 });
    const api = apiMessage('gmail:19f8a', '19f8a', OLENA, [ME], T1 + SECONDS, 'CAF1@acme.com.ua');
    expect(await logMessages(db, [api], testSettings(), NOW, 'gmail-api')).toMatchObject({ added: 0 });
    const imported = await importMbox(
      db,
      'all.mbox',
      mbox([{ from: OLENA, to: ME, at: T1 + SECONDS, id: 'CAF1@acme.com.ua' }]),
      {
        settings: testSettings(),
        now: NOW,
      },
    );
    expect(imported).toMatchObject({ logged: 0, duplicates: 1 });
    expect(await count()).toBe(1);
    expect((await rows())[0]).toMatchObject({
      providerKey: 'gmail:19f8a',
      rfcMessageId: 'CAF1@acme.com.ua',
      threadKey: 'gmail:19f8a',
      // The archive's References root is kept as another name of the thread.
      threadAliases: [`outlook:${CONV}`, 'rfc:CAF1@acme.com.ua'],
      at: T1 + SECONDS,
    });
  });

  test('an mbox first, then the page: the page finds the archive message and gives it its thread', async () => {
    await seed();
    const file = mbox([
      { from: OLENA, to: ME, at: T1 + SECONDS, id: 'CAF1@acme.com.ua' },
      { from: ME, to: OLENA, at: T2 + SECONDS, id: 'CAF2@kartka.ua' },
    ]);
    expect(await importMbox(db, 'all.mbox', file, { settings: testSettings(), now: NOW })).toMatchObject({
      logged: 2,
    });
    const page = thread('19f8a', [message('19f8a', OLENA, [ME], T1), message('19f8b', ME, [OLENA], T2)]);
    expect(await logThread(db, page, testSettings(), NOW)).toMatchObject({ added: 0, alreadyLogged: 2 });
    expect(await count()).toBe(2);
    for (const r of await rows()) {
      expect(r.threadKey).toBe('gmail:19f8a');
      expect(r.threadAliases?.[0]).toMatch(/^rfc:/);
      expect(r.pageDated).toBeUndefined();
      expect(r.at % 60_000).toBe(SECONDS);
    }
    expect(await logThread(db, page, testSettings(), NOW)).toMatchObject({ added: 0 });
  });

  test('different messages stay apart: one sender, one minute, other ids, recipients or subject', async () => {
    await seed();
    const page = thread('19f8a', [
      message('19f8a', OLENA, [ME], T1),
      // A correction sent the same minute: another Gmail id.
      message('19f8b', OLENA, [ME], T1),
    ]);
    expect(await logThread(db, page, testSettings(), NOW)).toMatchObject({ added: 2 });
    const api = (key: string, to: string[], rfc: string) =>
      apiMessage(key, '19f9', OLENA, to, T1 + SECONDS, rfc);
    const other = await logMessages(
      db,
      [
        api('gmail:19f9a', [ME], 'x1@acme'),
        { ...api('gmail:19f9b', ['jane@acme.example'], 'x2@acme'), threadKey: threadKey('gmail', '19fa') },
      ],
      testSettings(),
      NOW,
      'gmail-api',
    );
    expect(other).toMatchObject({ added: 2, alreadyLogged: 0 });
    // The two page messages each take one of two archive copies, never both the same one.
    const archive = await importMbox(
      db,
      'a.mbox',
      mbox([
        { from: OLENA, to: ME, at: T1 + 1000, id: 'p1@acme' },
        { from: OLENA, to: ME, at: T1 + 2000, id: 'p2@acme' },
      ]),
      { settings: testSettings(), now: NOW },
    );
    expect(archive.duplicates + archive.logged).toBe(2);
    expect(await count()).toBe(4 + archive.logged);
  });
});
