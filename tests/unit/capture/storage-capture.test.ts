import { afterEach, describe, expect, it } from 'vitest';
import {
  draftFromCapture,
  emptyForm,
  formFromCorrespondent,
  formFromDraft,
  type CaptureForm,
} from '../../../core/capture';
import { appendCapture, findDuplicates, saveCapture } from '../../../storage/capture';
import { createCompany } from '../../../storage/companies';
import type { KartkaDB } from '../../../storage/db';
import { createPerson } from '../../../storage/people';
import { freshDb, NOW, testSettings } from '../storage/helpers';
import { IRYNA_SIGNATURE, OLENA_SIGNATURE } from './signatures';

const settings = testSettings();
const form = (patch: Partial<CaptureForm>): CaptureForm => ({ ...emptyForm(), ...patch });
let db: KartkaDB;

afterEach(async () => {
  await db?.delete();
});

async function seedOlena() {
  db = freshDb();
  const written = await createPerson(
    db,
    {
      displayName: 'Олена Коваль',
      emails: ['olena.koval@zoria-agro.com.ua'],
      phones: ['+380671234567'],
      position: 'Директорка',
    },
    settings,
    NOW,
  );
  if (!written.ok) throw new Error('seed failed');
  return written.person;
}

describe('saving a captured signature', () => {
  it('keeps a phone extension and puts the address in Address, not in the note', async () => {
    db = freshDb();
    const signature = `Петро Гуменюк
Менеджер із закупівель
ТОВ «Зерно Трейд»
тел. +380 44 590 12 00 доб. 214, ext. 12 for English speakers
вул. Січових Стрільців, 21
Київ 04053`;
    const f = formFromDraft(draftFromCapture({ selection: signature }, 'UA'));
    expect(f.address).toBe('вул. Січових Стрільців, 21, Київ 04053');
    const result = await saveCapture(db, f, settings, NOW);
    if (!result.ok) throw new Error(result.problems.map((p) => p.reason).join(' '));
    expect(result.person).toMatchObject({
      phones: ['+380445901200'],
      phoneExt: { '+380445901200': '214' },
      address: 'вул. Січових Стрільців, 21, Київ 04053',
    });
    expect(result.person.notes ?? '').not.toContain('Січових');
  });

  it('creates the person and their company, linked, with the valid requisites', async () => {
    db = freshDb();
    const f = formFromDraft(draftFromCapture({ selection: IRYNA_SIGNATURE }, 'UA'));
    const fixed = { ...f, phones: f.phones.filter((p) => p.startsWith('+')) };
    const result = await saveCapture(db, fixed, settings, NOW);
    expect(result.ok).toBe(true);
    const [person] = await db.people.toArray();
    const [company] = await db.companies.toArray();
    expect(person).toMatchObject({
      displayName: 'Ірина Савченко',
      givenName: 'Ірина',
      familyName: 'Савченко',
      phones: ['+380503112233'],
      source: 'capture',
    });
    expect(company).toMatchObject({
      name: 'Світанок Трейд',
      legalForm: 'ТОВ',
      domains: ['svitanok-trade.com.ua'],
      registrationIds: [{ kind: 'edrpou', value: '32855961' }],
    });
    expect(person?.companies[0]).toMatchObject({ companyId: company?.id, role: 'Головна бухгалтерка' });
  });

  it('writes nothing while a phone is invalid, and says which', async () => {
    db = freshDb();
    const f = formFromDraft(draftFromCapture({ selection: IRYNA_SIGNATURE }, 'UA'));
    const result = await saveCapture(db, f, settings, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.reason).toMatch(/"044 123 45 6" is not a valid phone number/);
    expect(await db.people.count()).toBe(0);
    expect(await db.companies.count()).toBe(0);
  });

  it('joins a company already in the base by its domain instead of creating another', async () => {
    db = freshDb();
    const existing = await createCompany(
      db,
      { name: 'Зоря Агро', legalForm: 'ТОВ', domains: ['zoria-agro.com.ua'] },
      NOW,
    );
    const result = await saveCapture(
      db,
      form({ name: 'Андрій Шевчук', emails: ['a.shevchuk@zoria-agro.com.ua'], company: 'Зоря-Агро' }),
      settings,
      NOW,
    );
    expect(result.ok && result.person.companies[0]?.companyId).toBe(existing.ok && existing.company.id);
    expect(await db.companies.count()).toBe(1);
  });

  it('links the company of the address domain on a one-click add from a thread (no company typed)', async () => {
    db = freshDb();
    const existing = await createCompany(db, { name: 'Зоря Агро', domains: ['zoria-agro.com.ua'] }, NOW);
    const result = await saveCapture(
      db,
      formFromCorrespondent('Андрій Шевчук', 'a.shevchuk@sales.zoria-agro.com.ua'),
      settings,
      NOW,
    );
    expect(result.ok && result.person.companies.map((l) => l.companyId)).toEqual([
      existing.ok && existing.company.id,
    ]);
    // A free-mail address links nobody, and no company is made up.
    const gmail = await saveCapture(db, formFromCorrespondent('Ірина', 'iryna@gmail.com'), settings, NOW);
    expect(gmail.ok && gmail.person.companies).toEqual([]);
    expect(await db.companies.count()).toBe(1);
  });

  it('refuses a second person with an address already in the base, and rolls back the new company', async () => {
    await seedOlena();
    const result = await saveCapture(
      db,
      form({ name: 'Олена', emails: ['olena.koval@zoria-agro.com.ua'], company: 'Нова Фірма' }),
      settings,
      NOW,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.reason).toMatch(/already belongs to Олена Коваль/);
    expect(await db.people.count()).toBe(1);
    expect(await db.companies.count()).toBe(0);
  });
});

describe('a phone someone else has', () => {
  it('saves a person of another name beside her, and offers the pair as a possible duplicate', async () => {
    const olena = await seedOlena();
    const result = await saveCapture(
      db,
      form({ name: 'Андрій Коваль', phones: ['+380 67 123 45 67'] }),
      settings,
      NOW,
    );
    expect(result.ok && result.person.phones).toEqual(['+380671234567']);
    const pairs = await db.possibleDuplicates.toArray();
    expect(pairs).toMatchObject([{ source: 'capture', verdict: { level: 'possible', names: 'conflict' } }]);
    expect([pairs[0]?.a, pairs[0]?.b]).toContain(olena.id);
  });
});

describe('duplicates while typing', () => {
  it('finds her by email, by a phone typed another way, and by her name in Latin', async () => {
    const olena = await seedOlena();
    const byEmail = await findDuplicates(db, form({ emails: ['Olena.Koval@zoria-agro.com.ua'] }), settings);
    const byPhone = await findDuplicates(db, form({ phones: ['067 123-45-67'] }), settings);
    const byPhoneAndName = await findDuplicates(
      db,
      form({ name: 'Елена Коваль', phones: ['067 123-45-67'] }),
      settings,
    );
    const byPhoneOtherName = await findDuplicates(
      db,
      form({ name: 'Андрій Коваль', phones: ['067 123-45-67'] }),
      settings,
    );
    const byName = await findDuplicates(db, form({ name: 'Koval Olena' }), settings);
    expect(byEmail.map((o) => [o.id, o.strength])).toEqual([[olena.id, 'same']]);
    // A phone is hers only with a name that agrees (core/identity); without one, or with another, it is a suggestion.
    expect(byPhone.map((o) => [o.id, o.strength])).toEqual([[olena.id, 'possible']]);
    expect(byPhoneAndName.map((o) => [o.id, o.strength])).toEqual([[olena.id, 'same']]);
    expect(byPhoneOtherName.map((o) => [o.id, o.strength])).toEqual([[olena.id, 'possible']]);
    expect(byName.map((o) => [o.id, o.strength])).toEqual([[olena.id, 'namesake']]);
    expect(
      await findDuplicates(db, form({ name: 'Тарас Бондар', emails: ['taras@bondar.ua'] }), settings),
    ).toEqual([]);
  });
});

describe('adding to an existing client', () => {
  it('adds the new phone and keeps what she has', async () => {
    const olena = await seedOlena();
    const f = formFromDraft(draftFromCapture({ selection: OLENA_SIGNATURE }, 'UA'));
    const result = await appendCapture(db, olena.id, f, settings, NOW);
    expect(result.ok).toBe(true);
    const after = await db.people.get(olena.id);
    expect(after?.phones).toEqual(['+380671234567', '+380675551234']);
    expect(after?.position).toBe('Директорка');
    expect(await db.people.count()).toBe(1);
    expect(after?.companies).toHaveLength(1);
    expect(result.ok && result.kept.join()).toMatch(/Директорка/);
  });

  it('refuses an address that belongs to someone else', async () => {
    const olena = await seedOlena();
    const other = await createPerson(
      db,
      { displayName: 'Тарас Бондар', emails: ['taras@bondar.ua'] },
      settings,
      NOW,
    );
    const result = await appendCapture(db, olena.id, form({ emails: ['taras@bondar.ua'] }), settings, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.reason).toMatch(/already belongs to Тарас Бондар/);
    expect(other.ok).toBe(true);
    expect((await db.people.get(olena.id))?.emails).toEqual(['olena.koval@zoria-agro.com.ua']);
  });
});
