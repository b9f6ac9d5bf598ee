// The filter menus' choices match core's distinctValues field by field.
import { expect, test } from 'vitest';
import { distinctValues, type ListRow } from '../../../core/segments';
import { listOptions } from '../../../entrypoints/app/list-options';

const row = (i: number, extra: Partial<ListRow>): ListRow => ({
  kind: 'person',
  id: `p${i}`,
  name: `P ${i}`,
  tags: [],
  openTasks: 0,
  createdAt: 0,
  ...extra,
});

test('the same choices, first spelling first, as distinctValues gives', () => {
  const rows = [
    row(1, { tags: ['vip', 'Опт'], city: 'київ', region: 'Київська', manager: 'оксана' }),
    row(2, { tags: ['VIP', ''], city: 'Київ', industry: 'IT', manager: 'Оксана' }),
    row(3, { tags: ['опт', 'Їжа', 'агро'], region: 'київ', industry: 'it' }),
    row(4, { tags: [], city: 'Lyon', industry: 'Агро', manager: '' }),
    row(5, { tags: ['Ґрунт', 'гриби'], city: 'Ірпінь', region: 'Київська' }),
  ];
  for (const locale of ['uk', 'en']) {
    const options = listOptions(rows, locale);
    expect(options.tags).toEqual(distinctValues(rows, (r) => r.tags, locale));
    expect(options.places).toEqual(distinctValues(rows, (r) => [r.city, r.region], locale));
    expect(options.industries).toEqual(distinctValues(rows, (r) => [r.industry], locale));
    expect(options.managers).toEqual(distinctValues(rows, (r) => [r.manager], locale));
  }
  expect(listOptions(rows, 'uk').places).toEqual(
    ['Ірпінь', 'київ', 'Київська', 'Lyon'].sort(new Intl.Collator('uk').compare),
  );
});
