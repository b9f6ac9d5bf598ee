// The import cases of issue 15 against the demo base, in storage: a shared mobile never merges two people
// (Андрій and Тарас Шевченко; Мария Иванова and Иван Петрович Сидоров), a switchboard stays the company's,
// a row naming only a company becomes one, statuses and managers are read, and undo restores the base exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactsFromCsv, summarizeReport } from '../../../core/import';
import { newClientStage } from '../../../core/lifecycle';
import type { KartkaDB } from '../../../storage/db';
import { loadDemoBase } from '../../../storage/demo';
import { openDuplicates } from '../../../storage/duplicates';
import { importContacts } from '../../../storage/import-contacts';
import { lastUndoableImport, undoImport } from '../../../storage/import-undo';
import { freshDb, NOW, testSettings } from './helpers';

const FILES = join(import.meta.dirname, '../../files/contacts');
const file = (name: string) => contactsFromCsv(new Uint8Array(readFileSync(join(FILES, name))), name);
const settings = testSettings();

async function snapshot(db: KartkaDB) {
  // Rows as text, in a stable order; the write time (`touchedAt`) changes on every write and is left out.
  const strip = (rows: readonly object[]) =>
    rows.map((r) => JSON.stringify({ ...r, touchedAt: undefined })).sort();
  return {
    people: strip(await db.people.toArray()),
    companies: strip(await db.companies.toArray()),
    duplicates: await db.possibleDuplicates.toArray(),
  };
}

async function demoDb() {
  const db = freshDb();
  await loadDemoBase(db, settings, NOW - 86_400_000);
  return db;
}

const byName = async (db: KartkaDB, name: string) =>
  (await db.people.toArray()).filter((p) => p.displayName === name && p.mergedInto === undefined);

describe('importing an Outlook file into the demo base', () => {
  it('keeps Андрій Шевченко apart from Тарас, who shares his mobile, and flags the pair', async () => {
    const db = await demoDb();
    const [taras] = await byName(db, 'Тарас Шевченко');
    if (!taras) throw new Error('the demo base has no Тарас Шевченко');
    const f = file('outlook-shared-phones.csv');
    const reports = await importContacts(db, f.candidates, { mode: 'merge', settings, now: NOW });
    const andrii = await byName(db, 'Андрій Шевченко');
    expect(andrii).toHaveLength(1);
    expect(andrii[0]).toMatchObject({
      emails: ['a.shevchenko@agro-lviv.com.ua'],
      phones: ['+380322000000', '+380501112233'],
      birthday: { year: 1975, month: 1, day: 27 },
    });
    expect(await db.people.get(taras.id)).toEqual(taras);
    const row = reports.find((r) => r.label === 'Андрій Шевченко');
    expect(row?.action).toBe('created');
    expect(row?.notes.map((n) => n.because?.code)).toEqual(['row.possibleDuplicate']);
    const open = await openDuplicates(db);
    expect(open.map((d) => [d.a.displayName, d.b.displayName].sort())).toEqual([
      ['Андрій Шевченко', 'Тарас Шевченко'],
    ]);
    expect(open[0]?.duplicate.verdict).toMatchObject({
      level: 'possible',
      names: 'conflict',
      evidence: [{ kind: 'phone', value: '+380501112233' }],
    });
  });

  it('gives the switchboard to the company: colleagues sharing it stay two people', async () => {
    const db = await demoDb();
    await importContacts(db, file('outlook-shared-phones.csv').candidates, {
      mode: 'merge',
      settings,
      now: NOW,
    });
    const company = (await db.companies.toArray()).find((c) => c.name === 'Зерно Трейд');
    expect(company).toMatchObject({ phones: ['+380445901200'], website: 'https://zerno-trade.com.ua' });
    const [oksana] = await byName(db, 'Оксана Дорошенко');
    const [petro] = await byName(db, 'Петро Гуменюк');
    expect(oksana).toMatchObject({
      phones: [],
      department: 'Бухгалтерія',
      address: 'вул. Січових Стрільців, 21',
      companies: [{ companyId: company?.id }],
    });
    // Outlook's "Manager's Name" is her boss, not who handles the client.
    expect(oksana?.manager).toBeUndefined();
    // A direct line with an extension is his own, and the extension is kept.
    expect(petro).toMatchObject({ phones: ['+380445901200'], phoneExt: { '+380445901200': '214' } });
    expect(await openDuplicates(db)).toHaveLength(1); // only Андрій/Тарас
  });

  it('keeps Мария Иванова apart from Иван Петрович Сидоров after importing both files in a row', async () => {
    const db = await demoDb();
    await importContacts(db, file('google-shared-phone.csv').candidates, {
      mode: 'merge',
      settings,
      now: NOW,
    });
    await importContacts(db, file('outlook-shared-phones.csv').candidates, {
      mode: 'merge',
      settings,
      now: NOW + 1,
    });
    const [maria] = await byName(db, 'Мария Иванова');
    const [ivan] = await byName(db, 'Иван Петрович Сидоров');
    expect(maria?.emails).toEqual(['maria@example.ru']);
    expect(ivan?.emails).toEqual(['ivan@vector.ru', 'i.sidorov@vector.ru']);
    expect(maria?.phones).toEqual(['+79161234567']);
    expect(ivan?.phones).toEqual(['+79161234567']);
    const pairs = (await openDuplicates(db)).map((d) =>
      [d.a.displayName, d.b.displayName].sort().join(' / '),
    );
    expect(pairs.sort()).toEqual([
      'Андрій Шевченко / Тарас Шевченко',
      'Иван Петрович Сидоров / Мария Иванова',
    ]);
  });

  it('makes a row with only a company and a phone a company, not a person named after the phone', async () => {
    const db = await demoDb();
    const people = await db.people.count();
    const reports = await importContacts(db, file('google-shared-phone.csv').candidates, {
      mode: 'merge',
      settings,
      now: NOW,
    });
    expect(summarizeReport(reports)).toMatchObject({ created: 2, company: 1, rejected: 0 });
    expect(await db.people.count()).toBe(people + 2);
    const store = (await db.companies.toArray()).find((c) => c.name === 'Склад на Лівому березі');
    expect(store?.phones).toEqual(['+380445017700']);
    expect((await db.people.toArray()).some((p) => p.displayName.includes('501'))).toBe(false);
    const [yaryna] = await byName(db, 'Ярина Бойчук');
    expect(yaryna).toMatchObject({
      address: 'вул. Городоцька, 15, Львів 79007, Україна',
      department: 'Продажі',
    });
  });

  it('reads status, manager and ИНН from a Russian Excel sheet; an unknown status stays in the notes', async () => {
    const db = await demoDb();
    const reports = await importContacts(db, file('excel-ru-status.csv').candidates, {
      mode: 'merge',
      settings,
      now: NOW,
    });
    const [lebedev] = await byName(db, 'Лебедев Николай Андреевич');
    expect(lebedev).toMatchObject({
      stage: { stage: 'regular', setBy: 'import', reason: 'Постоянный' },
      manager: 'Петрова А.',
      department: 'Снабжение',
      phones: ['+78125550202'],
      phoneExt: { '+78125550202': '123' },
    });
    const company = (await db.companies.toArray()).find((c) => c.name === 'ООО «Балтийский берег»');
    expect(company?.registrationIds).toEqual([{ kind: 'inn', value: '7707083893' }]);
    expect(company?.website).toBe('https://balt-bereg.ru');
    const [orlova] = await byName(db, 'Орлова Светлана');
    expect(orlova?.stage?.stage).toBe('potential');
    const bad = reports.find((r) => r.label === 'Орлова Светлана');
    expect(bad?.problems.join(' ')).toMatch(/^ИНН "7801234567" has a wrong check digit/u);
    const [zaitsev] = await byName(db, 'Зайцев Пётр');
    // An unknown status is kept in the notes; the client starts in the one default stage, as any new client does.
    expect(zaitsev?.stage).toEqual(newClientStage(NOW));
    expect(zaitsev?.notes).toContain('Status: Спящий');
  });
});

describe('undo this import', () => {
  it('restores the base exactly, merges and suggestions included', async () => {
    const db = await demoDb();
    await importContacts(db, file('google-shared-phone.csv').candidates, {
      mode: 'merge',
      settings,
      now: NOW,
    });
    const before = await snapshot(db);
    const f = file('outlook-shared-phones.csv');
    const reports = await importContacts(db, f.candidates, { mode: 'overwrite', settings, now: NOW + 1 });
    expect(reports.some((r) => r.action === 'created')).toBe(true);
    const last = await lastUndoableImport(db);
    expect(last).toMatchObject({ files: ['outlook-shared-phones.csv'], at: NOW + 1 });
    await undoImport(db, last?.importId ?? '');
    expect(await snapshot(db)).toEqual(before);
    // The import before it is now the last one, and can be undone in turn.
    expect((await lastUndoableImport(db))?.files).toEqual(['google-shared-phone.csv']);
  });

  it('restores people a merge changed, and companies it added to', async () => {
    const db = await demoDb();
    const before = await snapshot(db);
    const csv = [
      'Name,E-mail,Phone,Company,Company Main Phone,Notes',
      'Тарас Шевченко,taras@zoria-agro.com.ua,+380 67 000 00 01,Зоря Агро,+380 44 000 00 02,Новий телефон',
      'Тарас,,+380501112233,,,Той самий за мобільним',
    ].join('\n');
    const reports = await importContacts(db, contactsFromCsv(csv, 'm.csv').candidates, {
      mode: 'merge',
      settings,
      now: NOW,
    });
    expect(reports.map((r) => r.action)).toEqual(['merged', 'merged']);
    const zoria = (await db.companies.toArray()).find((c) => c.name === 'Зоря Агро');
    expect(zoria?.phones).toEqual(['+380440000002']);
    const last = await lastUndoableImport(db);
    expect(last).toMatchObject({ created: 0, changed: 2 }); // Тарас and his company
    await undoImport(db, last?.importId ?? '');
    expect(await snapshot(db)).toEqual(before);
    await expect(undoImport(db, last?.importId ?? '')).rejects.toThrow(/can no longer be undone/u);
  });
});
