// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
// A Telegram export logged with a person: one message is one record whichever way it came — the same file twice,
// result.json over messages Telegram Web already logged (the same key), the HTML pages over result.json and back
// (no chat id in HTML: the minute, direction and text tell).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { ChatSnapshot } from '../../../core/chat';
import { exportedMessages, readTelegramJson, type ExportChat } from '../../../core/parse/telegram-export';
import { readTelegramHtml } from '../../../core/parse/telegram-export-html';
import { readExportPage } from '../../../components/sidebar/paste/read-export-html';
import type { KartkaDB } from '../../../storage/db';
import { interactionsForPerson } from '../../../storage/interactions';
import { logChat } from '../../../storage/log-chat';
import { logPasted } from '../../../storage/log-pasted';
import { createPerson } from '../../../storage/people';
import { freshDb, NOW, testSettings } from './helpers';

const DIR = join(__dirname, '../../files/telegram-export');
const file = (path: string) => readFileSync(join(DIR, path), 'utf8');

function only(read: ReturnType<typeof readTelegramJson>): ExportChat {
  if (!read.ok || !read.chats[0]) throw new Error('not read');
  return read.chats[0];
}
const json = () => only(readTelegramJson(file('olena/result.json'), 'result.json'));
const html = () =>
  only(
    readTelegramHtml([
      readExportPage('messages.html', file('html/messages.html')),
      readExportPage('messages2.html', file('html/messages2.html')),
    ]),
  );

let db: KartkaDB;
afterEach(async () => {
  await db.delete();
});

async function olena() {
  const written = await createPerson(
    db,
    {
      displayName: 'Олена Коваль',
      handles: [{ kind: 'telegram', value: '5012345678' }],
      stage: { stage: 'regular', reason: 'x', setBy: 'hand', since: 0 },
    },
    testSettings(),
    NOW,
  );
  if (!written.ok) throw new Error(JSON.stringify(written.problems));
  return written.person;
}

describe('a Telegram export logged with a person', () => {
  test('result.json twice: the second time adds nothing; keyed and threaded as Telegram Web’s messages', async () => {
    db = freshDb();
    const person = await olena();
    const chat = json();
    const messages = exportedMessages(chat, chat.me);
    expect(await logPasted(db, person.id, 'telegram', messages, NOW)).toEqual({
      added: 10,
      alreadyLogged: 0,
    });
    expect(await logPasted(db, person.id, 'telegram', messages, NOW)).toEqual({
      added: 0,
      alreadyLogged: 10,
    });
    const rows = await interactionsForPerson(db, person.id, 50);
    expect(rows).toHaveLength(10);
    const last = rows[0];
    expect(last).toMatchObject({
      providerKey: 'telegram:5012345678:1039',
      threadKey: 'telegram:5012345678',
      direction: 'incoming',
      source: 'paste',
      snippet: 'Можете надіслати рахунок? (#40)',
      subject: 'Telegram message (exported)',
    });
    expect(rows.filter((r) => r.direction === 'outgoing')).toHaveLength(4);
  });

  test('result.json over messages Telegram Web logged: those are already there, the rest is added once', async () => {
    db = freshDb();
    const person = await olena();
    const web: ChatSnapshot = {
      messenger: 'telegram',
      client: 'telegram-k',
      peer: { kind: 'user', id: '5012345678', title: 'Олена Коваль' },
      // The page shows other times (its own clock) and the text as it renders: the key alone must meet them.
      messages: [1037, 1038, 1039].map((id) => ({
        id: String(id),
        direction: id === 1038 ? 'outgoing' : 'incoming',
        at: NOW - (1040 - id) * 60_000,
        text: `page text ${id}`,
      })),
    };
    expect((await logChat(db, web, testSettings(), NOW, { manual: false })).added).toBe(3);
    const chat = json();
    expect(await logPasted(db, person.id, 'telegram', exportedMessages(chat, chat.me), NOW)).toEqual({
      added: 7,
      alreadyLogged: 3,
    });
    // And Telegram Web reading the chat again after the import adds nothing either.
    expect((await logChat(db, web, testSettings(), NOW, { manual: false })).added).toBe(0);
    expect(await interactionsForPerson(db, person.id, 50)).toHaveLength(10);
  });

  test('the HTML pages twice, then result.json, then the pages again: each message once', async () => {
    db = freshDb();
    const person = await olena();
    const pages = html();
    const fromHtml = exportedMessages(pages, 'Оксана Мельник');
    expect(await logPasted(db, person.id, 'telegram', fromHtml, NOW)).toEqual({
      added: 11,
      alreadyLogged: 0,
    });
    expect(await logPasted(db, person.id, 'telegram', fromHtml, NOW)).toEqual({
      added: 0,
      alreadyLogged: 11,
    });
    const chat = json();
    // result.json has all but message 1040 (the HTML export was made later).
    expect(await logPasted(db, person.id, 'telegram', exportedMessages(chat, chat.me), NOW)).toEqual({
      added: 0,
      alreadyLogged: 10,
    });
    expect(await logPasted(db, person.id, 'telegram', fromHtml, NOW)).toEqual({
      added: 0,
      alreadyLogged: 11,
    });
    expect(await interactionsForPerson(db, person.id, 50)).toHaveLength(11);
  });

  test('two identical messages in one minute, one of them logged from the page: the other is still added', async () => {
    db = freshDb();
    const person = await olena();
    const at = Date.UTC(2026, 2, 12, 12, 0, 5);
    const web: ChatSnapshot = {
      messenger: 'telegram',
      client: 'telegram-a',
      peer: { kind: 'user', id: '5012345678', title: 'Олена Коваль' },
      messages: [{ id: '71', direction: 'incoming', at, text: 'Ок' }],
    };
    await logChat(db, web, testSettings(), NOW, { manual: false });
    const exported = [71, 72].map((id) => ({
      at: at + (id - 71) * 20_000,
      direction: 'incoming' as const,
      author: 'Олена Коваль',
      text: 'Ок',
      key: `telegram:5012345678:${id}`,
    }));
    expect(await logPasted(db, person.id, 'telegram', exported, NOW)).toEqual({ added: 1, alreadyLogged: 1 });
  });
});
