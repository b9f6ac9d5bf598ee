// English, German and Polish signatures and snippets for parse-text.test.ts: Ltd., Inc., LLC, B.V., GmbH, sp. z o.o.
import type { Case } from './summary.ts';

export const latinCases: Case[] = [
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
    'en: a quoted-reply header gives the sender',
    'UA',
    `On Mon, 3 Jun 2024 at 10:00, Ivan Petrenko <ivan@x.com> wrote:
> Hi Olena,`,
    { fullName: 'Ivan Petrenko', givenName: 'Ivan', familyName: 'Petrenko', emails: ['ivan@x.com'] },
  ],
];
