// The list's "Responsible" column in a firm: the owner's display name from the directory, apart from the
// free-text manager field, sorted by the owner.
import { expect, test } from 'vitest';
import { cellText, type CellContext } from '../../../components/app/list/cells';
import { formats } from '../../../components/app/format';
import { t as translate, translator } from '../../../core/i18n';
import { sortRows, type ListRow } from '../../../core/segments';
import { defaultPipeline } from '../../../core/lifecycle';
import type { CompanyId } from '../../../core/ids';
import { refreshPersonRow } from '../../../core/list-row';

const NOW = Date.UTC(2026, 11, 7);
const row = (id: string, extra: Partial<ListRow>): ListRow => ({
  kind: 'person',
  id,
  name: id,
  tags: [],
  openTasks: 0,
  createdAt: NOW,
  ...extra,
});
const ctx: CellContext = {
  stages: new Map(),
  f: formats('uk'),
  now: NOW,
  t: translator('uk'),
  owners: new Map([
    ['ivan', 'Іван Петренко'],
    ['anna', 'Анна Коваль'],
  ]),
};

test.each<[string, Partial<ListRow>, string]>([
  ['an owner in the directory', { owner: 'ivan', manager: 'Оксана' }, 'Іван Петренко'],
  ['an owner no longer listed', { owner: 'olga' }, 'olga'],
  ['no owner (a single user’s client)', { manager: 'Оксана' }, ''],
])('%s', (_, extra, shown) => {
  expect(cellText(row('p', extra), 'owner', ctx)).toBe(shown);
  expect(cellText(row('p', extra), 'manager', ctx)).toBe(extra.manager ?? '');
});

test('the column is named in every language and sorts by the owner, the unowned last', () => {
  expect(['en', 'uk', 'ru'].map((l) => translate(l as 'en', 'app.col.owner'))).toEqual([
    'Responsible',
    'Відповідальний',
    'Ответственный',
  ]);
  const rows = [row('c', {}), row('b', { owner: 'ivan' }), row('a', { owner: 'anna' })];
  const sorted = sortRows(
    rows,
    { column: 'owner', dir: 'asc' },
    { locale: 'uk', pipeline: defaultPipeline(), now: NOW },
  );
  expect(sorted.map((r) => r.id)).toEqual(['a', 'b', 'c']);
});

test('a row joined with its company’s facts keeps its owner (the list showed none for people with a company)', () => {
  const company = {
    id: 'c1' as CompanyId,
    name: 'Зоря Агро',
    city: 'Київ',
    industry: 'Агро',
  };
  const joined = refreshPersonRow(
    row('p', { owner: 'ivan', manager: 'Оксана', companyId: 'c1' }),
    undefined,
    company,
    2,
  );
  expect(joined).toMatchObject({ owner: 'ivan', manager: 'Оксана', companyName: 'Зоря Агро', openTasks: 2 });
});
