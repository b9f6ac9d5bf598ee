import { describe, expect, it } from 'vitest';
import { importEmlFiles, importMbox } from '../../../storage/import-mail';
import { chunked, freshDb, ME, NOW, testSettings, utf8 } from './helpers';

const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');
// "Привіт" in UTF-8, split after the first byte of "и": each encoded word alone is not valid UTF-8.
const PRYVIT = [0xd0, 0x9f, 0xd1, 0x80, 0xd0, 0xb8, 0xd0, 0xb2, 0xd1, 0x96, 0xd1, 0x82];
const SPLIT_SUBJECT = `=?UTF-8?B?${b64(PRYVIT.slice(0, 5))}?=\r\n =?UTF-8?B?${b64(PRYVIT.slice(5))}?=`;

function message(
  n: number,
  from: string,
  to: string,
  extra: string[] = [],
  subject = `Рахунок ${n}`,
): string {
  return [
    `From ${from.replace(/.*</u, '').replace(/>.*/u, '')} Mon Mar 03 10:0${n % 10}:00 2025`,
    `Message-ID: <msg-${n}@mail.example>`,
    `Date: Mon, 3 Mar 2025 10:0${n % 10}:00 +0200`,
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    ...extra,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Добрий день! Надсилаю рахунок.',
    '>From the archive: a quoted line',
    '',
  ].join('\r\n');
}

const MBOX = [
  message(
    1,
    `Іван Петренко <${ME}>`,
    '=?windows-1251?Q?=CE=EB=E5=ED=E0_=CA=EE=E2=E0=EB=FC?= <olena@alfa.ua>',
    [],
    SPLIT_SUBJECT,
  ),
  message(2, 'olena@alfa.ua', ME),
  message(3, 'news@shop.ua', ME, ['List-Unsubscribe: <mailto:unsub@shop.ua>']),
  message(4, 'olena@alfa.ua', ME, ['Precedence: bulk']),
  message(5, 'stranger@somewhere.ua', ME),
  message(6, 'olena@alfa.ua', ME).replace(/Date: .*\r\n/u, 'Date: 32 Foo 2025\r\n'),
].join('\r\n');

describe('mbox import', () => {
  it('logs by the live policy, decodes split encoded words, and a second import adds nothing', async () => {
    const db = freshDb();
    const settings = testSettings();
    const progress: number[] = [];
    const first = await importMbox(db, 'All mail.mbox', chunked(utf8(MBOX), 97), {
      settings,
      now: NOW,
      onProgress: (p) => progress.push(p.bytes),
    });
    expect(first).toMatchObject({
      messages: 6,
      logged: 2,
      duplicates: 0,
      skipped: 3,
      problems: 1,
      peopleCreated: 1,
      aborted: false,
    });
    expect(first.skippedReasons).toEqual({
      'bulk mail (List-Unsubscribe)': 1,
      'bulk mail (Precedence: bulk)': 1,
      'stranger@somewhere.ua is not in your base; new people are added from mail you send': 1,
    });
    // Each reason keeps its code and figures, so the report says it in the reader's language.
    expect(first.skippedBecause).toEqual({
      'bulk mail (List-Unsubscribe)': { code: 'bulk-list' },
      'bulk mail (Precedence: bulk)': { code: 'bulk-precedence', params: { value: 'bulk' } },
      'stranger@somewhere.ua is not in your base; new people are added from mail you send': {
        code: 'create-on-sent',
        params: { address: 'stranger@somewhere.ua' },
      },
    });
    expect(first.problemList).toEqual([
      {
        file: 'All mail.mbox',
        message: 6,
        reason:
          "Message 6 'Рахунок 6' <msg-6@mail.example>: its Date '32 Foo 2025' is not a valid date; not logged",
        because: {
          code: 'mail.messageSubject',
          params: { number: '6', subject: 'Рахунок 6', id: ' <msg-6@mail.example>' },
          parts: [
            {
              reason: "its Date '32 Foo 2025' is not a valid date; not logged",
              because: { code: 'mail.badDate', params: { date: '32 Foo 2025' } },
            },
          ],
        },
      },
    ]);
    expect(progress.at(-1)).toBe(utf8(MBOX).length);

    const olena = await db.people.where('emails').equals('olena@alfa.ua').first();
    expect(olena?.displayName).toBe('Олена Коваль');
    const sent = await db.interactions.where('rfcMessageId').equals('msg-1@mail.example').first();
    expect(sent).toMatchObject({
      subject: 'Привіт',
      direction: 'outgoing',
      source: 'import',
      personIds: [olena?.id],
    });

    const second = await importMbox(db, 'All mail.mbox', chunked(utf8(MBOX), 4096), {
      settings,
      now: NOW + 1,
    });
    expect(second).toMatchObject({ logged: 0, duplicates: 2, skipped: 3, problems: 1 });
    expect(await db.interactions.count()).toBe(2);
    expect(await db.people.count()).toBe(1);
  });

  it('refuses a file that is not an mbox, and stops when cancelled', async () => {
    const db = freshDb();
    const notMbox = await importMbox(db, 'photo.mbox', chunked(utf8('\x89PNG\r\n\x1a\n....'), 64), {
      settings: testSettings(),
      now: NOW,
    });
    expect(notMbox.problemList[0]?.reason).toMatch(/photo\.mbox does not start with a "From " line/u);

    const controller = new AbortController();
    controller.abort();
    const cancelled = await importMbox(db, 'a.mbox', chunked(utf8(MBOX), 64), {
      settings: testSettings(),
      now: NOW,
      signal: controller.signal,
    });
    expect(cancelled).toMatchObject({ aborted: true, logged: 0 });
    expect(await db.interactions.count()).toBe(0);
  });
});

describe('.eml import', () => {
  it('imports several files, each once, under the same idempotency as the mbox', async () => {
    const db = freshDb();
    const settings = testSettings();
    const eml = (n: number) =>
      utf8(message(n, `Іван Петренко <${ME}>`, 'olena@alfa.ua').replace(/^From .*\r\n/u, ''));
    const files = [1, 2, 7].map((n) => ({ name: `letter-${n}.eml`, bytes: () => Promise.resolve(eml(n)) }));
    const r = await importEmlFiles(db, files, { settings, now: NOW });
    expect(r).toMatchObject({ messages: 3, logged: 3, problems: 0 });
    const mbox = await importMbox(db, 'All mail.mbox', chunked(utf8(MBOX), 1000), { settings, now: NOW });
    expect(mbox.duplicates).toBe(2);
    expect(mbox.logged).toBe(0);
    expect(await db.interactions.count()).toBe(3);
  });
});
