// Russian signatures and snippets for parse-text.test.ts: ООО, АО, ИП with ИНН, КПП, ОГРН(ИП), Moscow addresses.
import type { Case } from './summary.ts';

export const ruCases: Case[] = [
  [
    'ru: general director of ООО, ИНН and КПП, Moscow address',
    'UA',
    `С уважением,
Сергей Иванов
Генеральный директор ООО "Вектор"
8 (495) 123-45-67, +7 912 345-67-89
ИНН 7707083893, КПП 773601001
г. Москва, ул. Тверская, д. 1`,
    {
      fullName: 'Сергей Иванов',
      givenName: 'Сергей',
      familyName: 'Иванов',
      position: 'Генеральный директор',
      company: { name: 'Вектор', legalForm: 'ООО' },
      phones: ['+74951234567', '+79123456789'],
      ids: ['inn:7707083893', 'kpp:773601001'],
      city: 'Москва',
      address: 'г. Москва, ул. Тверская, д. 1',
    },
  ],
  [
    'ru: given name, patronymic, family name; АО; two labelled phones',
    'RU',
    `С уважением,
Анна Сергеевна Кузнецова
Ведущий специалист отдела продаж
АО «Стройтех»
Моб.: +7 (916) 123-45-67
Раб.: +7 (495) 987-65-43 доб. 205
kuznetsova@stroytech.ru
www.stroytech.ru`,
    {
      fullName: 'Анна Сергеевна Кузнецова',
      givenName: 'Анна',
      familyName: 'Кузнецова',
      patronymic: 'Сергеевна',
      position: 'Ведущий специалист отдела продаж',
      company: { name: 'Стройтех', legalForm: 'АО' },
      phones: ['+79161234567', '+74959876543;ext=205'],
      emails: ['kuznetsova@stroytech.ru'],
      website: 'www.stroytech.ru',
    },
  ],
  [
    'ru: ИП with ОГРНИП and a 12-digit ИНН',
    'RU',
    `ИП Смирнов Алексей Петрович
ОГРНИП 304500116000157
ИНН 500100730004
тел. 8-916-123-45-67`,
    {
      fullName: 'Смирнов Алексей Петрович',
      givenName: 'Алексей',
      familyName: 'Смирнов',
      patronymic: 'Петрович',
      company: { name: 'Смирнов Алексей Петрович', legalForm: 'ИП' },
      ids: ['ogrnip:304500116000157', 'inn:500100730004'],
      phones: ['+79161234567'],
    },
  ],
  [
    'ru: family name with initials and title on one line',
    'RU',
    `Иванов И.И., менеджер
+7 495 111-22-33`,
    {
      fullName: 'Иванов И.И.',
      givenName: 'И.',
      familyName: 'Иванов',
      patronymic: 'И.',
      position: 'менеджер',
      phones: ['+74951112233'],
    },
  ],
  [
    'ru: legal form spelled out, ОГРН',
    'RU',
    `Открытое акционерное общество «Северсталь-Инвест»
ОГРН 1027700132195
Тел.: 8 800 555-35-35`,
    {
      company: { name: 'Северсталь-Инвест', legalForm: 'ОАО' },
      ids: ['ogrn:1027700132195'],
      phones: ['+78005553535'],
    },
  ],
  [
    'ru: name below the title and the company; ё in the name',
    'RU',
    `Генеральный директор
ООО «Ромашка»
Петров Пётр Петрович`,
    {
      fullName: 'Петров Пётр Петрович',
      givenName: 'Пётр',
      familyName: 'Петров',
      patronymic: 'Петрович',
      position: 'Генеральный директор',
      company: { name: 'Ромашка', legalForm: 'ООО' },
    },
  ],
  [
    'ru: female family-first name with ё, ЗАО in low-high quotes',
    'RU',
    `Семёнова Алёна Викторовна
Директор по развитию
ЗАО „Альфа“`,
    {
      fullName: 'Семёнова Алёна Викторовна',
      givenName: 'Алёна',
      familyName: 'Семёнова',
      patronymic: 'Викторовна',
      position: 'Директор по развитию',
      company: { name: 'Альфа', legalForm: 'ЗАО' },
    },
  ],
  [
    'ru: Telegram handle and WhatsApp number',
    'RU',
    'Дмитрий | Telegram: @dmitry_sales | WhatsApp: +7 900 123-45-67',
    {
      fullName: 'Дмитрий',
      givenName: 'Дмитрий',
      profiles: ['https://t.me/dmitry_sales'],
      phones: ['+79001234567'],
    },
  ],
  [
    'ru: 10-digit ИНН that is really a Ukrainian ІПН',
    'UA',
    `Иван Петренко
ИНН 3012345670`,
    { fullName: 'Иван Петренко', givenName: 'Иван', familyName: 'Петренко', ids: ['ipn:3012345670'] },
  ],
];
