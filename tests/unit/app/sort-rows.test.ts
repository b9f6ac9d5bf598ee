// The app's ranked sort must order rows exactly as core's sortRows does, for every column and direction, also
// when the same sorter is reused as rows come and go (its collation ranks are kept between sorts).
import { describe, expect, test } from 'vitest';
import { defaultPipeline } from '../../../core/lifecycle';
import { COLUMN_IDS, sortRows, type ListRow, type SortSpec } from '../../../core/segments';
import { Ranking, RowSorter } from '../../../entrypoints/app/sort-rows';

const NOW = new Date(2025, 2, 10, 12).getTime();
const DAY = 86_400_000;
const pipeline = defaultPipeline();

// Collation traps: case, accents, Ukrainian letters after я in code points, numbers, an ignorable character.
const NAMES = [
  'Олена Коваль',
  'олена коваль',
  'Ґанна Бойко',
  'Гнат Бойко',
  'Їжак Ярема',
  'Іван Ярема',
  'Євген Шевчук',
  'Émile Dupont',
  'Emile Dupont',
  'Anna',
  'anna',
  'An\u200bna',
  'Item 2',
  'Item 10',
  'Item 02',
  'Zoë',
  'Ярослав',
];
const CITIES = ['Київ', 'київ', 'Львів', 'Lyon', 'Ірпінь', 'Дніпро'];
const TAGS = ['опт', 'VIP', 'vip', 'агро', 'Їжа'];

let seed = 7;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const maybe = <T>(p: number, v: () => T): T | undefined => (rand() < p ? v() : undefined);

function randomRows(n: number, from = 0): ListRow[] {
  return Array.from({ length: n }, (_, i) => {
    const row: Record<string, unknown> = {
      kind: 'person',
      id: `p${from + i}`,
      name: `${pick(NAMES)}${rand() < 0.3 ? ` ${Math.floor(rand() * 20)}` : ''}`,
      tags: rand() < 0.5 ? [pick(TAGS)] : rand() < 0.5 ? [pick(TAGS), pick(TAGS)] : [],
      openTasks: Math.floor(rand() * 3),
      createdAt: NOW - Math.floor(rand() * 50) * DAY,
      email: maybe(0.8, () => `${pick(['a', 'B', 'ж', 'c'])}${Math.floor(rand() * 30)}@x.ua`),
      phone: maybe(0.5, () => `+380${Math.floor(rand() * 1000)}`),
      companyName: maybe(0.6, () => pick(['Зоря', 'зоря', 'Beta', 'Альфа 2', 'Альфа 10'])),
      position: maybe(0.3, () => pick(['CEO', 'ceo', 'Бухгалтер'])),
      stage: maybe(0.8, () => pick([...pipeline.map((s) => s.id), 'unknown-stage'])),
      city: maybe(0.6, () => pick(CITIES)),
      region: maybe(0.3, () => pick(['Київська', 'Львівська'])),
      industry: maybe(0.5, () => pick(['Агро', 'IT', 'it'])),
      manager: maybe(0.7, () => pick(['Оксана', 'Богдан', 'оксана'])),
      owner: maybe(0.6, () => pick(['ivan', 'anna', 'olga'])),
      lastContactAt: maybe(0.8, () => NOW - Math.floor(rand() * 40) * DAY),
      birthday: maybe(0.3, () => ({ month: 1 + Math.floor(rand() * 12), day: 1 + Math.floor(rand() * 28) })),
    };
    // Absent, not undefined, as the live rows are.
    return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as unknown as ListRow;
  });
}

const ids = (rows: readonly ListRow[]) => rows.map((r) => r.id);
const specs: SortSpec[] = COLUMN_IDS.flatMap((column) => [
  { column, dir: 'asc' as const },
  { column, dir: 'desc' as const },
]);

describe('RowSorter', () => {
  test.each(['uk', 'en'])('matches sortRows for every column and direction (%s)', (locale) => {
    const rows = randomRows(600);
    const sorter = new RowSorter();
    const ctx = { locale, pipeline, now: NOW };
    for (const spec of specs)
      expect(ids(sorter.sort(rows, spec, ctx)), spec.column).toEqual(ids(sortRows(rows, spec, ctx)));
  });

  test('stays exact as rows are added and changed between sorts', () => {
    const sorter = new RowSorter();
    const ctx = { locale: 'uk', pipeline, now: NOW };
    let rows = randomRows(300);
    for (let round = 0; round < 4; round++) {
      for (const spec of specs)
        expect(ids(sorter.sort(rows, spec, ctx)), `${round} ${spec.column}`).toEqual(
          ids(sortRows(rows, spec, ctx)),
        );
      // A few new values (inserted into the kept ranks) and, once, many (ranks rebuilt).
      rows = [
        ...rows.slice(5),
        ...randomRows(round === 2 ? 400 : 5, 1000 * (round + 1)).map((r, i) => ({
          ...r,
          name: `${r.name} нов${round}-${i}`,
        })),
      ];
    }
  });

  test('breaks thousands of ties by name through ranks, as the collator would', () => {
    const rows = randomRows(7000).map((r, i) => ({ ...r, openTasks: i % 2, name: `${r.name} ${i % 97}` }));
    const ctx = { locale: 'uk', pipeline, now: NOW };
    const sorter = new RowSorter();
    for (const spec of [
      { column: 'openTasks', dir: 'asc' },
      { column: 'stage', dir: 'desc' },
      { column: 'city', dir: 'asc' },
    ] as const)
      expect(ids(sorter.sort(rows, spec, ctx))).toEqual(ids(sortRows(rows, spec, ctx)));
  });

  test('an empty list', () => {
    expect(
      new RowSorter().sort([], { column: 'name', dir: 'asc' }, { locale: 'uk', pipeline, now: NOW }),
    ).toEqual([]);
  });
});

describe('Ranking', () => {
  test('ranks in collation order, equal values share a rank, inserts keep it', () => {
    const ranking = new Ranking(new Intl.Collator('uk', { numeric: true }));
    ranking.add(['Б', 'а', 'Item 10', 'Item 2', 'Anna']);
    ranking.add(['Anna', 'An\u200bna', 'Ґ', 'Г', 'Є', 'Ї', 'І']);
    const collator = new Intl.Collator('uk', { numeric: true });
    const order = ['Anna', 'Item 2', 'Item 10', 'а', 'Б', 'Г', 'Ґ', 'Є', 'І', 'Ї'].sort(collator.compare);
    // The numeric option and the Ukrainian alphabet, not code units: Ґ right after Г, 2 before 10.
    expect(order.indexOf('Ґ')).toBe(order.indexOf('Г') + 1);
    expect(order.indexOf('Item 2')).toBeLessThan(order.indexOf('Item 10'));
    const ranks = order.map((v) => ranking.of(v));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(order.length);
    expect(ranking.of('An\u200bna')).toBe(ranking.of('Anna'));
  });
});
