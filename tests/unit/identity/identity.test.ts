import { describe, expect, test } from 'vitest';
import {
  compareNames,
  handleKey,
  judgeIdentity,
  resolveIdentity,
  type IdentityFacts,
  type IdentityLevel,
  type NameAgreement,
} from '../../../core/identity';

const opts = { gmailFolding: false };

/** A person with a name (display form, any order), an email, phones and handles as given. */
function who(name: string, more: Partial<Omit<IdentityFacts, 'displayName'>> = {}): IdentityFacts {
  return { displayName: name, emails: [], phones: [], ...more };
}

describe('compareNames', () => {
  test.each<[string, string, NameAgreement]>([
    // One person, written differently
    ['Олена Коваль', 'Olena Koval', 'agree'],
    ['Олена Коваль', 'Елена Коваль', 'agree'],
    ['Олена Коваль', 'Коваль Олена', 'agree'],
    ['Олена Коваль', 'О. Коваль', 'agree'],
    ['Олена Коваль', 'Лена Коваль', 'agree'],
    ['Іван Петрович', 'Иван', 'agree'],
    ['Иван Петрович Сидоров', 'Сидоров Иван Петрович', 'agree'],
    ['Иван Петрович Сидоров', 'Ваня Сидоров', 'agree'],
    ['Іван Петрович Сидоров', 'Иван Петрович Сидоров', 'agree'],
    ['Іван Петрович Сидоров', 'Ivan Sidorov', 'agree'],
    ['Андрій Шевченко', 'Andriy Shevchenko', 'agree'],
    ['Андрій Шевченко', 'Андрей Шевченко', 'agree'],
    ['Андрій Шевченко', 'Andrii Shevchenko', 'agree'],
    ['Олександр Мельник', 'Саша Мельник', 'agree'],
    ['Олександра Мельник', 'Саша Мельник', 'agree'],
    ['Сергій Бондаренко', 'Sergey Bondarenko', 'agree'],
    ['Сергій Бондаренко', 'Serhii Bondarenko', 'agree'],
    ['Ірина Гнатюк', 'Iryna Hnatiuk', 'agree'],
    ['Ольга Ткаченко', 'Olha Tkachenko', 'agree'],
    ['Ольга Ткаченко', 'Оля Ткаченко', 'agree'],
    ['Юлія Кравець', 'Julia Kravets', 'agree'],
    ['Наталія Руденко', 'Наташа Руденко', 'agree'],
    ['Алексей Кузнецов', 'Олексій Кузнєцов', 'agree'],
    ['Тетяна Іванівна Лисенко', 'Татьяна Ивановна Лисенко', 'agree'],
    ['Андрій Андрійович Коваль', 'Андрей Андреевич Коваль', 'agree'],
    ['Петро Петрович', 'Петр Петрович', 'agree'],
    ['Микола Миколайович Сало', 'Николай Николаевич Сало', 'agree'],
    ['Robert Smith', 'Bob Smith', 'agree'],
    ['John Smith', 'Smith, John', 'agree'],
    ['Шевченко', 'Тарас Шевченко', 'agree'],
    ['Тарас', 'Тарас Шевченко', 'agree'],
    // Different people
    ['Андрій Шевченко', 'Тарас Шевченко', 'conflict'],
    ['Мария Иванова', 'Иван Петрович Сидоров', 'conflict'],
    ['Мария Иванова', 'Иван Иванов', 'conflict'],
    ['Олександр Мельник', 'Олександра Мельник', 'conflict'],
    ['Евгений Лях', 'Евгения Лях', 'conflict'],
    ['Олена Коваль', 'Ольга Коваль', 'conflict'],
    ['Олена Коваль', 'Олена Ковальчук', 'conflict'],
    ['Іван Петрович Сидоров', 'Іван Павлович Сидоров', 'conflict'],
    ['John Smith', 'Jane Smith', 'conflict'],
    ['Олена Коваль', 'Б. Коваль', 'conflict'],
    // Nothing to compare
    ['olena@alfa.ua', 'Олена Коваль', 'unknown'],
    ['+380 67 123 45 67', 'Тарас Шевченко', 'unknown'],
    ['', 'Тарас Шевченко', 'unknown'],
    ['Тарас', 'Шевченко', 'unknown'],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(compareNames({ displayName: a }, { displayName: b })).toBe(expected);
    expect(compareNames({ displayName: b }, { displayName: a })).toBe(expected);
  });

  test('stored parts win over the display name', () => {
    expect(
      compareNames(
        { displayName: 'Бос', givenName: 'Олена', familyName: 'Коваль' },
        { displayName: 'Olena Koval' },
      ),
    ).toBe('agree');
  });
});

describe('judgeIdentity', () => {
  const taras = who('Тарас Шевченко', {
    emails: ['taras@agro-lviv.com.ua'],
    phones: ['+380501112233'],
  });
  const sidorov = who('Иван Петрович Сидоров', { emails: ['ivan@vector.ru'], phones: ['+79161234567'] });
  test.each<[string, IdentityFacts, IdentityFacts, IdentityLevel, string[]]>([
    // The cases
    [
      'same mobile, other first name and email',
      who('Андрій Шевченко', { emails: ['a.shevchenko@agro-lviv.com.ua'], phones: ['+380501112233'] }),
      taras,
      'possible',
      ['phone'],
    ],
    [
      'same mobile, another family',
      who('Мария Иванова', { emails: ['maria@example.ru'], phones: ['+79161234567'] }),
      sidorov,
      'possible',
      ['phone'],
    ],
    // Same person
    ['exact email', who('Ваня', { emails: ['ivan@vector.ru'] }), sidorov, 'same', ['email']],
    ['email in another case', who('Ivan', { emails: ['IVAN@vector.ru'] }), sidorov, 'same', ['email']],
    [
      'exact email outweighs a different name',
      who('Бухгалтерія', { emails: ['taras@agro-lviv.com.ua'] }),
      taras,
      'same',
      ['email'],
    ],
    [
      'phone and a transliterated name',
      who('Taras Shevchenko', { phones: ['+380501112233'] }),
      taras,
      'same',
      ['phone'],
    ],
    ['phone and a short form', who('Ваня Сидоров', { phones: ['+79161234567'] }), sidorov, 'same', ['phone']],
    ['phone and the given name only', who('Иван', { phones: ['+79161234567'] }), sidorov, 'same', ['phone']],
    [
      'Telegram id',
      who('Taras', { handles: [{ kind: 'telegram-id', value: '123456789' }] }),
      who('Someone else', { handles: [{ kind: 'telegram-id', value: '123456789' }] }),
      'same',
      ['handle'],
    ],
    [
      'Telegram username and an agreeing name',
      who('Olena Koval', { handles: [{ kind: 'telegram-username', value: '@OlenaK' }] }),
      who('Олена Коваль', { handles: [{ kind: 'telegram-username', value: 'olenak' }] }),
      'same',
      ['handle'],
    ],
    // Suggestions only
    [
      'phone and no name',
      who('+380 50 111 22 33', { phones: ['+380501112233'] }),
      taras,
      'possible',
      ['phone'],
    ],
    [
      'WhatsApp chat and another name',
      who('Мама', { handles: [{ kind: 'whatsapp', value: '380501112233@s.whatsapp.net' }] }),
      who('Тарас Шевченко', { handles: [{ kind: 'whatsapp', value: '380501112233@c.us' }] }),
      'possible',
      ['handle'],
    ],
    [
      'same domain and an agreeing name',
      who('Taras Shevchenko', { emails: ['t.shevchenko@agro-lviv.com.ua'], domains: ['agro-lviv.com.ua'] }),
      who('Тарас Шевченко', { emails: ['taras@agro-lviv.com.ua'], domains: ['agro-lviv.com.ua'] }),
      'possible',
      ['domain'],
    ],
    ['a whole namesake', who('Тарас Шевченко'), taras, 'possible', ['name']],
    // Different
    [
      'colleagues on one domain',
      who('Андрій Шевченко', { emails: ['a.shevchenko@agro-lviv.com.ua'], domains: ['agro-lviv.com.ua'] }),
      who('Тарас Шевченко', { emails: ['taras@agro-lviv.com.ua'], domains: ['agro-lviv.com.ua'] }),
      'different',
      [],
    ],
    ['given name alone', who('Тарас'), taras, 'different', []],
    ['nothing shared', who('Олена Коваль', { emails: ['olena@alfa.ua'] }), taras, 'different', []],
  ])('%s: %s', (_, a, b, level, kinds) => {
    const v = judgeIdentity(a, b, opts);
    expect(v.level).toBe(level);
    expect([...new Set(v.evidence.map((e) => e.kind))]).toEqual(kinds);
    expect(judgeIdentity(b, a, opts).level).toBe(level);
  });

  test('Gmail dots and +tags count only when the user turned folding on', () => {
    const a = who('Olena', { emails: ['olena.koval+crm@gmail.com'] });
    const b = who('Ольга Шевчук', { emails: ['olenakoval@gmail.com'] });
    expect(judgeIdentity(a, b, { gmailFolding: false }).level).toBe('different');
    expect(judgeIdentity(a, b, { gmailFolding: true }).level).toBe('same');
  });

  test('handle keys ignore @, case and the WhatsApp server', () => {
    expect(handleKey({ kind: 'telegram-username', value: '@OlenaK' })).toBe('tg:@olenak');
    expect(handleKey({ kind: 'whatsapp', value: '380501112233@s.whatsapp.net' })).toBe('wa:380501112233');
  });
});

describe('resolveIdentity', () => {
  const base = [
    { id: 'taras', ...who('Тарас Шевченко', { emails: ['taras@agro.ua'], phones: ['+380501112233'] }) },
    { id: 'andrii', ...who('Андрій Шевченко', { emails: ['andrii@agro.ua'], phones: ['+380501112233'] }) },
    { id: 'olena', ...who('Олена Коваль', { emails: ['olena@alfa.ua'] }) },
  ];

  test('an email beats a phone with an agreeing name; the other sharer of the phone is suggested', () => {
    const r = resolveIdentity(
      who('Андрій', { emails: ['taras@agro.ua'], phones: ['+380501112233'] }),
      base,
      opts,
    );
    expect(r.match?.id).toBe('taras');
    expect(r.possible.map((p) => p.id)).toEqual(['andrii']);
  });

  test('a shared phone picks the person whose name agrees', () => {
    const r = resolveIdentity(who('Andrii Shevchenko', { phones: ['+380501112233'] }), base, opts);
    expect(r.match?.id).toBe('andrii');
    expect(r.possible.map((p) => [p.id, p.verdict.level])).toEqual([['taras', 'possible']]);
  });

  test('nobody matches a stranger; nothing is suggested', () => {
    const r = resolveIdentity(who('Марко Гнатюк', { phones: ['+380675554433'] }), base, opts);
    expect(r).toEqual({ possible: [] });
  });
});
