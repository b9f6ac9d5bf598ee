import { describe, expect, it, test } from 'vitest';
import { defaultPipeline } from '../../../core/lifecycle';
import {
  activeFilterCount,
  daysUntilBirthday,
  emptyFilter,
  filterRows,
  peopleTable,
  sortRows,
  type ListFilter,
  type ListRow,
} from '../../../core/segments';
import { personId, companyId } from '../../../core/ids';

const DAY = 86_400_000;
const NOW = new Date(2025, 2, 10, 12).getTime(); // Monday 10 March 2025, local time
const pipeline = defaultPipeline();
const stageKinds = new Map(pipeline.map((s) => [s.id, s.kind]));

function row(name: string, extra: Partial<ListRow> = {}): ListRow {
  return { kind: 'person', id: name, name, tags: [], openTasks: 0, createdAt: 0, ...extra };
}

const rows: ListRow[] = [
  row('Олена Коваль', {
    stage: 'regular',
    tags: ['опт', 'агро'],
    city: 'Київ',
    industry: 'Агро',
    manager: 'Оксана',
    owner: 'oksana',
    lastContactAt: NOW - 3 * DAY,
    birthday: { month: 3, day: 14 },
    openTasks: 1,
  }),
  row('Андрій Мельник', {
    stage: 'vip',
    tags: ['VIP'],
    city: 'Дніпро',
    region: 'Дніпропетровська',
    manager: 'Богдан',
    owner: 'bohdan',
    lastContactAt: NOW - 45 * DAY,
  }),
  row('Їжак Ярема', {
    stage: 'lost-revivable',
    city: 'Львів',
    lastContactAt: NOW - 200 * DAY,
    birthday: { month: 3, day: 9 },
  }),
  row('Émile Dupont', { city: 'Lyon', manager: 'Оксана' }),
  row('Ґанна Бойко', { stage: 'potential', region: 'Київська', birthday: { month: 3, day: 16 } }),
];

const ctx = { now: NOW, stageKinds };
const names = (f: Partial<ListFilter>) =>
  filterRows(rows, { ...emptyFilter(), ...f }, ctx).map((r) => r.name);

describe('filters', () => {
  test.each([
    [{ stages: ['regular', 'vip'] }, ['Олена Коваль', 'Андрій Мельник']],
    [{ groups: ['won'] as ListFilter['groups'] }, ['Олена Коваль', 'Андрій Мельник']],
    [{ groups: ['lost', 'none'] as ListFilter['groups'] }, ['Їжак Ярема', 'Émile Dupont']],
    [{ tags: ['vip'] }, ['Андрій Мельник']],
    [{ tags: ['опт', 'агро'] }, ['Олена Коваль']],
    [{ places: ['київ'] }, ['Олена Коваль']],
    [{ places: ['Київська', 'Львів'] }, ['Їжак Ярема', 'Ґанна Бойко']],
    [{ industries: ['агро'] }, ['Олена Коваль']],
    [{ managers: [''] }, ['Їжак Ярема', 'Ґанна Бойко']],
    [{ managers: ['Оксана'] }, ['Олена Коваль', 'Émile Dupont']],
    [{ quietDays: 30 }, ['Андрій Мельник', 'Їжак Ярема', 'Émile Dupont', 'Ґанна Бойко']],
    [{ hasOpenTasks: true }, ['Олена Коваль']],
    [{ owners: ['bohdan'] }, ['Андрій Мельник']],
    [{ owners: ['oksana', 'bohdan'] }, ['Олена Коваль', 'Андрій Мельник']],
    [{ birthdayThisWeek: true }, ['Олена Коваль', 'Ґанна Бойко']],
  ] as const)('%j', (filter, expected) => {
    expect(names(filter as Partial<ListFilter>)).toEqual(expected);
  });

  it('applies search hits as a set of ids', () => {
    expect(
      filterRows(rows, emptyFilter(), { ...ctx, searchHits: new Set(['Émile Dupont']) }).map((r) => r.name),
    ).toEqual(['Émile Dupont']);
  });

  it('counts the filters that are set', () => {
    expect(activeFilterCount(emptyFilter())).toBe(0);
    expect(
      activeFilterCount({ ...emptyFilter(), query: 'ко', tags: ['a'], quietDays: 0, hasOpenTasks: true }),
    ).toBe(4);
    expect(activeFilterCount({ ...emptyFilter(), owners: ['ivan'] })).toBe(1);
  });
});

describe('birthdays', () => {
  test.each([
    [{ month: 3, day: 10 }, 0],
    [{ month: 3, day: 14 }, 4],
    [{ month: 3, day: 9 }, 364],
    [{ month: 2, day: 29 }, 355], // 28 Feb 2026: no 29 February in a common year
  ])('%j is %i days away', (b, days) => {
    expect(daysUntilBirthday(b, NOW)).toBe(days);
  });
});

describe('sorting', () => {
  const sorted = (
    column: Parameters<typeof sortRows>[1]['column'],
    dir: 'asc' | 'desc' = 'asc',
    locale = 'uk',
  ) => sortRows(rows, { column, dir }, { locale, pipeline, now: NOW }).map((r) => r.name);

  it("sorts names in the locale's alphabet: Ukrainian puts Cyrillic first, Ґ after Г and Ї after І", () => {
    expect(sorted('name')).toEqual([
      'Андрій Мельник',
      'Ґанна Бойко',
      'Їжак Ярема',
      'Олена Коваль',
      'Émile Dupont',
    ]);
    expect(sorted('name', 'asc', 'en')).toEqual([
      'Émile Dupont',
      'Андрій Мельник',
      'Ґанна Бойко',
      'Їжак Ярема',
      'Олена Коваль',
    ]);
  });

  it('puts empty values last in either direction', () => {
    expect(sorted('lastContact', 'desc').slice(-2)).toEqual(['Ґанна Бойко', 'Émile Dupont']);
    expect(sorted('lastContact', 'asc')).toEqual([
      'Їжак Ярема',
      'Андрій Мельник',
      'Олена Коваль',
      'Ґанна Бойко',
      'Émile Dupont',
    ]);
  });

  it('sorts stages in pipeline order and birthdays by how soon they come', () => {
    expect(sorted('stage')).toEqual([
      'Ґанна Бойко',
      'Олена Коваль',
      'Андрій Мельник',
      'Їжак Ярема',
      'Émile Dupont',
    ]);
    expect(sorted('birthday')).toEqual([
      'Олена Коваль',
      'Ґанна Бойко',
      'Їжак Ярема',
      'Андрій Мельник',
      'Émile Dupont',
    ]);
  });
});

describe('export', () => {
  it('writes people with all addresses, the current company and the stage label', () => {
    const table = peopleTable(
      [
        {
          id: personId('p1'),
          displayName: 'Олена Коваль',
          emails: ['a@x.ua', 'b@x.ua'],
          phones: ['+380671234567'],
          tags: ['опт'],
          companies: [
            { companyId: companyId('old'), decisionMaker: false, archived: true },
            { companyId: companyId('c1'), decisionMaker: true, archived: false, role: 'Директорка' },
          ],
          stage: { stage: 'vip', reason: '', setBy: 'hand', since: 0 },
          birthday: { month: 3, day: 14 },
          custom: {},
          createdAt: 0,
          updatedAt: 0,
        },
      ],
      new Map([['c1', 'Зоря Агро']]),
      pipeline,
    );
    expect(table[1]).toEqual([
      'Олена Коваль',
      '',
      '',
      '',
      'a@x.ua; b@x.ua',
      '+380671234567',
      'Зоря Агро',
      'Директорка',
      'VIP',
      'опт',
      '',
      '',
      '03-14',
      '',
      '',
    ]);
  });
});
