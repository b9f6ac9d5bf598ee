// @vitest-environment happy-dom
// The chat page adapters against the fake Telegram WebK/WebA and WhatsApp Web pages: the peer, the visible
// messages with their server ids (the same in both Telegram clients), dates, variants and broken layouts.
import { describe, expect, test } from 'vitest';
import type { ChatReading, ChatSnapshot } from '../../../core/chat';
import type { ChatPage } from '../../../integrations/chat-page';
import { webaPage } from '../../../integrations/telegram/weba';
import { webkPage } from '../../../integrations/telegram/webk';
import { parseDataId, parseMetaDate, whatsappPage, whatsappPeer } from '../../../integrations/whatsapp/read';
import {
  HOSTILE_CHAT_NAME,
  HOSTILE_CHAT_TEXT,
  telegramFakeBase,
  whatsappFakeBase,
} from '../../fakes/chat/sample-chats';
import type { FakeChatBase, FakeChatOptions } from '../../fakes/chat/types';
import { webaAppHtml, webaRenderedHtml } from '../../fakes/chat/weba-app';
import { webkAppHtml, webkHashOf, webkRenderedHtml } from '../../fakes/chat/webk-app';
import { whatsappRenderedHtml } from '../../fakes/chat/whatsapp-app';
import { loadPage } from './page';

const NOW = new Date(2026, 2, 12, 15, 30).getTime();
const tg = telegramFakeBase(NOW);
const wa = whatsappFakeBase(NOW);

function chatOf(reading: ChatReading): ChatSnapshot {
  if (reading.kind !== 'chat') throw new Error(`expected a chat, got ${JSON.stringify(reading)}`);
  return reading.chat;
}

async function readWebk(chatId: string | null, options: FakeChatOptions = {}, start?: number) {
  const hash = chatId ? webkHashOf(tg, chatId) : '';
  const { doc, url } = await loadPage(
    webkRenderedHtml(tg, chatId, options, NOW, start),
    `https://web.telegram.org/k/${hash}`,
  );
  return webkPage.read(doc, url, NOW);
}

async function readWeba(chatId: string | null, options: FakeChatOptions = {}, start?: number) {
  const { doc, url } = await loadPage(
    webaRenderedHtml(tg, chatId, options, NOW, start),
    `https://web.telegram.org/a/${chatId ? `#${chatId}` : ''}`,
  );
  return webaPage.read(doc, url, NOW);
}

async function readWhatsapp(base: FakeChatBase, chatId: string | null, options: FakeChatOptions = {}) {
  const { doc, url } = await loadPage(
    whatsappRenderedHtml(base, chatId, options, NOW),
    'https://web.whatsapp.com/',
  );
  return whatsappPage.read(doc, url, NOW);
}

const fake = (id: string) => tg.chats.find((c) => c.id === id);

describe('Telegram WebK', () => {
  test('a private chat with a username: peer from the hash and header, server ids, dates, text without the time', async () => {
    const chat = chatOf(await readWebk('5012345678'));
    expect(chat.peer).toEqual({
      kind: 'user',
      id: '5012345678',
      title: 'Олена Коваль',
      username: 'olena_koval',
    });
    // The window keeps 15 rows; the last one is still being sent (a fractional mid) and is not read.
    expect(chat.messages.map((m) => m.id)).toEqual(Array.from({ length: 14 }, (_, i) => String(1026 + i)));
    const last = fake('5012345678')?.messages[39];
    expect(chat.messages.at(-1)).toEqual({
      id: '1039',
      direction: 'outgoing',
      at: Math.floor((last?.at ?? 0) / 1000) * 1000,
      text: last?.text,
    });
  });

  test('a chat without a username: no username; the profile column adds the phone', async () => {
    expect(chatOf(await readWebk('6123456789')).peer).toEqual({
      kind: 'user',
      id: '6123456789',
      title: 'Тарас Шевченко',
    });
    expect(chatOf(await readWebk('6123456789', { profile: true, lang: 'uk' })).peer).toEqual({
      kind: 'user',
      id: '6123456789',
      title: 'Тарас Шевченко',
      phone: '+380 50 111 2233',
    });
  });

  test('a supergroup: channel-style mids map back to server ids, the peer to the -100 form, senders by id', async () => {
    const chat = chatOf(await readWebk('-1001987654321'));
    expect(chat.peer).toEqual({ kind: 'group', id: '-1001987654321', title: 'Зоря Агро · закупівлі' });
    expect(chat.messages.map((m) => [m.id, m.direction, m.sender])).toEqual([
      ['501', 'incoming', { id: '5012345678', name: 'Олена Коваль' }],
      ['502', 'incoming', { id: '5012345678', name: 'Олена Коваль' }],
      ['503', 'incoming', { id: '7234567890', name: 'Петро Новак' }],
      ['504', 'outgoing', undefined],
    ]);
  });

  test('a channel is a channel', async () => {
    const chat = chatOf(await readWebk('-1001122334455'));
    expect(chat.peer.kind).toBe('channel');
    expect(chat.peer.id).toBe('-1001122334455');
    expect(chat.messages.map((m) => m.id)).toEqual(['77', '78']);
  });

  test('no chat open; a mangled page is unreadable, with hook names and no content', async () => {
    expect(await readWebk(null)).toEqual({ kind: 'no-chat' });
    const broken = await readWebk('5012345678', { broken: true });
    expect(broken.kind).toBe('unreadable');
    expect(JSON.stringify(broken)).not.toContain('Олена');
  });

  test('markup in names and messages is read as text', async () => {
    const chat = chatOf(await readWebk('8345678901'));
    expect(chat.peer.title).toBe(HOSTILE_CHAT_NAME);
    expect(chat.messages[0]?.text).toBe(HOSTILE_CHAT_TEXT);
  });
});

describe('Telegram WebA', () => {
  test.each(['en', 'uk', 'ru'] as const)(
    '%s: ids, directions and dates from the day header and time',
    async (lang) => {
      const chat = chatOf(await readWeba('5012345678', { lang, profile: true }));
      expect(chat.peer).toEqual({
        kind: 'user',
        id: '5012345678',
        title: 'Олена Коваль',
        username: 'olena_koval',
        phone: '+380 67 123 4567',
      });
      const source = fake('5012345678')?.messages ?? [];
      for (const m of chat.messages) {
        const original = source.find((s) => String(s.id) === m.id);
        expect(m.at, `${m.id} ${m.dateText ?? ''}`).toBe(Math.floor((original?.at ?? 0) / 60_000) * 60_000);
        expect(m.direction).toBe(original?.out ? 'outgoing' : 'incoming');
      }
    },
  );

  test('the same chat reads to the same peer and server ids in WebK and WebA', async () => {
    for (const id of ['5012345678', '-1001987654321', '-1001122334455']) {
      const k = chatOf(await readWebk(id));
      const a = chatOf(await readWeba(id));
      expect(a.peer.id).toBe(k.peer.id);
      expect(a.peer.kind).toBe(k.peer.kind);
      expect(a.messages.map((m) => m.id)).toEqual(k.messages.map((m) => m.id));
    }
  });

  test('scrolled up, the rows in view are older ones: both clients still agree', async () => {
    const k = chatOf(await readWebk('5012345678', {}, 3));
    const a = chatOf(await readWeba('5012345678', {}, 3));
    expect(k.messages.map((m) => m.id)).toEqual(Array.from({ length: 15 }, (_, i) => String(1003 + i)));
    expect(a.messages.map((m) => m.id)).toEqual(k.messages.map((m) => m.id));
  });

  test('a group with senders; broken and empty pages', async () => {
    const chat = chatOf(await readWeba('-1001987654321'));
    expect(chat.messages[2]?.sender).toEqual({ id: '7234567890', name: 'Петро Новак' });
    expect(await readWeba(null)).toEqual({ kind: 'no-chat' });
    expect((await readWeba('5012345678', { broken: true })).kind).toBe('unreadable');
  });

  test('the live page opens the chat in its hash', async () => {
    const { window } = await loadPage(webaAppHtml(tg), 'https://web.telegram.org/a/#6123456789', true);
    const reading = webaPage.read(
      window.document as unknown as Document,
      new URL(window.location.href),
      Date.now(),
    );
    expect(chatOf(reading).peer.title).toBe('Тарас Шевченко');
  });
});

describe('WhatsApp Web', () => {
  test.each(['en', 'uk', 'ru'] as const)(
    '%s: the jid from the rows, hex ids, dates from the meta line',
    async (lang) => {
      const chat = chatOf(await readWhatsapp(wa, '380671234567@c.us', { lang, dark: lang === 'ru' }));
      expect(chat.peer).toEqual({ kind: 'user', id: '380671234567@c.us', title: 'Олена Коваль' });
      const source = wa.chats[0]?.messages ?? [];
      expect(chat.messages).toHaveLength(15);
      for (const m of chat.messages) {
        const original = source.find(
          (s) => `3EB0${s.id.toString(16).toUpperCase().padStart(16, '0')}` === m.id,
        );
        expect(m.at, m.dateText).toBe(Math.floor((original?.at ?? 0) / 60_000) * 60_000);
        expect(m.text).toBe(original?.text);
      }
    },
  );

  test('a privacy-id chat, a group with participants, and no chat open', async () => {
    expect(chatOf(await readWhatsapp(wa, '145678901234567@lid')).peer).toEqual({
      kind: 'user',
      id: '145678901234567@lid',
      title: 'Андрій Мельник',
    });
    const group = chatOf(await readWhatsapp(wa, '120363025246125486@g.us'));
    expect(group.peer.kind).toBe('group');
    expect(group.messages.map((m) => m.sender)).toEqual([
      { id: '380671234567@c.us', name: 'Олена Коваль' },
      { id: '380501112233@c.us', name: 'Тарас Шевченко' },
      undefined,
    ]);
    expect(await readWhatsapp(wa, null)).toEqual({ kind: 'no-chat' });
  });

  test('while the user has not asked to log, only who the chat is with is read', async () => {
    const { doc } = await loadPage(
      whatsappRenderedHtml(wa, '380671234567@c.us', {}, NOW),
      'https://web.whatsapp.com/',
    );
    expect(whatsappPeer(doc)).toEqual({
      kind: 'chat',
      chat: {
        messenger: 'whatsapp',
        client: 'whatsapp',
        peer: { kind: 'user', id: '380671234567@c.us', title: 'Олена Коваль' },
        messages: [],
      },
    });
  });

  test('rows without ids are a broken layout, not an empty chat', async () => {
    const broken = await readWhatsapp(wa, '380671234567@c.us', { broken: true });
    expect(broken).toMatchObject({ kind: 'unreadable', details: { missing: 'row', bubbles: '15' } });
  });

  test.each([
    ['false_380671234567@c.us_3EB0ABC123', { outgoing: false, chat: '380671234567@c.us', id: '3EB0ABC123' }],
    [
      'true_145678901234567@lid_AC4140A2A99DD530',
      { outgoing: true, chat: '145678901234567@lid', id: 'AC4140A2A99DD530' },
    ],
    [
      'false_120363025246125486@g.us_3A5B8EA211B4D1B780CA_380671234567@c.us',
      {
        outgoing: false,
        chat: '120363025246125486@g.us',
        id: '3A5B8EA211B4D1B780CA',
        participant: '380671234567@c.us',
      },
    ],
    ['status@broadcast', null],
    ['false_<b>@c.us_x', null],
  ])('data-id %s', (value, parsed) => {
    expect(parseDataId(value)).toEqual(parsed);
  });

  test.each([
    ['14:05, 12.03.2026', 'uk', new Date(2026, 2, 12, 14, 5).getTime()],
    ['2:05 PM, 3/12/2026', 'en', new Date(2026, 2, 12, 14, 5).getTime()],
    ['14:05, 03/12/2026', 'en-GB', new Date(2026, 11, 3, 14, 5).getTime()],
    ['14:05, 25/12/2026', 'en', new Date(2026, 11, 25, 14, 5).getTime()],
  ])('meta date %s (%s)', (stamp, lang, at) => {
    expect(parseMetaDate(stamp, lang)).toBe(at);
  });
});

test('the live WebK page follows a click in the chat list (replaceState, no hashchange)', async () => {
  const { window } = await loadPage(webkAppHtml(tg), 'https://web.telegram.org/k/', true);
  const doc = window.document as unknown as Document;
  expect(webkPage.read(doc, new URL(window.location.href), Date.now())).toEqual({ kind: 'no-chat' });
  (doc.querySelector('[data-fake-chat="7234567890"]') as HTMLElement).click();
  expect(window.location.hash).toBe('#@petro_novak');
  const chat = chatOf(webkPage.read(doc, new URL(window.location.href), Date.now()));
  expect(chat.peer).toMatchObject({ id: '7234567890', username: 'petro_novak' });
});

test.each<[string, ChatPage, string]>([
  ['WebK', webkPage, webkRenderedHtml(tg, '5012345678', { dark: true })],
  ['WebA', webaPage, webaRenderedHtml(tg, '5012345678', { dark: true })],
  ['WhatsApp', whatsappPage, whatsappRenderedHtml(wa, '380671234567@c.us', { dark: true })],
])('%s tells the dark theme', async (_, page, html) => {
  const { doc } = await loadPage(html, 'https://web.telegram.org/k/');
  expect(page.detectTheme(doc)).toBe('dark');
});
