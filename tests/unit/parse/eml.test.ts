import { describe, expect, it, test } from 'vitest';
import { parseEmlHeaders } from '../../../core/parse/eml.ts';
import { parseMailDate } from '../../../core/parse/mail-date.ts';
import { b64, concat, cp1251, koi8r } from './helpers.ts';

const simple = [
  'From: "Коваль, Олена" <Olena.Koval@Romashka.UA>',
  'To: Іван Петренко <ivan@firma.ua>, bob@partner.com',
  'Cc: Undisclosed recipients:;',
  'Subject: =?UTF-8?B?0KDQsNGF0YPQvdC+0Log4oSWNQ==?=',
  ' =?UTF-8?B?INC30LAg0LHQtdGA0LXQt9C10L3RjA==?=',
  'Date: Tue, 4 Mar 2025 10:15:00 +0200',
  'Message-ID: <abc123@romashka.ua>',
  'In-Reply-To: <prev@firma.ua>',
  'References: <first@firma.ua>\r\n <prev@firma.ua>',
  'List-Unsubscribe: <mailto:unsub@romashka.ua>',
  'Precedence: Bulk',
  'Auto-Submitted: auto-generated',
  '',
  'Добрий день! Надсилаю рахунок.',
  '> старе повідомлення',
].join('\r\n');

describe('parseEmlHeaders', () => {
  it('reads participants, ids, subject, date and flags', () => {
    const m = parseEmlHeaders(simple);
    expect(m.from).toEqual([{ name: 'Коваль, Олена', address: 'olena.koval@romashka.ua', valid: true }]);
    expect(m.to.map((a) => a.address)).toEqual(['ivan@firma.ua', 'bob@partner.com']);
    expect(m.cc).toEqual([]);
    expect(m.subject).toBe('Рахунок №5 за березень');
    expect(m.date).toBe(Date.UTC(2025, 2, 4, 8, 15));
    expect(m.messageId).toBe('abc123@romashka.ua');
    expect(m.inReplyTo).toBe('prev@firma.ua');
    expect(m.references).toEqual(['first@firma.ua', 'prev@firma.ua']);
    expect(m.listUnsubscribe).toBe(true);
    expect(m.precedence).toBe('bulk');
    expect(m.autoSubmitted).toBe('auto-generated');
    expect(m.snippet).toBe('Добрий день! Надсилаю рахунок.');
    expect(m.problems).toEqual([]);
  });

  test.each([
    ['windows-1251', cp1251],
    ['koi8-r', koi8r],
  ])('decodes raw 8-bit %s headers', (_, encode) => {
    const bytes = concat(
      encode('From: Сидоров Иван <ivan@vector.ru>\r\nSubject: Счет на оплату за март\r\n'),
      'Date: 1 Mar 2025 09:00 +0300\r\n\r\nbody',
    );
    const m = parseEmlHeaders(bytes);
    expect(m.from[0]?.name).toBe('Сидоров Иван');
    expect(m.subject).toBe('Счет на оплату за март');
  });

  it('keeps every From header and says so', () => {
    const m = parseEmlHeaders('From: a@x.ua\nFrom: Б <b@x.ua>\nDate: 1 Jan 2024 00:00 +0000\n\nhi');
    expect(m.from.map((a) => a.address)).toEqual(['a@x.ua', 'b@x.ua']);
    expect(m.problems).toContain('2 From headers; kept the senders of all of them');
  });

  it('reports a bad date and a double @ without throwing', () => {
    const m = parseEmlHeaders('From: x@@y.com\nDate: Mon, 30 Jun 3609 15:33:50 +0600\n\n');
    expect(m.date).toBeNull();
    expect(m.dateText).toBe('Mon, 30 Jun 3609 15:33:50 +0600');
    expect(m.from[0]?.valid).toBe(false);
    expect(m.problems).toEqual([
      "From: 'x@@y.com' has more than one @",
      "Date 'Mon, 30 Jun 3609 15:33:50 +0600' is not a valid date",
    ]);
  });

  it('reads headers with no blank line before the body', () => {
    const m = parseEmlHeaders('From: a@x.ua\nSubject: hi\nthis is already the body\n');
    expect(m.subject).toBe('hi');
    expect(m.snippet).toBe('this is already the body');
    expect(m.problems[0]).toContain('no blank line');
  });

  it('walks MIME: attachment names (RFC 2231 and 2047), QP text in cp1251, broken last boundary', () => {
    const qp = [...cp1251('Дякую за замовлення')].map((b) => `=${b.toString(16).toUpperCase()}`).join('');
    const mail = [
      'From: shop@x.ua',
      'Content-Type: multipart/mixed; boundary="XYZ"',
      '',
      '--XYZ',
      'Content-Type: multipart/alternative; boundary=ALT',
      '',
      '--ALT',
      'Content-Type: text/plain; charset=windows-1251',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      qp,
      '--ALT',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>html</p>',
      '--ALT--',
      '--XYZ',
      "Content-Disposition: attachment; filename*=UTF-8''%D0%A0%D0%B0%D1%85%D1%83%D0%BD%D0%BE%D0%BA.pdf",
      'Content-Type: application/pdf',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0=',
      '--XYZ',
      `Content-Type: application/octet-stream; name="=?UTF-8?B?${b64('Договір.docx')}?="`,
      '',
      'data',
    ].join('\r\n');
    const m = parseEmlHeaders(mail);
    expect(m.attachmentNames).toEqual(['Рахунок.pdf', 'Договір.docx']);
    expect(m.snippet).toBe('Дякую за замовлення');
    expect(m.problems[m.problems.length - 1]).toContain('never closed');
  });

  it('makes a plain-text snippet from HTML-only base64 mail', () => {
    const html =
      '<html><head><style>p{color:red}</style></head><body><p>Привіт,&nbsp;Олено!</p><br>Ціна &lt;100&gt;</body></html>';
    const m = parseEmlHeaders(
      `From: a@x.ua\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${b64(html)}\n`,
    );
    expect(m.snippet).toBe('Привіт, Олено! Ціна <100>');
  });

  test.each([
    [''],
    ['\n\n\n'],
    ['garbage without headers'],
    ['Content-Type: multipart/mixed\n\n--x'],
    ['From: <\nTo: "\nSubject: =?utf-8?B?***?=\n\n'],
  ])('never throws on %j', (input) => {
    expect(() => parseEmlHeaders(input)).not.toThrow();
  });
});

describe('parseMailDate', () => {
  test.each([
    ['Tue, 4 Mar 2025 10:15:00 +0200', Date.UTC(2025, 2, 4, 8, 15)],
    ['4 Mar 2025 10:15 +0200', Date.UTC(2025, 2, 4, 8, 15)],
    ['Thu, 3 Dec 2009 10:50:22 -0800 (PST)', Date.UTC(2009, 11, 3, 18, 50, 22)],
    ['Mon, 2 May 05 16:07:05 EDT', Date.UTC(2005, 4, 2, 20, 7, 5)],
    ['Fri, 14 Mar 2025 12:00:00 MSK', Date.UTC(2025, 2, 14, 9)],
    ['Mon Jan  1 00:00:00 2024', Date.UTC(2024, 0, 1)],
    ['2024-03-15T10:00:00Z', Date.UTC(2024, 2, 15, 10)],
    ['Mon, 30 Jun 3609 15:33:50 +0600', null],
    ['31 Feb 2024 10:00 +0000', null],
    ['вчора', null],
  ])('%s', (text, expected) => {
    expect(parseMailDate(text)).toBe(expected);
  });
});
