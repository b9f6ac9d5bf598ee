// The chats the fake Telegram and WhatsApp pages serve. The people are the demo base's (core/demo/clients.ts):
// Олена Коваль has a Telegram username there, Тарас Шевченко only a phone, Андрій Мельник chats on WhatsApp
// under a privacy id. A stranger, a group, a channel and a chat full of markup complete the variants.
import type { FakeChat, FakeChatBase, FakeChatMessage } from './types';

const MINUTE = 60_000;

export const HOSTILE_CHAT_NAME = '<img src=x onerror="document.title=\'pwned\'">Evil <b>Corp</b>';
export const HOSTILE_CHAT_TEXT = '<script>alert(1)</script><b>pay now</b> & "quote"';

const LINES = [
  'Доброго дня! Чи є у вас насіння соняшнику в наявності?',
  'Так, є 20 тонн, ціна як у прайсі.',
  'Можете надіслати рахунок на ТОВ «Зоря Агро»?',
  'Надіслала на пошту, перевірте, будь ласка.',
  'Отримали, дякую. Оплатимо до п’ятниці.',
  'Чудово, тоді відвантажуємо в понеділок.',
];

/** `count` messages ending `endMinutesAgo` before `now`, alternating in and out, a few minutes apart. */
function thread(now: number, count: number, endMinutesAgo: number, spacing = 37): FakeChatMessage[] {
  return Array.from({ length: count }, (_, i) => ({
    id: 1000 + i,
    out: i % 2 === 1,
    at: now - (endMinutesAgo + (count - 1 - i) * spacing) * MINUTE,
    text: `${LINES[i % LINES.length] ?? ''} (#${i + 1})`,
  }));
}

/** Telegram: ids as the Bot API writes them; WebK and WebA each show them their own way. */
export function telegramFakeBase(now: number): FakeChatBase {
  const olena = thread(now, 40, 12);
  const chats: FakeChat[] = [
    {
      id: '5012345678',
      kind: 'user',
      title: 'Олена Коваль',
      username: 'olena_koval',
      phone: '+380 67 123 4567',
      // The last one is still being sent: no server id yet.
      messages: [
        ...olena,
        { id: 1040, out: true, at: now - 2 * MINUTE, text: 'Відправляю договір', sending: true },
      ],
    },
    {
      id: '6123456789',
      kind: 'user',
      title: 'Тарас Шевченко',
      phone: '+380 50 111 2233',
      messages: thread(now, 6, 90),
    },
    {
      id: '7234567890',
      kind: 'user',
      title: 'Петро Новак',
      username: 'petro_novak',
      messages: thread(now, 3, 200),
    },
    {
      id: '-1001987654321',
      kind: 'group',
      title: 'Зоря Агро · закупівлі',
      messages: [
        {
          id: 501,
          out: false,
          from: { id: '5012345678', name: 'Олена Коваль' },
          at: now - 300 * MINUTE,
          text: 'Колеги, коли поставка?',
        },
        {
          id: 502,
          out: false,
          from: { id: '5012345678', name: 'Олена Коваль' },
          at: now - 299 * MINUTE,
          text: 'Потрібно до середи.',
        },
        {
          id: 503,
          out: false,
          from: { id: '7234567890', name: 'Петро Новак' },
          at: now - 250 * MINUTE,
          text: 'Я теж чекаю.',
        },
        { id: 504, out: true, at: now - 200 * MINUTE, text: 'Поставка в понеділок.' },
      ],
    },
    {
      id: '-1001122334455',
      kind: 'channel',
      title: 'Kartka News',
      messages: [
        { id: 77, out: false, at: now - 3000 * MINUTE, text: 'Нова версія Kartka вийшла.' },
        { id: 78, out: false, at: now - 1500 * MINUTE, text: 'Чати поруч із клієнтом.' },
      ],
    },
    {
      id: '8345678901',
      kind: 'user',
      title: HOSTILE_CHAT_NAME,
      messages: [{ id: 9, out: false, at: now - 60 * MINUTE, text: HOSTILE_CHAT_TEXT }],
    },
  ];
  return { me: { name: 'Оксана Демченко', id: '4000000001' }, chats };
}

/** WhatsApp: chats by jid; message ids are the rows' hex ids (`whatsappFakeMessageId`). */
export function whatsappFakeBase(now: number): FakeChatBase {
  const chats: FakeChat[] = [
    { id: '380671234567@c.us', kind: 'user', title: 'Олена Коваль', messages: thread(now, 30, 15, 41) },
    { id: '145678901234567@lid', kind: 'user', title: 'Андрій Мельник', messages: thread(now, 4, 400) },
    {
      id: '120363025246125486@g.us',
      kind: 'group',
      title: 'Зоря Агро',
      messages: [
        {
          id: 1,
          out: false,
          from: { id: '380671234567@c.us', name: 'Олена Коваль' },
          at: now - 500 * MINUTE,
          text: 'Коли поставка?',
        },
        {
          id: 2,
          out: false,
          from: { id: '380501112233@c.us', name: 'Тарас Шевченко' },
          at: now - 480 * MINUTE,
          text: 'Машина готова.',
        },
        { id: 3, out: true, at: now - 470 * MINUTE, text: 'Завтра зранку.' },
      ],
    },
    {
      id: '380990000001@c.us',
      kind: 'user',
      title: HOSTILE_CHAT_NAME,
      messages: [{ id: 1, out: false, at: now - 70 * MINUTE, text: HOSTILE_CHAT_TEXT }],
    },
  ];
  return { me: { name: 'Оксана Демченко', id: '380440000001@c.us' }, chats };
}
