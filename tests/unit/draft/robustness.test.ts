import { describe, expect, test } from 'vitest';
import { NOTHING_FOUND, parseContactText } from '../../../core/draft/index.ts';

const UA = { defaultRegion: 'UA' };

/** Deterministic pseudo-random text: words, numbers, dates, prices and punctuation, but no contact data. */
function filler(chars: number): string {
  const words = [
    'замовлення',
    'поставка',
    'order',
    'price',
    'товар',
    'ціна',
    '12.03.2024',
    '1 250 грн',
    '$1,200',
    'і',
    'the',
    'за',
    '2015-2024',
    '№ 4512',
    '—',
    'ok.',
    '9:00',
  ];
  let seed = 42;
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const word = words[seed % words.length] ?? '';
    const sep = seed % 13 === 0 ? '\n' : ' ';
    parts.push(word, sep);
    length += word.length + 1;
  }
  return parts.join('');
}

describe('parseContactText on awkward input', () => {
  test.each([
    '',
    '   ',
    '\n\n\t',
    '--\n__\n',
    'Hello, please see the attached file and let me know what you think.',
    '12.03.2024 1 250 грн',
  ])('nothing contact-like in %j is an empty draft', (text) => {
    const draft = parseContactText(text, UA);
    expect(draft).toMatchObject({
      empty: true,
      emails: [],
      phones: [],
      notes: [],
      problems: [NOTHING_FOUND],
    });
    expect(draft.fullName).toBeUndefined();
    expect(draft.company).toBeUndefined();
  });

  test('invalid phones and emails are kept with a reason, never dropped', () => {
    const draft = parseContactText('Тел.: 123-45-67\nE-mail: ivan@@firma.ua\nmob: +380 12 345', UA);
    expect(draft.empty).toBe(false);
    expect(draft.phones.map((p) => [p.raw, p.valid])).toEqual([
      ['123-45-67', false],
      ['+380 12 345', false],
    ]);
    expect(draft.emails.map((e) => [e.raw, e.valid])).toEqual([['ivan@@firma.ua', false]]);
    for (const value of [...draft.phones, ...draft.emails]) expect(value.reason).toMatch(/\S/u);
  });

  test('a 1 MB selection finishes, finds values anywhere and caps them', () => {
    const signature = 'З повагою,\nПетренко Іван Іванович\nМенеджер з продажу\n+380 67 123 45 67\n';
    const many = Array.from({ length: 40 }, (_, i) => `client${i}@firma.ua`).join(', ');
    const text = `${signature}${filler(500_000)}\nlast.line@firma.ua\n${filler(500_000)}\n${many}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const draft = parseContactText(text, UA);
    expect(draft.fullName).toBe('Петренко Іван Іванович');
    expect(draft.phones.map((p) => p.value)).toEqual(['+380671234567']);
    expect(draft.emails).toHaveLength(20);
    expect(draft.emails[0]?.value).toBe('last.line@firma.ua');
    expect(draft.problems.some((p) => p.startsWith('More than 20 emails were found'))).toBe(true);
    expect(draft.problems.some((p) => p.includes('looked for in the first 150 only'))).toBe(true);
  });

  test('a 1 MB selection on one line, full of digits and @, finishes', () => {
    const text =
      '1 2 3 4 5 6 7 8 9 0 @a@b.c.d (((( 0'.repeat(30_000) + 'a'.repeat(100_000) + '@' + 'b'.repeat(100_000);
    const draft = parseContactText(text, UA);
    expect(draft.phones.length).toBeLessThanOrEqual(20);
    expect(draft.emails.length).toBeLessThanOrEqual(20);
  });

  test('values repeated throughout are listed once', () => {
    const draft = parseContactText('+380 67 123 45 67\n067-123-45-67\n(067) 123 45 67\n+380671234567', UA);
    expect(draft.phones.map((p) => p.value)).toEqual(['+380671234567']);
  });
});
