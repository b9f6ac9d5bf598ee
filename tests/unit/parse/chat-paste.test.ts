// "Paste a conversation": the copy and export formats of WhatsApp, Viber and Telegram in en/uk/ru date orders,
// every line accounted for.
import { describe, expect, test } from 'vitest';
import { dateOrderFor, parsePastedChat, pastedMessages } from '../../../core/parse/chat-paste';

const at = (y: number, mo: number, d: number, h: number, mi: number, s = 0) =>
  new Date(y, mo - 1, d, h, mi, s).getTime();

describe('formats', () => {
  test.each([
    [
      'WhatsApp iPhone export (uk)',
      '[12.03.26, 14:05:33] Олена Коваль: Доброго дня!',
      at(2026, 3, 12, 14, 5, 33),
      'Олена Коваль',
      'Доброго дня!',
    ],
    [
      'WhatsApp Android export (ru)',
      '12.03.2026, 14:05 - Елена: Добрый день',
      at(2026, 3, 12, 14, 5),
      'Елена',
      'Добрый день',
    ],
    [
      'WhatsApp Android export (en-US)',
      '3/12/26, 2:05 PM - Olena: Hi there',
      at(2026, 3, 12, 14, 5),
      'Olena',
      'Hi there',
    ],
    [
      'WhatsApp iPhone export (en-US, narrow space)',
      '[3/12/26, 2:05:09\u202fPM] Olena: Hi',
      at(2026, 3, 12, 14, 5, 9),
      'Olena',
      'Hi',
    ],
    [
      'WhatsApp Web copy',
      '[14:05, 12.03.2026] Олена Коваль: Рахунок отримала',
      at(2026, 3, 12, 14, 5),
      'Олена Коваль',
      'Рахунок отримала',
    ],
    [
      'WhatsApp export with a left-to-right mark',
      '\u200e[12.03.26, 14:05:33] Олена: ок',
      at(2026, 3, 12, 14, 5, 33),
      'Олена',
      'ок',
    ],
    [
      'Viber desktop copy',
      '[12.03.2026 14:05] Тарас: Машина готова',
      at(2026, 3, 12, 14, 5),
      'Тарас',
      'Машина готова',
    ],
    [
      'Viber with a month name (uk)',
      '[12 березня 2026, 14:05] Тарас: Машина готова',
      at(2026, 3, 12, 14, 5),
      'Тарас',
      'Машина готова',
    ],
    ['a month name (ru)', '12 марта 2026 г., 9:15 - Сергей: Счёт', at(2026, 3, 12, 9, 15), 'Сергей', 'Счёт'],
    [
      'a month name (en)',
      '[12 March 2026, 09:15] James: Invoice',
      at(2026, 3, 12, 9, 15),
      'James',
      'Invoice',
    ],
  ])('%s', (name, text, when, author, body) => {
    // The app's language decides an undecided date: the en-US cases come from an English phone.
    const parse = parsePastedChat(text, name.includes('en-US') ? 'mdy' : 'dmy');
    expect(parse.unread).toEqual([]);
    expect(parse.messages).toEqual([{ line: 1, at: when, author, text: body }]);
  });

  test('Telegram desktop copy: the header line, then the text on its own lines', () => {
    const parse = parsePastedChat(
      [
        'Олена Коваль, [12.03.2026 14:05]',
        'Доброго дня!',
        'Чи є насіння?',
        '',
        'Оксана Демченко, [12.03.2026 14:07]',
        'Так, є.',
      ].join('\n'),
    );
    expect(parse.messages).toEqual([
      { line: 1, at: at(2026, 3, 12, 14, 5), author: 'Олена Коваль', text: 'Доброго дня!\nЧи є насіння?' },
      { line: 5, at: at(2026, 3, 12, 14, 7), author: 'Оксана Демченко', text: 'Так, є.' },
    ]);
    expect(parse.authors).toEqual(['Олена Коваль', 'Оксана Демченко']);
  });
});

describe('every line accounted for', () => {
  const text = [
    'Копія чату з Viber',
    '[12.03.26, 14:05:33] Олена: Доброго дня!',
    'Продовження першого повідомлення',
    '[12.03.26, 14:06:00] Messages and calls are end-to-end encrypted.',
    '[31.02.26, 14:07:00] Олена: такого дня немає',
    'а це хвіст неіснуючого',
    '[12.03.26, 14:08:00] Я: Добре',
  ].join('\r\n');
  const parse = parsePastedChat(text);

  test('continuations join their message; the rest is reported with its line and why', () => {
    expect(parse.messages.map((m) => [m.line, m.author, m.text])).toEqual([
      [2, 'Олена', 'Доброго дня!\nПродовження першого повідомлення'],
      [7, 'Я', 'Добре'],
    ]);
    expect(parse.unread).toEqual([
      { line: 1, text: 'Копія чату з Viber', why: 'no-header' },
      {
        line: 4,
        text: '[12.03.26, 14:06:00] Messages and calls are end-to-end encrypted.',
        why: 'no-author',
      },
      { line: 5, text: '[31.02.26, 14:07:00] Олена: такого дня немає', why: 'bad-date' },
      { line: 6, text: 'а це хвіст неіснуючого', why: 'no-header' },
    ]);
  });

  test('the user says which author is them: their messages are outgoing', () => {
    expect(pastedMessages(parse, 'Я').map((m) => [m.author, m.direction])).toEqual([
      ['Олена', 'incoming'],
      ['Я', 'outgoing'],
    ]);
    expect(pastedMessages(parse, '').every((m) => m.direction === 'incoming')).toBe(true);
  });
});

describe('date order', () => {
  test('a day above 12 decides it, either way', () => {
    expect(parsePastedChat('25/03/2026, 10:00 - A: x\n03/12/2026, 10:00 - A: y', 'mdy').order).toBe('dmy');
    expect(parsePastedChat('03/25/2026, 10:00 - A: x', 'dmy').order).toBe('mdy');
  });

  test('undecided: the language decides, flagged ambiguous; the user can force the other', () => {
    const en = parsePastedChat('3/12/26, 2:05 PM - A: x', dateOrderFor('en'));
    expect(en).toMatchObject({ order: 'mdy', ambiguous: true });
    expect(en.messages[0]?.at).toBe(at(2026, 3, 12, 14, 5));
    const uk = parsePastedChat('3/12/26, 14:05 - A: x', dateOrderFor('uk'));
    expect(uk.messages[0]?.at).toBe(at(2026, 12, 3, 14, 5));
    expect(parsePastedChat('3/12/26, 14:05 - A: x', 'dmy', 'mdy').messages[0]?.at).toBe(
      at(2026, 3, 12, 14, 5),
    );
    // The same number both ways is not ambiguous.
    expect(parsePastedChat('5/5/26, 14:05 - A: x', 'dmy').ambiguous).toBe(false);
  });

  test('a time that does not exist is a bad date', () => {
    expect(parsePastedChat('[12.03.26, 25:05] A: x').unread[0]?.why).toBe('bad-date');
    expect(parsePastedChat('[3/12/26, 13:05 PM] A: x').unread[0]?.why).toBe('bad-date');
  });
});

test('long messages are cut to the snippet length when logged', () => {
  const parse = parsePastedChat(`[12.03.26, 14:05] A: ${'слово '.repeat(100)}`);
  expect(pastedMessages(parse, null)[0]?.text.length).toBeLessThanOrEqual(201);
});
