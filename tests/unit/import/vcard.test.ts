import { describe, expect, it } from 'vitest';
import { contactsFromVCard, summarizeReport, withParseProblems } from '../../../core/import';
import { peopleToVCards } from '../../../core/export';
import { importContacts } from '../../../storage/import-contacts';
import { plainPerson } from '../../../storage/rows';
import { freshDb, NOW, testSettings } from './helpers';

// Outlook/Android vCard 2.1: quoted-printable UTF-8 with a soft line break, and a windows-1251 card.
const V21 = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9A=D0=BE=D0=B2=D0=B0=D0=BB=D1=8C;=D0=9E=D0=BB=D0=B5=D0=BD=D0=B0;;;',
  'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9E=D0=BB=D0=B5=D0=BD=D0=B0 =D0=9A=D0=BE=D0=B2=D0=B0=D0=BB=',
  '=D1=8C',
  'TEL;CELL:+380671234567',
  'EMAIL;INTERNET:olena@alfa.ua',
  'ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=90=D0=BB=D1=8C=D1=84=D0=B0',
  'PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD',
  '',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Тарас Бойко',
  'N:Бойко;Тарас;;;',
  'TEL;TYPE=WORK:067 765 43 21',
  'EMAIL;TYPE=INTERNET:taras@beta.ua',
  'BDAY:1985-03-15',
  'NOTE:Довгий коментар\\, що перенесено',
  '  на другий рядок',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Без адреси',
  'EMAIL:not-an-email',
  'END:VCARD',
].join('\r\n');

describe('vCard import', () => {
  it('imports 2.1 quoted-printable, 3.0 folded lines and 4.0 cards from one file, reporting the bad one', async () => {
    const db = freshDb();
    const file = contactsFromVCard(V21, 'phone.vcf');
    const reports = withParseProblems(
      await importContacts(db, file.candidates, { mode: 'merge', settings: testSettings(), now: NOW }),
      file.problems,
    );
    const summary = summarizeReport(reports);
    expect(summary).toMatchObject({ created: 3, rejected: 0 });
    expect(summary.attention.map((r) => `${r.line}: ${r.problems.join(' ')}`)).toEqual([
      '22: "not-an-email" is not an email address: it has no @. It was left out.',
    ]);

    const people = (await db.people.toArray())
      .map(plainPerson)
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'uk'));
    expect(people.map((p) => p.displayName)).toEqual(['Без адреси', 'Олена Коваль', 'Тарас Бойко']);
    expect(people[1]).toMatchObject({
      givenName: 'Олена',
      familyName: 'Коваль',
      phones: ['+380671234567'],
      emails: ['olena@alfa.ua'],
    });
    expect(people[2]).toMatchObject({
      birthday: { year: 1985, month: 3, day: 15 },
      notes: 'Довгий коментар, що перенесено на другий рядок',
    });
    expect((await db.companies.toArray()).map((c) => c.name)).toEqual(['Альфа']);
  });

  it('exports vCard 4.0 that imports back to the same people', async () => {
    const db = freshDb();
    const file = contactsFromVCard(V21, 'phone.vcf');
    await importContacts(db, file.candidates, { mode: 'merge', settings: testSettings(), now: NOW });
    const companies = await db.companies.toArray();
    const people = (await db.people.toArray()).map(plainPerson);
    const vcf = peopleToVCards(people, { companyNames: new Map(companies.map((c) => [c.id, c.name])) });
    expect(vcf).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/u);

    const again = freshDb();
    const back = contactsFromVCard(vcf, 'export.vcf');
    await importContacts(again, back.candidates, { mode: 'merge', settings: testSettings(), now: NOW });
    const strip = ({ id: _i, companies: _c, source: _s, ...p }: ReturnType<typeof plainPerson>) => p;
    const byName = (a: { displayName: string }, b: { displayName: string }) =>
      a.displayName.localeCompare(b.displayName);
    expect((await again.people.toArray()).map(plainPerson).map(strip).sort(byName)).toEqual(
      people.map(strip).sort(byName),
    );
  });
});
