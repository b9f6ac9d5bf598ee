import { describe, expect, it, test } from 'vitest';
import { personId, type PersonId } from '../../../core/ids';
import { candidateFromCsv, planChunk, prepareCandidate, rowKey, type DedupeMode } from '../../../core/import';
import type { Person } from '../../../core/model';
import { NOW, testSettings } from './helpers';

const olena: Person = {
  id: personId('p-olena'),
  displayName: 'Олена Коваль',
  emails: ['olena@alfa.ua'],
  phones: ['+380671234567'],
  position: 'Директорка',
  tags: ['VIP'],
  companies: [],
  custom: {},
  createdAt: NOW - 10_000,
  updatedAt: NOW - 10_000,
};
const taras: Person = {
  ...olena,
  id: personId('p-taras'),
  displayName: 'Тарас Бойко',
  emails: ['taras@beta.ua'],
  phones: ['+380501112233'],
  tags: [],
};

function row(line: number, fields: Partial<Parameters<typeof candidateFromCsv>[0]>) {
  return prepareCandidate(
    candidateFromCsv(
      { line, emails: [], phones: [], companyPhones: [], tags: [], registrationIds: {}, ...fields },
      'clients.csv',
    ),
    testSettings(),
  );
}

let n = 0;
const ctx = () => ({
  existing: [olena, taras],
  importedIds: new Set<PersonId>(),
  companyOf: () => undefined,
  now: NOW,
  newId: () => `new-${++n}`,
});

describe('dedupe decisions', () => {
  const incoming = row(2, {
    fullName: 'Олена Петрівна Коваль',
    emails: ['OLENA@alfa.ua'],
    phones: ['050 111 22 33'],
    position: 'CEO',
    city: 'Львів',
  });

  test.each<[DedupeMode, string, Partial<Person> | null]>([
    [
      'merge',
      'merged',
      {
        displayName: 'Олена Коваль',
        position: 'Директорка',
        city: 'Львів',
        phones: ['+380671234567', '+380501112233'],
      },
    ],
    ['overwrite', 'merged', { displayName: 'Олена Петрівна Коваль', position: 'CEO', city: 'Львів' }],
    ['skip', 'skipped', null],
    ['create', 'created', null],
  ])('%s for all', (mode, action, expected) => {
    const plan = planChunk([incoming], { mode }, ctx());
    expect(plan.reports[0]?.action).toBe(action);
    if (expected) expect(plan.update[0]).toMatchObject(expected);
    if (mode === 'skip') expect(plan.update).toEqual([]);
    if (mode === 'create') {
      // A new person never takes an address that belongs to someone else; a phone may be shared, and is flagged.
      expect(plan.create[0]).toMatchObject({
        emails: [],
        phones: ['+380501112233'],
        displayName: 'Олена Петрівна Коваль',
      });
      expect(plan.reports[0]?.problems).toEqual([
        'olena@alfa.ua belongs to Олена Коваль, so it was not added to this person.',
        'same phone +380501112233 as Тарас Бойко, a different name — not merged; listed under possible duplicates.',
      ]);
      expect(plan.duplicates.map((d) => [d.a, d.b].sort())).toEqual([[plan.create[0]?.id, 'p-taras'].sort()]);
    }
  });

  it('reports what it kept, and a phone shared with someone of another name, when merging', () => {
    const plan = planChunk([incoming], { mode: 'merge' }, ctx());
    expect(plan.reports[0]).toMatchObject({
      reason: 'merged into Олена Коваль (olena@alfa.ua): city, phones updated',
      kept: [
        "kept the name 'Олена Коваль' (the file has 'Олена Петрівна Коваль')",
        "kept position 'Директорка' (the file has 'CEO')",
      ],
      problems: [
        'same phone +380501112233 as Тарас Бойко, a different name — not merged; listed under possible duplicates.',
      ],
    });
    expect(plan.duplicates).toMatchObject([{ a: 'p-olena', b: 'p-taras', source: 'import' }]);
  });

  it('lets a per-row choice override the choice for all', () => {
    const other = row(3, { fullName: 'Тарас', emails: ['taras@beta.ua'], city: 'Одеса' });
    const perRow = new Map<string, DedupeMode>([[rowKey('clients.csv', 3), 'skip']]);
    const plan = planChunk([incoming, other], { mode: 'merge', perRow }, ctx());
    expect(plan.reports.map((r) => r.action)).toEqual(['merged', 'skipped']);
  });

  it('merges a repeated row of the same file into the person it just created, whatever the mode', () => {
    const a = row(2, { fullName: 'Ірина Мельник', emails: ['iryna@gamma.ua'] });
    const b = row(9, {
      fullName: 'Ірина Мельник',
      emails: ['iryna@gamma.ua'],
      phones: ['+380 93 000 11 22'],
    });
    const plan = planChunk([a, b], { mode: 'skip' }, ctx());
    expect(plan.reports.map((r) => r.action)).toEqual(['created', 'merged']);
    expect(plan.create).toHaveLength(1);
    expect(plan.create[0]?.phones).toEqual(['+380930001122']);
  });

  it('fills a name that was only an address (a person first seen in mail)', () => {
    const { position: _p, ...rest } = olena;
    const fromMail: Person = {
      ...rest,
      id: personId('p-mail'),
      displayName: 'ivan@delta.ua',
      emails: ['ivan@delta.ua'],
      phones: [],
    };
    const plan = planChunk(
      [row(2, { fullName: 'Іван Дельта', emails: ['ivan@delta.ua'] })],
      { mode: 'merge' },
      { ...ctx(), existing: [fromMail] },
    );
    expect(plan.update[0]?.displayName).toBe('Іван Дельта');
  });

  it('rejects a row with nothing to identify a person, naming what was wrong', () => {
    const bad = row(5, { emails: ['ivan@'], phones: ['12'] });
    expect(bad.fields).toBeNull();
    expect(bad.rejected).toMatch(
      /^no name, valid email or phone left to import \("ivan@" is not an email address.*"12" is too short/u,
    );
  });
});
