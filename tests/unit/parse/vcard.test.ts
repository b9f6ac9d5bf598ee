import { describe, expect, it, test } from 'vitest';
import { parseVCards } from '../../../core/parse/vcard.ts';
import { foldLine } from '../../../core/parse/vcard-lines.ts';
import { serializeVCard4 } from '../../../core/parse/vcard-write.ts';
import { parseBirthday } from '../../../core/parse/vcard-values.ts';
import { concat, cp1251 } from './helpers.ts';

const qp = (bytes: Uint8Array): string => [...bytes].map((b) => `=${b.toString(16).toUpperCase()}`).join('');

describe('parseVCards', () => {
  it('reads vCard 3.0 with folding, escapes, TYPE lists and several cards', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Коваль;Олена;Іванівна;;',
      'FN:Олена Коваль',
      'ORG:ТОВ «Ромашка»;Закупівлі',
      'TITLE:Комерційний директор',
      'EMAIL;TYPE=INTERNET,WORK,PREF:olena.koval@romash',
      ' ka.ua',
      'EMAIL;TYPE=HOME;TYPE=PREF:olena.k@gmail.com',
      'TEL;TYPE=CELL:+380671234567',
      'ADR;TYPE=WORK:;;вул. Хрещатик\\, 1;Київ;;01001;Україна',
      'NOTE:Любить чай\\; офіс\\nу Львові',
      'CATEGORIES:Клієнти,VIP',
      'BDAY:1984-03-12',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Сидоров Иван',
      'TEL;VALUE=uri;TYPE="voice,cell":tel:+7-916-123-45-67',
      'BDAY:--0509',
      'item1.EMAIL:ivan@vector.ru',
      'item1.X-ABLabel:_$!<Work>!$_',
      'END:VCARD',
    ].join('\r\n');
    const { cards, problems } = parseVCards(text);
    expect(problems).toEqual([]);
    expect(cards).toHaveLength(2);
    const [olena, ivan] = cards;
    expect(olena).toMatchObject({
      line: 1,
      fullName: 'Олена Коваль',
      familyName: 'Коваль',
      givenName: 'Олена',
      middleName: 'Іванівна',
      org: 'ТОВ «Ромашка»',
      orgUnit: 'Закупівлі',
      title: 'Комерційний директор',
      emails: [
        { value: 'olena.koval@romashka.ua', types: ['work', 'pref'] },
        { value: 'olena.k@gmail.com', types: ['home', 'pref'] },
      ],
      phones: [{ value: '+380671234567', types: ['cell'] }],
      addresses: [
        { street: 'вул. Хрещатик, 1', city: 'Київ', postcode: '01001', country: 'Україна', types: ['work'] },
      ],
      note: 'Любить чай; офіс\nу Львові',
      categories: ['Клієнти', 'VIP'],
      birthday: { year: 1984, month: 3, day: 12 },
    });
    expect(ivan).toMatchObject({
      line: 16,
      phones: [{ value: '+7-916-123-45-67', types: ['voice', 'cell'] }],
      birthday: { month: 5, day: 9 },
      emails: [{ value: 'ivan@vector.ru', types: ['work'] }],
    });
  });

  it('reads vCard 2.1 quoted-printable windows-1251 with soft line breaks and bare types', () => {
    const fn = qp(cp1251('Алексей Кузнецов'));
    const bytes = concat(
      'BEGIN:VCARD\r\nVERSION:2.1\r\n',
      `N;CHARSET=WINDOWS-1251;ENCODING=QUOTED-PRINTABLE:${qp(cp1251('Кузнецов'))};${qp(cp1251('Алексей'))};;;\r\n`,
      `FN;CHARSET=WINDOWS-1251;QUOTED-PRINTABLE:${fn.slice(0, 30)}=\r\n${fn.slice(30)}\r\n`,
      'TEL;CELL;PREF:+78125550101\r\n',
      'EMAIL;PREF;INTERNET:kuznetsov@sever-veter.ru\r\n',
      'ORG;CHARSET=windows-1251:',
      cp1251('ООО «Северный ветер»'),
      '\r\nEND:VCARD\r\n',
    );
    const [card] = parseVCards(bytes).cards;
    expect(card).toMatchObject({
      fullName: 'Алексей Кузнецов',
      familyName: 'Кузнецов',
      givenName: 'Алексей',
      org: 'ООО «Северный ветер»',
      phones: [{ value: '+78125550101', types: ['cell', 'pref'] }],
      emails: [{ value: 'kuznetsov@sever-veter.ru', types: ['pref'] }],
    });
  });

  it('keeps small photos as data URLs and drops big ones', () => {
    const small =
      'BEGIN:VCARD\nVERSION:3.0\nFN:A\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\n END:VCARD\nEND:VCARD';
    expect(parseVCards(small.replace('\n END:VCARD', '')).cards[0]?.photo).toBe(
      'data:image/jpeg;base64,/9j/4AAQ',
    );
    const big = `BEGIN:VCARD\nVERSION:2.1\nFN:B\nPHOTO;ENCODING=BASE64;JPEG:${'A'.repeat(50_000)}\n\nEND:VCARD`;
    expect(parseVCards(big).cards[0]?.photo).toBeUndefined();
  });

  it('reports bad lines and bad dates but keeps the cards', () => {
    const text =
      'EMAIL:stray@x.ua\nBEGIN:VCARD\nFN:Петро\nthis line is junk\nBDAY:31.02.1990\nBEGIN:VCARD\nFN:Embedded agent\nEND:VCARD\nEND:VCARD\nBEGIN:VCARD\nFN:No end';
    const { cards, problems } = parseVCards(text);
    expect(cards.map((c) => c.fullName)).toEqual(['Петро', 'No end']);
    expect(problems.map((p) => p.line)).toEqual([1, 4, 5, 10]);
    expect(problems[2]?.reason).toBe("BDAY '31.02.1990' is not a date");
  });

  it('falls back to N, then ORG, then email for the full name', () => {
    const { cards } = parseVCards(
      'BEGIN:VCARD\nN:Шевченко;Андрій;;;\nEND:VCARD\nBEGIN:VCARD\nEMAIL:a@x.ua\nEND:VCARD',
    );
    expect(cards.map((c) => c.fullName)).toEqual(['Андрій Шевченко', 'a@x.ua']);
  });
});

describe('parseBirthday', () => {
  test.each([
    ['19850315', { year: 1985, month: 3, day: 15 }],
    ['1985-03-15', { year: 1985, month: 3, day: 15 }],
    ['--0315', { month: 3, day: 15 }],
    ['--03-15', { month: 3, day: 15 }],
    ['1985-03-15T00:00:00Z', { year: 1985, month: 3, day: 15 }],
    ['15.03.1985', { year: 1985, month: 3, day: 15 }],
    ['--0229', { month: 2, day: 29 }],
    ['1604-05-09', { month: 5, day: 9 }],
    ['1985-02-30', null],
    ['soon', null],
  ])('%s', (text, expected) => {
    expect(parseBirthday(text)).toEqual(expected);
  });
});

describe('serializeVCard4', () => {
  it('escapes, folds at 75 octets and round-trips', () => {
    const contact = {
      fullName: 'Олена Коваль',
      givenName: 'Олена',
      familyName: 'Коваль',
      emails: [{ value: 'olena@romashka.ua', types: ['work'] }],
      phones: [{ value: '+380671234567', types: ['cell', 'pref'] }],
      org: 'ТОВ «Ромашка», Київ',
      birthday: { month: 3, day: 12 },
      urls: [],
      addresses: [{ street: 'вул. Хрещатик, 1', city: 'Київ', types: ['work'] }],
      note: 'Довга нотатка; з крапкою з комою, комою і\nновим рядком. '.repeat(4),
      categories: ['Клієнти', 'VIP'],
    };
    const text = serializeVCard4(contact);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('ORG:ТОВ «Ромашка»\\, Київ\r\n');
    expect(text).toContain('BDAY:--0312\r\n');
    const [back] = parseVCards(text).cards;
    expect(back).toMatchObject({ ...contact, note: contact.note.trim() });
  });

  it('never splits a multibyte character when folding', () => {
    const folded = foldLine(`NOTE:${'Ї'.repeat(100)}`);
    expect(folded.split('\r\n').every((l) => !l.includes('\ufffd'))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`NOTE:${'Ї'.repeat(100)}`);
  });
});
