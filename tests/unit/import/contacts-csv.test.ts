import { describe, expect, it } from 'vitest';
import { contactsFromCsv, problemLine, summarizeReport, withParseProblems } from '../../../core/import';
import { importContacts } from '../../../storage/import-contacts';
import { createPerson } from '../../../storage/people';
import { freshDb, NOW, testSettings } from './helpers';

const GOOGLE = [
  'Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,Organization 1 - Title,Group Membership',
  'Олена Коваль,Олена,Коваль,* Work,olena@alfa.ua,Mobile,+380 67 123 45 67,ТОВ «Альфа»,Директор,* myContacts ::: VIP',
  'Тарас Бойко,Тарас,Бойко,Work,taras@beta.ua,Work,067 765 43 21,Бета,,* myContacts',
  ',,,Work,ivan@,,,,,',
  'Ірина Мельник,Ірина,Мельник,Work,iryna@gamma.com.ua,Mobile,12,Гамма,Бухгалтер,',
].join('\n');

describe('CSV contacts import', () => {
  it('imports the good rows and reports the broken one by file, line and reason', async () => {
    const db = freshDb();
    const file = contactsFromCsv(GOOGLE, 'google.csv');
    const reports = await importContacts(db, file.candidates, {
      mode: 'merge',
      settings: testSettings(),
      now: NOW,
    });
    const all = withParseProblems(reports, file.problems);
    const summary = summarizeReport(all);
    expect(summary).toMatchObject({ total: 4, created: 3, rejected: 1 });
    const lines = summary.attention.map(problemLine);
    expect(lines[0]).toMatch(/^google\.csv, row 4: 'ivan@' is not an email address.*not imported$/u);
    expect(lines[1]).toMatch(
      /^google\.csv, row 5: "12" is too short for a phone number.*Ірина Мельник was imported/u,
    );

    const olena = await db.people.where('emails').equals('olena@alfa.ua').first();
    expect(olena).toMatchObject({
      displayName: 'Олена Коваль',
      phones: ['+380671234567'],
      position: 'Директор',
      tags: ['VIP'],
    });
    const alfa = await db.companies.toArray();
    expect(alfa.map((c) => c.name).sort()).toEqual(['Бета', 'Гамма', 'ТОВ «Альфа»']);
    expect(alfa.find((c) => c.name === 'Бета')?.domains).toEqual(['beta.ua']);
    expect(olena?.companies[0]?.companyId).toBe(alfa.find((c) => c.name === 'ТОВ «Альфа»')?.id);
    const iryna = await db.people.where('emails').equals('iryna@gamma.com.ua').first();
    expect(iryna?.phones).toEqual([]);
  });

  it('reads a windows-1251 file with ; and Ukrainian headers', async () => {
    const text = 'ПІБ;Пошта;Телефон;Місто\r\nКоваль Олена Петрівна;olena@alfa.ua;(067) 123-45-67;Київ\r\n';
    const special: Record<string, number> = { І: 0xb2, і: 0xb3, ї: 0xbf, є: 0xba };
    // А..я sit at 0xC0..0xFF in windows-1251; the Ukrainian letters elsewhere.
    const bytes = Uint8Array.from(
      [...text].map(
        (ch) => special[ch] ?? (ch < '\x80' ? ch.charCodeAt(0) : ch.charCodeAt(0) - 0x410 + 0xc0),
      ),
    );
    const file = contactsFromCsv(bytes, 'excel.csv');
    expect(file.csv.encoding).toBe('windows-1251');
    expect(file.csv.delimiter).toBe(';');
    const db = freshDb();
    await importContacts(db, file.candidates, { mode: 'merge', settings: testSettings(), now: NOW });
    const p = await db.people.toArray();
    expect(p[0]).toMatchObject({
      displayName: 'Коваль Олена Петрівна',
      familyName: 'Коваль',
      givenName: 'Олена',
      patronymic: 'Петрівна',
      city: 'Київ',
      phones: ['+380671234567'],
    });
  });

  it('never overwrites what is in the base by default, and fills what is empty', async () => {
    const db = freshDb();
    const settings = testSettings();
    const made = await createPerson(
      db,
      { displayName: 'Олена Петрівна', emails: ['olena@alfa.ua'], position: 'CEO', notes: 'Любить каву' },
      settings,
      NOW - 1000,
    );
    if (!made.ok) throw new Error('setup');
    const before = await db.people.get(made.person.id);
    const file = contactsFromCsv(GOOGLE, 'google.csv');
    const reports = await importContacts(db, file.candidates, { mode: 'merge', settings, now: NOW });
    const after = await db.people.get(made.person.id);
    expect(after).toMatchObject({
      displayName: 'Олена Петрівна',
      position: 'CEO',
      notes: 'Любить каву',
      phones: ['+380671234567'],
      tags: ['VIP'],
    });
    expect(after?.createdAt).toBe(before?.createdAt);
    expect(reports[0]).toMatchObject({ action: 'merged', personId: made.person.id });
    expect(reports[0]?.kept).toEqual([
      "kept the name 'Олена Петрівна' (the file has 'Олена Коваль')",
      "kept position 'CEO' (the file has 'Директор')",
    ]);

    const again = await importContacts(db, file.candidates, { mode: 'merge', settings, now: NOW + 1000 });
    expect(again.map((r) => r.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await db.people.count()).toBe(3);
  });
});
