// A mailbox that exercises the adapters: Cyrillic names, a comma inside a name, HTML in a subject and a
// display name, a just-sent reply, a long thread with hidden messages, a user label. For tests and the demo.
import type { FakeMailbox, FakeMessage, FakePerson, FakeThread } from './types';

export const ME: FakePerson = { name: 'Olena Kovalenko', address: 'olena@kartka.example' };
export const IVAN: FakePerson = { name: 'Іван Петренко', address: 'ivan.petrenko@klient.com.ua' };
export const JANE: FakePerson = { name: 'Doe, Jane', address: 'jane.doe@acme.example' };
export const SERGEY: FakePerson = { name: 'Сергей Иванов', address: 'sergey@pokupatel.ru' };
export const HTML_NAME: FakePerson = {
  name: '<b onmouseover="alert(1)">Bob</b> "The Builder"',
  address: 'bob@builder.example',
};
export const HTML_SUBJECT = '<img src=x onerror="alert(1)"> Offer </script><script>alert(2)</script> & more';

/** Thread and message ids per provider: Gmail hex, Outlook `AAQk…` conversations and `AAMk…` items. */
function ids(
  provider: 'gmail' | 'outlook',
  thread: number,
  message: number,
): { thread: string; message: string } {
  if (provider === 'gmail') {
    const base =
      [
        0x19f82b4e90a11791n,
        0x18c4d2a7b3e5f001n,
        0x19a0b1c2d3e4f501n,
        0x1900aa11bb22cc01n,
        0x18ffe0d1c2b3a401n,
      ][thread] ?? 0x1000000000000000n;
    return { thread: base.toString(16), message: (base + BigInt(message)).toString(16) };
  }
  const conv = `AAQkADAwATM0MDAAMS1iNmQ${thread}LTg2YjAtMDACLTAwCgAQAN+/zGx${thread}aF1Kk0yC0t2N4=`;
  return {
    thread: conv,
    message: `AAMkADAwATM0MDAAMS1iNmQ${thread}LTg2YjAtMDACLTAwCgBGAAAD/${thread}x${message}AAA=`,
  };
}

function message(
  provider: 'gmail' | 'outlook',
  t: number,
  m: number,
  fields: Omit<FakeMessage, 'id' | 'rfcMessageId' | 'cc' | 'expanded'> & Partial<FakeMessage>,
): FakeMessage {
  return {
    id: ids(provider, t, m).message,
    rfcMessageId: `t${t}m${m}@mail.kartka.example`,
    cc: [],
    expanded: false,
    ...fields,
  };
}

/** The sample mailbox with ids for `provider`. Dates are whole minutes (pages show no seconds). */
export function sampleMailbox(provider: 'gmail' | 'outlook'): FakeMailbox {
  const id = (t: number) => ids(provider, t, 0).thread;
  const msg = (t: number, m: number, f: Parameters<typeof message>[3]) => message(provider, t, m, f);
  const threads: FakeThread[] = [
    {
      id: id(0),
      subject: 'Рахунок за листопад / Invoice for November',
      labels: ['inbox', 'Clients'],
      messages: [
        msg(0, 0, {
          from: IVAN,
          to: [ME],
          cc: [JANE],
          date: '2026-11-20T09:05:00.000Z',
          body: 'Добрий день! Надсилаю рахунок за листопад.',
        }),
        msg(0, 1, {
          from: ME,
          to: [IVAN],
          date: '2026-11-21T14:30:00.000Z',
          body: 'Дякую, Іване. Оплатимо до п’ятниці.',
        }),
        msg(0, 2, {
          from: IVAN,
          to: [ME],
          cc: [JANE, SERGEY],
          date: '2026-11-23T10:15:00.000Z',
          body: 'Чудово, чекаю.\nЗ повагою, Іван',
          expanded: true,
        }),
      ],
    },
    {
      id: id(1),
      subject: HTML_SUBJECT,
      labels: ['inbox'],
      messages: [
        msg(1, 0, {
          from: HTML_NAME,
          to: [ME],
          date: '2026-11-22T08:00:00.000Z',
          body: '<script>alert("body")</script> Hello & welcome',
          expanded: true,
        }),
      ],
    },
    {
      id: id(2),
      subject: 'Договор поставки',
      labels: ['inbox', 'starred'],
      messages: [
        msg(2, 0, {
          from: SERGEY,
          to: [ME],
          date: '2026-11-18T16:45:00.000Z',
          body: 'Прошу согласовать договор.',
          expanded: true,
        }),
        {
          ...msg(2, 1, {
            from: ME,
            to: [SERGEY],
            date: '2026-11-23T11:02:00.000Z',
            body: 'Согласовано, спасибо.',
            expanded: true,
            justSent: true,
          }),
          ...(provider === 'gmail'
            ? { id: 'msg-a:r-2735104936720011842', syncedId: ids(provider, 2, 1).message }
            : {}),
        },
      ],
    },
    {
      id: id(3),
      subject: 'Project kickoff',
      labels: ['inbox'],
      messages: [0, 1, 2, 3, 4, 5].map((m) =>
        msg(3, m, {
          from: m % 2 ? ME : JANE,
          to: [m % 2 ? JANE : ME],
          date: `2026-11-${String(10 + m).padStart(2, '0')}T12:00:00.000Z`,
          body: `Kickoff note ${m + 1}`,
          expanded: m === 5,
        }),
      ),
    },
    {
      id: id(4),
      subject: 'Sent quote',
      labels: ['sent'],
      messages: [
        msg(4, 0, {
          from: ME,
          to: [JANE, IVAN],
          date: '2026-11-19T07:20:00.000Z',
          body: 'Please find the quote below.',
          expanded: true,
        }),
      ],
    },
  ];
  return { account: ME, threads };
}
