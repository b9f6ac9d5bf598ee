import { describe, expect, test } from 'vitest';
import { parseContactText } from '../../../core/draft/index.ts';
import { expected, summary, type Summary } from './summary.ts';

const cases: [string, string, string, Partial<Summary>][] = [
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
  [
    'en: classic signature with Ltd., two phones and a website',
    'GB',
    `Best regards,
John Smith
Account Executive
Acme Widgets Ltd.
T: +44 20 7946 0958
M: +44 7911 123456
john.smith@acmewidgets.co.uk
https://acmewidgets.co.uk/`,
    {
      fullName: 'John Smith',
      givenName: 'John',
      familyName: 'Smith',
      position: 'Account Executive',
      company: { name: 'Acme Widgets', legalForm: 'Ltd' },
      phones: ['+442079460958', '+447911123456'],
      emails: ['john.smith@acmewidgets.co.uk'],
      website: 'https://acmewidgets.co.uk',
    },
  ],
  [
    'en: one line, "title at Company", US number in national format',
    'US',
    'Jane Doe, VP of Marketing at Globex Corporation | jane@globex.com | (212) 555-0187',
    {
      fullName: 'Jane Doe',
      givenName: 'Jane',
      familyName: 'Doe',
      position: 'VP of Marketing',
      company: { name: 'Globex', legalForm: 'Corp' },
      emails: ['jane@globex.com'],
      phones: ['+12125550187'],
    },
  ],
  ['en: a first name alone after "Thanks,"', 'US', 'Thanks,\nBob', { fullName: 'Bob', givenName: 'Bob' }],
  [
    'en: middle name, CFO, "Inc." after a comma',
    'US',
    `Mary Ann Smith
Chief Financial Officer
Initech, Inc.
+1 (415) 555-0134 ext. 12`,
    {
      fullName: 'Mary Ann Smith',
      givenName: 'Mary Ann',
      familyName: 'Smith',
      position: 'Chief Financial Officer',
      company: { name: 'Initech', legalForm: 'Inc' },
      phones: ['+14155550134;ext=12'],
    },
  ],
  [
    'en: family name in capitals first, CEO and a Telegram link',
    'UA',
    `PETRENKO Ivan
CEO, Acme Inc.
https://t.me/ivan_petrenko`,
    {
      fullName: 'Petrenko Ivan',
      givenName: 'Ivan',
      familyName: 'Petrenko',
      position: 'CEO',
      company: { name: 'Acme', legalForm: 'Inc' },
      profiles: ['https://t.me/ivan_petrenko'],
    },
  ],
  [
    'en: company without a legal form right below the title',
    'UA',
    `Olena Koval
Head of Sales
Kartka
olena@kartka.app`,
    {
      fullName: 'Olena Koval',
      givenName: 'Olena',
      familyName: 'Koval',
      position: 'Head of Sales',
      company: { name: 'Kartka' },
      emails: ['olena@kartka.app'],
    },
  ],
  [
    'en: Dutch name particle, B.V. and a VAT number',
    'NL',
    `Jan de Vries
Account Manager
Tulip Trading B.V.
VAT: NL123456789B01
+31 20 123 4567`,
    {
      fullName: 'Jan de Vries',
      givenName: 'Jan',
      familyName: 'de Vries',
      position: 'Account Manager',
      company: { name: 'Tulip Trading', legalForm: 'BV' },
      ids: ['vat:NL123456789B01'],
      phones: ['+31201234567'],
    },
  ],
  [
    'de: GmbH, USt-IdNr. and a German closing',
    'DE',
    `Mit freundlichen Grüßen
Klaus Müller
Geschäftsführer
Müller Logistik GmbH
USt-IdNr.: DE123456789
Tel. +49 30 12345678`,
    {
      fullName: 'Klaus Müller',
      givenName: 'Klaus',
      familyName: 'Müller',
      position: 'Geschäftsführer',
      company: { name: 'Müller Logistik', legalForm: 'GmbH' },
      ids: ['vat:DE123456789'],
      phones: ['+493012345678'],
    },
  ],
  [
    'pl: sp. z o.o. and a Polish closing',
    'PL',
    `Pozdrawiam,
Piotr Nowak
Sales Manager
Nowak Trans sp. z o.o.
+48 601 234 567`,
    {
      fullName: 'Piotr Nowak',
      givenName: 'Piotr',
      familyName: 'Nowak',
      position: 'Sales Manager',
      company: { name: 'Nowak Trans', legalForm: 'sp. z o.o.' },
      phones: ['+48601234567'],
    },
  ],
  [
    'en: Outlook "Family, Given" sender line',
    'UA',
    'From: Koval, Olena <olena.koval@firma.ua>',
    { fullName: 'Koval Olena', givenName: 'Olena', familyName: 'Koval', emails: ['olena.koval@firma.ua'] },
  ],
  [
    'en: profiles on their own lines, the email domain is not the website',
    'UA',
    `Ivan Petrenko
ivan@acme.com
facebook.com/ivan.petrenko
https://www.instagram.com/kartka.shop/
https://www.linkedin.com/in/ivan-petrenko-123/`,
    {
      fullName: 'Ivan Petrenko',
      givenName: 'Ivan',
      familyName: 'Petrenko',
      emails: ['ivan@acme.com'],
      profiles: [
        'https://facebook.com/ivan.petrenko',
        'https://www.instagram.com/kartka.shop',
        'https://www.linkedin.com/in/ivan-petrenko-123',
      ],
    },
  ],
  [
    'en: the same address twice in different case is one email',
    'UA',
    'ivan@x.ua, IVAN@X.UA; petro@x.ua',
    { emails: ['ivan@x.ua', 'petro@x.ua'] },
  ],
  [
    'en: a greeting names the reader, not the sender',
    'UA',
    `Dear Ivan,
Best regards,
Olha Melnyk
+380 63 111 22 33`,
    { fullName: 'Olha Melnyk', givenName: 'Olha', familyName: 'Melnyk', phones: ['+380631112233'] },
  ],
  [
    'en: LLC before the name, Skype kept as a note',
    'UA',
    `Andrii Kovalenko
Business Development Manager
LLC "Smart Logistics"
Skype: andrii.kovalenko
+380 (67) 555-12-34`,
    {
      fullName: 'Andrii Kovalenko',
      givenName: 'Andrii',
      familyName: 'Kovalenko',
      position: 'Business Development Manager',
      company: { name: 'Smart Logistics', legalForm: 'LLC' },
      phones: ['+380675551234'],
      notes: ['Skype: andrii.kovalenko'],
    },
  ],
  [
    'en: honorific before the name',
    'US',
    `Mr. John Smith
Sales Director`,
    { fullName: 'John Smith', givenName: 'John', familyName: 'Smith', position: 'Sales Director' },
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
    'en: a quoted-reply header gives the sender',
    'UA',
    `On Mon, 3 Jun 2024 at 10:00, Ivan Petrenko <ivan@x.com> wrote:
> Hi Olena,`,
    { fullName: 'Ivan Petrenko', givenName: 'Ivan', familyName: 'Petrenko', emails: ['ivan@x.com'] },
  ],
  [
    'uk: old "+38 0XX" and "8 0XX" formats',
    'UA',
    `Тел/факс: +38 (044) 123-45-67
Моб.: 8 067 123 45 68`,
    { phones: ['+380441234567', '+380671234568'] },
  ],
];

describe('parseContactText', () => {
  test.each(cases)('%s', (_title, region, text, want) => {
    expect(summary(parseContactText(text, { defaultRegion: region }))).toEqual(expected(want));
  });

  test('the table is large', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
});
