import { expect, test } from 'vitest';
import { parseRecipientLine, parseSenderLabel } from '../../../integrations/outlook/addresses';
import { parseOutlookUrl } from '../../../integrations/outlook/route';

test.each([
  ['From: Ivan Petrenko <Ivan@Klient.com.ua>', { name: 'Ivan Petrenko', address: 'ivan@klient.com.ua' }],
  ['Von: Іван Петренко <ivan@klient.com.ua>', { name: 'Іван Петренко', address: 'ivan@klient.com.ua' }],
  ['От: Сергей Иванов <sergey@pokupatel.ru>', { name: 'Сергей Иванов', address: 'sergey@pokupatel.ru' }],
  ['De : Jean <jean@exemple.fr>', { name: 'Jean', address: 'jean@exemple.fr' }],
  ['From: Doe, Jane <jane@acme.example>', { name: 'Doe, Jane', address: 'jane@acme.example' }],
  ['From: "Doe, Jane" <jane@acme.example>', { name: 'Doe, Jane', address: 'jane@acme.example' }],
  ['jane@acme.example', { name: '', address: 'jane@acme.example' }],
  ['Absender ist <b@x.example> (extern)', { name: 'Absender ist', address: 'b@x.example' }],
])('sender label %j', (label, expected) => {
  expect(parseSenderLabel(label)).toEqual(expected);
});

test.each(['From: Ivan Petrenko', '', 'Email message'])('no sender in %j', (label) => {
  expect(parseSenderLabel(label)).toBeNull();
});

test.each([
  [
    'To: Olena <olena@kartka.example>; Doe, Jane <jane@acme.example>',
    [
      { name: 'Olena', address: 'olena@kartka.example' },
      { name: 'Doe, Jane', address: 'jane@acme.example' },
    ],
  ],
  ['An: Сергей Иванов <sergey@pokupatel.ru>', [{ name: 'Сергей Иванов', address: 'sergey@pokupatel.ru' }]],
  [
    'Cc: a@x.example, b@y.example',
    [
      { name: '', address: 'a@x.example' },
      { name: '', address: 'b@y.example' },
    ],
  ],
  ['To: Olena Kovalenko; Ivan', []],
  [
    'To: Ann <ann@x.example>, "Doe, Jane" <jane@acme.example>',
    [
      { name: 'Ann', address: 'ann@x.example' },
      { name: 'Doe, Jane', address: 'jane@acme.example' },
    ],
  ],
])('recipients %j', (line, expected) => {
  expect(parseRecipientLine(line)).toEqual(expected);
});

const CONV = 'AAQkADAwATM0MDAAMS1iNmQ0LTg2YjAtMDACLTAwCgAQAN+/zGx0aF1Kk0yC0t2N4=';
const ITEM = 'AAMkADAwATM0MDAAMS1iNmQ0LTg2YjAtMDACLTAwCgBGAAAD/0x0AAA=';
const enc = encodeURIComponent;

test.each([
  [`/mail/inbox/id/${enc(CONV)}`, CONV, 'conversation', `/mail/inbox/id/${enc(CONV)}`],
  [`/mail/0/inbox/id/${enc(CONV)}`, CONV, 'conversation', `/mail/0/inbox/id/${enc(CONV)}`],
  [`/mail/0/sentitems/id/${enc(ITEM)}`, ITEM, 'item', `/mail/0/sentitems/id/${enc(ITEM)}`],
  [`/mail/deeplink/read/${enc(ITEM)}`, ITEM, 'item', `/mail/deeplink/read/${enc(ITEM)}`],
  [`/mail/deeplink/readconv/${enc(CONV)}`, CONV, 'conversation', `/mail/deeplink/readconv/${enc(CONV)}`],
  [`/mail/search/q/invoice%20ivan/id/${enc(CONV)}`, CONV, 'conversation', `/mail/search/q/*/id/${enc(CONV)}`],
  ['/mail/search/q/invoice%20ivan', null, null, '/mail/search/q/*'],
  ['/mail/inbox', null, null, '/mail/inbox'],
  ['/mail/0/', null, null, '/mail/0'],
  ['/mail/deeplink/compose', null, null, '/mail/deeplink/compose'],
])('route %s', (path, id, idKind, redacted) => {
  expect(parseOutlookUrl(new URL(`https://outlook.office.com${path}`))).toEqual({ id, idKind, redacted });
});
