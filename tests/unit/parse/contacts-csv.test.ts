import { describe, expect, it, test } from 'vitest';
import { parseCsv } from '../../../core/parse/csv.ts';
import { guessMapping, rowsToContacts } from '../../../core/parse/contacts-csv.ts';
import { parseMailFile } from '../../../core/parse/index.ts';
import { cp1251 } from './helpers.ts';

const fieldsOf = (header: string[]): (string | null)[] => guessMapping(header).columns.map((c) => c.field);

describe('guessMapping', () => {
  test.each([
    [
      'Google (current)',
      [
        'First Name',
        'Middle Name',
        'Last Name',
        'E-mail 1 - Label',
        'E-mail 1 - Value',
        'Phone 1 - Value',
        'Organization Name',
        'Organization Title',
        'Birthday',
        'Labels',
        'Notes',
      ],
      [
        'givenName',
        'patronymic',
        'familyName',
        null,
        'email',
        'phone',
        'company',
        'position',
        'birthday',
        'tags',
        'note',
      ],
    ],
    [
      'Google (legacy)',
      [
        'Name',
        'Given Name',
        'Additional Name',
        'Family Name',
        'E-mail 1 - Type',
        'E-mail 1 - Value',
        'Phone 1 - Value',
        'Organization 1 - Name',
        'Organization 1 - Title',
        'Group Membership',
      ],
      [
        'fullName',
        'givenName',
        'patronymic',
        'familyName',
        null,
        'email',
        'phone',
        'company',
        'position',
        'tags',
      ],
    ],
    [
      'Outlook',
      [
        'First Name',
        'Last Name',
        'Title',
        'Company',
        'Job Title',
        'E-mail Address',
        'E-mail 2 Address',
        'Business Phone',
        'Mobile Phone',
        'Business Fax',
        'Birthday',
        'Notes',
        'Categories',
      ],
      [
        'givenName',
        'familyName',
        null,
        'company',
        'position',
        'email',
        'email',
        'phone',
        'phone',
        null,
        'birthday',
        'note',
        'tags',
      ],
    ],
    [
      'Ukrainian sheet',
      [
        "Ім'я",
        'Прізвище',
        'По батькові',
        'Електронна пошта',
        'Телефон',
        'Компанія',
        'Посада',
        'Місто',
        'День народження',
        'ЄДРПОУ',
        'Теги',
        'Нотатки',
      ],
      [
        'givenName',
        'familyName',
        'patronymic',
        'email',
        'phone',
        'company',
        'position',
        'city',
        'birthday',
        'registrationId',
        'tags',
        'note',
      ],
    ],
    [
      'Russian sheet',
      [
        'ФИО',
        'Эл. почта',
        'Телефон',
        'Компания',
        'Должность',
        'Город',
        'Дата рождения',
        'ИНН',
        'Метки',
        'Примечание',
        'Статус',
      ],
      [
        'fullName',
        'email',
        'phone',
        'company',
        'position',
        'city',
        'birthday',
        'registrationId',
        'tags',
        'note',
        'stage',
      ],
    ],
  ])('%s', (_, header, expected) => {
    expect(fieldsOf(header)).toEqual(expected);
  });

  it('names the register of an id column', () => {
    const cols = guessMapping(['ЄДРПОУ', 'ИНН']).columns;
    expect(cols.map((c) => c.key)).toEqual(['edrpou', 'inn']);
  });
});

describe('rowsToContacts', () => {
  it('imports a Russian Excel export (cp1251, semicolons) and reports bad values by row', () => {
    const bytes = cp1251(
      [
        'ФИО;Компания;Телефон;E-mail;Дата рождения;ИНН;Метки',
        'Кузнецов Алексей Викторович;ООО «Ветер»;+7 (812) 555-01-01;kuznetsov@veter.ru;15.06.1980;7801234567;VIP, опт',
        'Смирнова Ольга;;8-800-555-35-35;"olga@tp.ru; BUH@tp.ru";;;',
        'Без Почты;;;ivan@;31.02.1990;;',
        ';;;;;;',
        ';Только компания;;;;;',
      ].join('\r\n'),
    );
    const parsed = parseCsv(bytes);
    const { contacts, problems } = rowsToContacts(parsed, guessMapping(parsed.header));
    expect(contacts.map((c) => c.line)).toEqual([2, 3, 4]);
    expect(contacts[0]).toEqual({
      line: 2,
      fullName: 'Кузнецов Алексей Викторович',
      familyName: 'Кузнецов',
      givenName: 'Алексей',
      patronymic: 'Викторович',
      company: 'ООО «Ветер»',
      phones: ['+7 (812) 555-01-01'],
      companyPhones: [],
      emails: ['kuznetsov@veter.ru'],
      birthday: { year: 1980, month: 6, day: 15 },
      registrationIds: { inn: '7801234567' },
      tags: ['VIP', 'опт'],
    });
    expect(contacts[1]?.emails).toEqual(['olga@tp.ru', 'buh@tp.ru']);
    expect(contacts[2]).toMatchObject({ fullName: 'Без Почты', emails: [] });
    expect(problems.map((p) => p.reason)).toEqual([
      "Row 4: 'ivan@' is not an email address (has no domain after the @)",
      "Row 4: birthday '31.02.1990' is not a date; the rest of the row was kept",
      'Row 6: empty (no name, email or phone); skipped',
    ]);
  });

  it('reads Google labels, multi-value cells and Outlook M/D/YYYY birthdays', () => {
    const csv = [
      'First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Birthday,Labels',
      'Олена,Коваль,Olena@Romashka.ua ::: o.k@gmail.com,+380 67 123 45 67 ::: 044 555-12-34,--05-09,* myContacts ::: Клієнти ::: VIP',
      'John,Smith,john@acme.example,,1/27/1975,',
      ',,,,0/0/00,',
    ].join('\n');
    const parsed = parseCsv(csv);
    const { contacts, problems } = rowsToContacts(parsed, guessMapping(parsed.header));
    expect(contacts[0]).toMatchObject({
      fullName: 'Олена Коваль',
      emails: ['olena@romashka.ua', 'o.k@gmail.com'],
      phones: ['+380 67 123 45 67', '044 555-12-34'],
      birthday: { month: 5, day: 9 },
      tags: ['Клієнти', 'VIP'],
    });
    expect(contacts[1]?.birthday).toEqual({ year: 1975, month: 1, day: 27 });
    expect(problems).toEqual([
      {
        line: 4,
        reason: 'Row 4: empty (no name, email or phone); skipped',
        because: { code: 'csv.emptyRow' },
      },
    ]);
  });
});

describe('parseMailFile', () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  test.each([
    ['letter.eml', 'From: a@x.ua\n\nhi', 'eml'],
    ['box.mbox', 'From a@x.ua Mon Jan  1 00:00:00 2024\nFrom: a@x.ua\n\nhi\n', 'mbox'],
    ['people.vcf', 'BEGIN:VCARD\nFN:A\nEND:VCARD', 'vcard'],
    ['people.csv', 'Name,Email\nA,a@x.ua', 'csv'],
    ['noext', 'BEGIN:VCARD\nFN:A\nEND:VCARD', 'vcard'],
    ['photo.png', '\u0089PNG', 'unknown'],
  ])('%s -> %s', (name, content, kind) => {
    expect(parseMailFile(name, enc(content)).kind).toBe(kind);
  });
});
