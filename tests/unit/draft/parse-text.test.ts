import { describe, expect, test } from 'vitest';
import { parseContactText } from '../../../core/draft/index.ts';
import { latinCases } from './cases-latin.ts';
import { ruCases } from './cases-ru.ts';
import { expected, summary, type Case } from './summary.ts';

// Ukrainian signatures and snippets here; Russian ones in cases-ru.ts, English, German and Polish in cases-latin.ts.
const ukCases: Case[] = [
  [
    'uk: full signature with patronymic, ТОВ, ЄДРПОУ and extension',
    'UA',
    `З повагою,
Петренко Іван Іванович
Менеджер з продажу
ТОВ «Ромашка»
тел.: +380 67 123 45 67, (044) 234-56-78 доб. 123
e-mail: ivan.petrenko@romashka.ua
www.romashka.ua
код ЄДРПОУ 32855961`,
    {
      fullName: 'Петренко Іван Іванович',
      givenName: 'Іван',
      familyName: 'Петренко',
      patronymic: 'Іванович',
      position: 'Менеджер з продажу',
      company: { name: 'Ромашка', legalForm: 'ТОВ' },
      phones: ['+380671234567', '+380442345678;ext=123'],
      emails: ['ivan.petrenko@romashka.ua'],
      website: 'www.romashka.ua',
      ids: ['edrpou:32855961'],
    },
  ],
  [
    "uk: given name first, apostrophe in Мар'яна, ПрАТ in straight quotes",
    'UA',
    `З повагою,
Мар'яна Коваленко
Керівник відділу закупівель
ПрАТ "Оболонь-Агро"
+380 (50) 765-43-21
m.kovalenko@obolon-agro.ua`,
    {
      fullName: "Мар'яна Коваленко",
      givenName: "Мар'яна",
      familyName: 'Коваленко',
      position: 'Керівник відділу закупівель',
      company: { name: 'Оболонь-Агро', legalForm: 'ПрАТ' },
      phones: ['+380507654321'],
      emails: ['m.kovalenko@obolon-agro.ua'],
    },
  ],
  [
    'uk: typographic apostrophe and hyphenated family name, ФОП with initials',
    'UA',
    `Петренко-Коваль Мар’яна Миколаївна
Головний бухгалтер
ФОП Петренко-Коваль М.М.
т. 044 234 56 78`,
    {
      fullName: 'Петренко-Коваль Мар’яна Миколаївна',
      givenName: 'Мар’яна',
      familyName: 'Петренко-Коваль',
      patronymic: 'Миколаївна',
      position: 'Головний бухгалтер',
      company: { name: 'Петренко-Коваль М.М.', legalForm: 'ФОП' },
      phones: ['+380442345678'],
    },
  ],
  [
    'uk: initials before the family name',
    'UA',
    `О. Коваль
Директор
ТОВ «Альфа-Трейд»
+380441234567`,
    {
      fullName: 'О. Коваль',
      givenName: 'О.',
      familyName: 'Коваль',
      position: 'Директор',
      company: { name: 'Альфа-Трейд', legalForm: 'ТОВ' },
      phones: ['+380441234567'],
    },
  ],
  [
    "uk: ФОП followed by the owner's full name, ІПН",
    'UA',
    `ФОП Шевченко Тарас Григорович
ІПН 3012345670
+380 67 000 11 22`,
    {
      fullName: 'Шевченко Тарас Григорович',
      givenName: 'Тарас',
      familyName: 'Шевченко',
      patronymic: 'Григорович',
      company: { name: 'Шевченко Тарас Григорович', legalForm: 'ФОП' },
      ids: ['ipn:3012345670'],
      phones: ['+380670001122'],
    },
  ],
  [
    'uk: company contacts block with the legal form spelled out and an address',
    'UA',
    `Контакти
Товариство з обмеженою відповідальністю «Зелений Гай»
код ЄДРПОУ 40123456
Адреса: 01001, м. Київ, вул. Хрещатик, 22
Тел.: (044) 590-12-34
E-mail: info@zgai.com.ua
Графік роботи: Пн-Пт 9:00–18:00`,
    {
      company: { name: 'Зелений Гай', legalForm: 'ТОВ' },
      ids: ['!edrpou:40123456'],
      city: 'Київ',
      phones: ['+380445901234'],
      emails: ['info@zgai.com.ua'],
      address: '01001, м. Київ, вул. Хрещатик, 22',
      notes: ['Графік роботи: Пн-Пт 9:00–18:00'],
    },
  ],
  [
    'uk: a city number without the area code is kept as invalid',
    'UA',
    `Іван Петренко
тел. 123-45-67`,
    { fullName: 'Іван Петренко', givenName: 'Іван', familyName: 'Петренко', phones: ['!1234567'] },
  ],
  [
    'uk: an email without a domain ending is kept as invalid',
    'UA',
    `Олег Сидоренко
Email: oleg.sydorenko@gmail`,
    {
      fullName: 'Олег Сидоренко',
      givenName: 'Олег',
      familyName: 'Сидоренко',
      emails: ['!oleg.sydorenko@gmail'],
    },
  ],
  [
    'uk: quoted reply with HTML leftovers, entities and non-breaking spaces',
    'UA',
    '> З повагою,<br>> <b>Андрій Мельник</b><br>> Менеджер з продажу&nbsp;| ТОВ &laquo;Техно&raquo;<br>> моб.: 097\u00a0111\u00a022\u00a033',
    {
      fullName: 'Андрій Мельник',
      givenName: 'Андрій',
      familyName: 'Мельник',
      position: 'Менеджер з продажу',
      company: { name: 'Техно', legalForm: 'ТОВ' },
      phones: ['+380971112233'],
    },
  ],
  [
    'uk: emoji and bullets between fields, bare domain as its own field',
    'UA',
    `Наталія Бондар
📞 +380 93 555 44 33 • ✉️ sales@agro-bud.ua • 🌐 agro-bud.ua`,
    {
      fullName: 'Наталія Бондар',
      givenName: 'Наталія',
      familyName: 'Бондар',
      phones: ['+380935554433'],
      emails: ['sales@agro-bud.ua'],
      website: 'agro-bud.ua',
    },
  ],
  [
    'uk: dates, times and prices are not phones',
    'UA',
    `Іван Петренко
Зустріч 12.03.2024 о 10:00, ціна 1 250 000 грн
+380 67 123 45 67`,
    {
      fullName: 'Іван Петренко',
      givenName: 'Іван',
      familyName: 'Петренко',
      phones: ['+380671234567'],
      notes: ['Зустріч 12.03.2024 о 10:00'],
    },
  ],
  [
    'uk: bank requisites: ЄДРПОУ, IBAN and МФО are not phones',
    'UA',
    `ТОВ "Будмонтаж"
ЄДРПОУ 40123454
IBAN UA21 3223 1300 0002 6007 2335 6600 1
МФО 322313
тел. +380 44 500 60 70`,
    {
      company: { name: 'Будмонтаж', legalForm: 'ТОВ' },
      ids: ['edrpou:40123454'],
      ibans: ['UA213223130000026007233566001'],
      phones: ['+380445006070'],
      notes: ['МФО 322313'],
    },
  ],
  [
    'uk: signature separator and "Sent from my iPhone" are ignored',
    'UA',
    `Дякую!
--
Ярослав Ткачук
067 321 54 76
Sent from my iPhone`,
    { fullName: 'Ярослав Ткачук', givenName: 'Ярослав', familyName: 'Ткачук', phones: ['+380673215476'] },
  ],
  [
    'uk: family name first without patronymic',
    'UA',
    `Бондаренко Світлана
маркетолог
s.bondarenko@ukr.net`,
    {
      fullName: 'Бондаренко Світлана',
      givenName: 'Світлана',
      familyName: 'Бондаренко',
      position: 'маркетолог',
      emails: ['s.bondarenko@ukr.net'],
    },
  ],
  [
    'uk: one line with pipes',
    'UA',
    'Олександр Бойко | Директор з розвитку | ТОВ «Кварц» | +380 67 765 43 21 | boyko@kvarts.ua | kvarts.ua',
    {
      fullName: 'Олександр Бойко',
      givenName: 'Олександр',
      familyName: 'Бойко',
      position: 'Директор з розвитку',
      company: { name: 'Кварц', legalForm: 'ТОВ' },
      phones: ['+380677654321'],
      emails: ['boyko@kvarts.ua'],
      website: 'kvarts.ua',
    },
  ],
  [
    'uk: name, position and company on one line',
    'UA',
    'Коваль Олена, менеджер з продажу, ТОВ «Світло»',
    {
      fullName: 'Коваль Олена',
      givenName: 'Олена',
      familyName: 'Коваль',
      position: 'менеджер з продажу',
      company: { name: 'Світло', legalForm: 'ТОВ' },
    },
  ],
  [
    'uk: Cyrillic domain in the email and the website',
    'UA',
    `Тарас Шевчук
пошта@приклад.укр
приклад.укр`,
    {
      fullName: 'Тарас Шевчук',
      givenName: 'Тарас',
      familyName: 'Шевчук',
      emails: ['пошта@приклад.укр'],
      website: 'приклад.укр',
    },
  ],
  [
    'uk: name and address in angle brackets',
    'UA',
    'Петро Мельник <Petro.Melnyk@Firma.com.ua>',
    {
      fullName: 'Петро Мельник',
      givenName: 'Петро',
      familyName: 'Мельник',
      emails: ['petro.melnyk@firma.com.ua'],
    },
  ],
  [
    'uk: a contract number, a date and an ЄДРПОУ are not phones',
    'UA',
    `Договір № 123456789 від 01.02.2024
ЄДРПОУ 12345678
Петренко Іван`,
    {
      fullName: 'Петренко Іван',
      givenName: 'Іван',
      familyName: 'Петренко',
      ids: ['edrpou:12345678'],
      notes: ['Договір № 123456789 від 01.02.2024'],
    },
  ],
  [
    'uk: internal extension "вн." and a second mobile',
    'UA',
    `Світлана Гончар
Т.: +380 44 123 45 67 вн. 5
М.: 050-987-65-43`,
    {
      fullName: 'Світлана Гончар',
      givenName: 'Світлана',
      familyName: 'Гончар',
      phones: ['+380441234567;ext=5', '+380509876543'],
    },
  ],
  [
    'uk: all-caps name and title',
    'UA',
    `ІВАН ПЕТРЕНКО
ДИРЕКТОР
+380 67 123 45 67`,
    {
      fullName: 'Іван Петренко',
      givenName: 'Іван',
      familyName: 'Петренко',
      position: 'ДИРЕКТОР',
      phones: ['+380671234567'],
    },
  ],
  [
    'uk: chat snippet with a Viber number',
    'UA',
    'Привіт! Мій номер 050 123 45 67, пиши у viber або на o.lysenko@gmail.com',
    { phones: ['+380501234567'], emails: ['o.lysenko@gmail.com'] },
  ],
  [
    'uk: АТ and the city on its own line',
    'UA',
    `Ганна Кравчук
Провідний юрисконсульт
АТ «Укрнафтогаз Сервіс»
Львів, Україна`,
    {
      fullName: 'Ганна Кравчук',
      givenName: 'Ганна',
      familyName: 'Кравчук',
      position: 'Провідний юрисконсульт',
      company: { name: 'Укрнафтогаз Сервіс', legalForm: 'АТ' },
      city: 'Львів',
    },
  ],
  [
    'uk: name with its transliteration in brackets; the department stays as a note',
    'UA',
    `Іван Петренко (Ivan Petrenko)
Менеджер
Відділ продажу
ТОВ «Ромашка»
ivan@romashka.ua`,
    {
      fullName: 'Іван Петренко',
      givenName: 'Іван',
      familyName: 'Петренко',
      position: 'Менеджер',
      company: { name: 'Ромашка', legalForm: 'ТОВ' },
      emails: ['ivan@romashka.ua'],
      notes: ['Ivan Petrenko', 'Відділ продажу'],
    },
  ],
  [
    'uk: copied HTML with links keeps the href targets',
    'UA',
    '<div>Олена Бондар</div><div><a href="mailto:olena@firma.ua">Пишіть</a></div><div><a href="https://www.linkedin.com/in/olena-bondar">LinkedIn</a></div>',
    {
      fullName: 'Олена Бондар',
      givenName: 'Олена',
      familyName: 'Бондар',
      emails: ['olena@firma.ua'],
      profiles: ['https://www.linkedin.com/in/olena-bondar'],
    },
  ],
  [
    'uk: old "+38 0XX" and "8 0XX" formats',
    'UA',
    `Тел/факс: +38 (044) 123-45-67
Моб.: 8 067 123 45 68`,
    { phones: ['+380441234567', '+380671234568'] },
  ],
];

const cases = [...ukCases, ...ruCases, ...latinCases];

describe('parseContactText', () => {
  test.each(cases)('%s', (_title, region, text, want) => {
    expect(summary(parseContactText(text, { defaultRegion: region }))).toEqual(expected(want));
  });

  test('the table is large', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
});
