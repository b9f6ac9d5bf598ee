// The demo mailbox: threads with the demo clients (and one stranger), dated relative to `now`.
import { DEMO_ACCOUNT } from './clients';

export interface DemoMailbox {
  account: { name: string; address: string };
  threads: DemoThread[];
}

export interface DemoThread {
  id: string; // Gmail-style 16-hex thread id
  subject: string;
  labels: string[];
  messages: DemoMessage[];
}

export interface DemoMessage {
  id: string; // Gmail-style 16-hex message id
  rfcMessageId: string;
  from: { name: string; address: string };
  to: { name: string; address: string }[];
  cc: { name: string; address: string }[];
  date: string; // ISO
  body: string;
}

type Who = { name: string; address: string };
const me: Who = DEMO_ACCOUNT;
const olena: Who = { name: 'Олена Коваль', address: 'olena.koval@zoria-agro.com.ua' };
const taras: Who = { name: 'Тарас Шевченко', address: 'taras@zoria-agro.com.ua' };
const andrii: Who = { name: 'Андрій Мельник', address: 'a.melnyk@dnipro-logistic.ua' };
const james: Who = { name: 'James Whitfield', address: 'james.whitfield@harvestfoods.co.uk' };
const sergey: Who = { name: 'Сергей Иванов', address: 'sergey.ivanov@severstroy.kz' };
const petro: Who = { name: 'Петро Гнатюк', address: 'petro.hnatiuk@agrosvit.com.ua' };
const maryana: Who = { name: "Мар'яна Ткачук", address: 'maryana@lvivcoffee.com.ua' };
const klaus: Who = { name: 'Klaus Becker', address: 'k.becker@nordwind-mb.de' };
const viktor: Who = { name: 'Віктор Гончаренко', address: 'v.honcharenko@ops.odessa.ua' };

interface Spec {
  subject: string;
  labels?: string[];
  messages: { from: Who; to: Who[]; cc?: Who[]; hoursAgo: number; body: string }[];
}

const specs: Spec[] = [
  {
    subject: 'Замовлення насіння на весну',
    messages: [
      {
        from: olena,
        to: [me],
        cc: [taras],
        hoursAgo: 80,
        body: 'Добрий день, Оксано! Підготуйте, будь ласка, пропозицію на 40 тонн насіння кукурудзи.',
      },
      {
        from: me,
        to: [olena],
        cc: [taras],
        hoursAgo: 76,
        body: 'Олено, дякую! Надішлю пропозицію до кінця тижня.',
      },
      { from: olena, to: [me], hoursAgo: 72, body: 'Чудово. Тарас уточнить умови доставки.' },
    ],
  },
  {
    subject: 'Договір перевезення на 2027 рік',
    messages: [
      {
        from: andrii,
        to: [me],
        hoursAgo: 30,
        body: 'Оксано, надсилаю проєкт договору. Прошу погодити до п’ятниці.',
      },
      { from: me, to: [andrii], hoursAgo: 26, body: 'Андрію, отримала. Юристи переглянуть сьогодні.' },
    ],
  },
  {
    subject: 'Q1 shipment — sunflower oil',
    labels: ['Export'],
    messages: [
      {
        from: james,
        to: [me],
        hoursAgo: 100,
        body: 'Hi Oksana, could you confirm the shipment dates for the first quarter?',
      },
      { from: me, to: [james], hoursAgo: 96, body: 'Hi James, the first vessel leaves Odesa on 15 January.' },
    ],
  },
  {
    subject: 'Счёт на арматуру',
    messages: [
      {
        from: sergey,
        to: [me],
        hoursAgo: 200,
        body: 'Оксана, добрый день! Пришлите, пожалуйста, счёт на первую партию.',
      },
    ],
  },
  {
    subject: 'Запит на прайс-лист',
    messages: [
      {
        from: petro,
        to: [me],
        hoursAgo: 5,
        body: 'Доброго дня! Цікавить ваш прайс на добрива. Ми фермерське господарство на Волині.',
      },
    ],
  },
  {
    subject: 'Сервіс кавомашин',
    messages: [
      {
        from: maryana,
        to: [me],
        hoursAgo: 150,
        body: 'Оксано, одна з машин у закладі на Ринку шумить. Чи можна викликати майстра?',
      },
      { from: me, to: [maryana], hoursAgo: 148, body: "Мар'яно, майстер буде завтра о 10:00." },
    ],
  },
  {
    subject: 'Angebot: Ersatzteile für Förderanlagen',
    messages: [
      {
        from: me,
        to: [klaus],
        hoursAgo: 960,
        body: 'Dear Mr Becker, as discussed at the fair, please find our offer attached.',
      },
    ],
  },
  {
    subject: 'Обслуговування терміналу в 2027',
    messages: [
      {
        from: viktor,
        to: [me],
        hoursAgo: 50,
        body: 'Оксано, потрібна комерційна пропозиція на обслуговування терміналу.',
      },
      { from: me, to: [viktor], hoursAgo: 48, body: 'Вікторе, готуємо. Надішлю у понеділок.' },
    ],
  },
];

const HOUR = 3_600_000;

/** Gmail-like hex id: fixed prefix plus a counter, so ids are stable across runs. */
const hexId = (n: number) => `19f82b4e90a1${n.toString(16).padStart(4, '0')}`;

/** Builds the demo mailbox with dates relative to `now` (epoch ms). */
export function demoMailbox(now: number): DemoMailbox {
  let counter = 0x100;
  // As in Gmail, a thread's id is the id of its first message.
  const threads = specs.map((spec) => {
    const messages = spec.messages.map((m) => {
      const id = hexId(++counter);
      return {
        id,
        rfcMessageId: `${id}.demo@kartka-demo.com.ua`,
        from: m.from,
        to: m.to,
        cc: m.cc ?? [],
        date: new Date(now - m.hoursAgo * HOUR).toISOString(),
        body: m.body,
      };
    });
    return {
      id: messages[0]?.id ?? hexId(++counter),
      subject: spec.subject,
      labels: spec.labels ?? [],
      messages,
    };
  });
  return { account: me, threads };
}
