// Reading many people at once (storage/people-reads.ts): a key range scan past a share of the table, single gets
// below it.
import { afterEach, expect, test, vi } from 'vitest';
import { bulkCreatePeople } from '../../../storage/people';
import { readPeople } from '../../../storage/people-reads';
import { NOW } from './helpers';
import { base, dropBases } from './live-base';

afterEach(dropBases);

test('many ids are read by one pass over their key range, few by single gets', async () => {
  const { db, settings, live, olena } = await base();
  await bulkCreatePeople(
    db,
    Array.from({ length: 2400 }, (_, i) => ({ displayName: `Клієнт ${i}`, emails: [`k${i}@firma.ua`] })),
    settings,
    NOW,
  );
  await live.current();
  const ids = live.rows('people').map((r) => r.id);
  // The table holds the 2,402 people the list knows.
  const read = (want: string[]) => readPeople(db, want, live.people.size);
  const gets = vi.spyOn(db.people, 'bulkGet');
  const many = await read([...ids.slice(0, 2300), 'no-such-person']);
  expect(gets).not.toHaveBeenCalled();
  expect(many.size).toBe(2300);
  const first = ids[0] as string;
  expect(many.get(first)?.displayName).toBe(live.people.get(first)?.data.name);
  expect(many.has('no-such-person')).toBe(false);
  const few = await read([olena.id, 'no-such-person']);
  expect(gets).toHaveBeenCalledTimes(1);
  expect([...few.keys()]).toEqual([olena.id]);
  gets.mockRestore();
});
