import { afterEach, describe, expect, test } from 'vitest';
import { companyId } from '../../../core/ids';
import { createCompany } from '../../../storage/companies';
import type { KartkaDB } from '../../../storage/db';
import { interactionsForPerson } from '../../../storage/interactions';
import {
  addNote,
  archiveCompanyLink,
  bulkCreatePeople,
  createPerson,
  findPersonByAddress,
  findPersonByPhone,
  linkCompany,
  peopleOfCompany,
  setStage,
  updatePerson,
} from '../../../storage/people';
import { freshDb, NOW, testSettings } from './helpers';

let db: KartkaDB;
afterEach(async () => {
  await db.delete();
});

async function olena() {
  const r = await createPerson(
    db,
    {
      displayName: 'Олена Коваль',
      emails: ['Olena.Koval@Acme.com.ua', 'O.Koval@gmail.com'],
      phones: ['067 123 45 67'],
    },
    testSettings(),
    NOW,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.person;
}

describe('people', () => {
  test('create normalizes and finds by any address, case-insensitive', async () => {
    db = freshDb();
    const p = await olena();
    expect(p.emails).toEqual(['olena.koval@acme.com.ua', 'o.koval@gmail.com']);
    expect(p.phones).toEqual(['+380671234567']);
    expect((await findPersonByAddress(db, 'OLENA.KOVAL@acme.com.ua', testSettings()))?.id).toBe(p.id);
    expect(await findPersonByAddress(db, 'okoval+x@gmail.com', testSettings())).toBeUndefined();
    expect(
      (await findPersonByAddress(db, 'okoval+x@gmail.com', testSettings({ gmailDotPlusFolding: true })))?.id,
    ).toBe(p.id);
    expect((await findPersonByPhone(db, '+380 (67) 123-45-67', testSettings()))?.id).toBe(p.id);
  });

  test('create rejects bad input with per-field reasons and refuses an address someone already has', async () => {
    db = freshDb();
    await olena();
    const bad = await createPerson(
      db,
      { displayName: 'X', emails: ['x@'], phones: ['12'] },
      testSettings(),
      NOW,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.field)).toEqual(['emails[0]', 'phones[0]']);
    const dup = await createPerson(
      db,
      { displayName: 'Olena', emails: ['olena.koval@acme.com.ua'] },
      testSettings(),
      NOW,
    );
    expect(dup).toEqual({
      ok: false,
      problems: [
        {
          field: 'emails[0]',
          reason: expect.stringContaining('already belongs to Олена Коваль') as string,
          because: {
            code: 'owned.email',
            params: { value: 'olena.koval@acme.com.ua', name: 'Олена Коваль' },
          },
        },
      ],
    });
  });

  test('update validates and re-indexes', async () => {
    db = freshDb();
    const p = await olena();
    const r = await updatePerson(
      db,
      p.id,
      { emails: ['olena@newfirm.ua'], position: 'CFO' },
      testSettings(),
      NOW + 1,
    );
    expect(r).toMatchObject({ ok: true, person: { position: 'CFO', updatedAt: NOW + 1 } });
    expect(await findPersonByAddress(db, 'olena.koval@acme.com.ua', testSettings())).toBeUndefined();
    expect((await findPersonByAddress(db, 'olena@newfirm.ua', testSettings()))?.id).toBe(p.id);
    expect((await updatePerson(db, p.id, { phones: ['abc'] }, testSettings(), NOW)).ok).toBe(false);
  });

  test('stage by hand keeps its reason; notes join the history', async () => {
    db = freshDb();
    const p = await olena();
    expect(await setStage(db, { kind: 'person', id: p.id }, 'vip', 'owner of a dealer network', NOW)).toBe(
      true,
    );
    expect((await db.people.get(p.id))?.stage).toEqual({
      stage: 'vip',
      reason: 'owner of a dealer network',
      setBy: 'hand',
      since: NOW,
    });
    await addNote(db, p.id, 'Просила передзвонити після 15:00', NOW);
    const history = await interactionsForPerson(db, p.id, 10);
    expect(history).toMatchObject([
      { kind: 'note', body: 'Просила передзвонити після 15:00', personIds: [p.id] },
    ]);
  });

  test('moving to another company archives the old link, never deletes it', async () => {
    db = freshDb();
    const p = await olena();
    const acme = await createCompany(db, { name: 'Акме', domains: ['acme.com.ua'] }, NOW);
    const beta = await createCompany(db, { name: 'Бета', domains: ['beta.ua'] }, NOW);
    if (!acme.ok || !beta.ok) throw new Error('companies');
    await linkCompany(db, p.id, { companyId: acme.company.id, role: 'buyer', decisionMaker: true }, NOW);
    const moved = await linkCompany(
      db,
      p.id,
      { companyId: beta.company.id, decisionMaker: false },
      NOW + 5,
      true,
    );
    expect(moved?.companies).toMatchObject([
      { companyId: acme.company.id, role: 'buyer', archived: true, until: NOW + 5 },
      { companyId: beta.company.id, archived: false },
    ]);
    expect((await peopleOfCompany(db, acme.company.id)).former.map((x) => x.id)).toEqual([p.id]);
    expect((await peopleOfCompany(db, beta.company.id)).current.map((x) => x.id)).toEqual([p.id]);
    expect(moved?.searchTokens).toContain('beta');
    expect(await archiveCompanyLink(db, p.id, beta.company.id, NOW + 9)).toBe(true);
    expect(await archiveCompanyLink(db, p.id, companyId('nope'), NOW)).toBe(false);
  });
});

describe('bulkCreatePeople', () => {
  test('1,000 drafts with one bad record: 999 written, the bad one reported by index', async () => {
    db = freshDb();
    const drafts = Array.from({ length: 1000 }, (_, i) => ({
      displayName: `Клієнт ${i}`,
      emails: [i === 637 ? 'klient637@' : `klient${i}@firm${i % 40}.ua`],
    }));
    const report = await bulkCreatePeople(db, drafts, testSettings(), NOW);
    expect(report.written).toBe(999);
    expect(report.problems).toEqual([
      {
        index: 637,
        reason: expect.stringMatching(
          /^Record 638: emails\[0\]: "klient637@" is not an email address/u,
        ) as string,
      },
    ]);
    expect(await db.people.count()).toBe(999);
  });

  test('a second run of the same import adds nothing and says why', async () => {
    db = freshDb();
    const drafts = [
      { displayName: 'Тарас', emails: ['taras@ukr.net'] },
      { displayName: 'Тарас 2', emails: ['TARAS@ukr.net'] },
    ];
    const first = await bulkCreatePeople(db, drafts, testSettings(), NOW);
    expect(first.written).toBe(1);
    expect(first.problems[0]?.reason).toContain('taras@ukr.net is already in the base');
    const again = await bulkCreatePeople(db, drafts, testSettings(), NOW);
    expect(again.written).toBe(0);
    expect(await db.people.count()).toBe(1);
  });
});
