// Field-by-field merge: the later change of each field wins; a field changed on both sides since the common
// ancestor is reported with the value that lost; the result does not depend on which side is "local".
import { describe, expect, test } from 'vitest';
import { baseOf, mergeVersions, stampChanges } from '../../../core/team/merge';

const T0 = Date.UTC(2026, 4, 1, 9, 0);
const min = 60_000;

const ancestor = {
  id: 'p1',
  displayName: 'Олена Коваль',
  emails: ['olena@acme.ua'],
  phones: ['+380441234567'],
  city: 'Київ',
  tags: ['vip'],
  createdAt: T0 - 1000,
  updatedAt: T0,
};

describe('stampChanges', () => {
  test('stamps what changed, makes the other fields explicit with their old time', () => {
    const next = { ...ancestor, city: 'Львів', updatedAt: T0 + 5 * min };
    const { fieldMeta, changed } = stampChanges('people', ancestor, next, T0 + 5 * min, 'user');
    expect(changed).toEqual(['city']);
    expect(fieldMeta?.city).toEqual({ at: T0 + 5 * min, source: 'user' });
    expect(fieldMeta?.phones).toEqual({ at: T0, source: 'user' });
  });

  test('a stamp the writer set itself (a provider sync) is kept', () => {
    const next = {
      ...ancestor,
      phones: ['+380501112233'],
      fieldMeta: { phones: { at: T0 + min, source: 'google:acc1' } },
    };
    const { fieldMeta, changed } = stampChanges('people', ancestor, next, T0 + 9 * min, 'user');
    expect(changed).toEqual(['phones']);
    expect(fieldMeta?.phones).toEqual({ at: T0 + min, source: 'google:acc1' });
  });

  test('a removed field counts as changed; derived fields never do', () => {
    const prev = { ...ancestor, searchTokens: ['олена'] };
    const { city: _c, ...rest } = ancestor;
    const next = { ...rest, searchTokens: ['інше'] };
    expect(stampChanges('people', prev, next, T0 + min, 'user').changed).toEqual(['city']);
  });

  test('a change is stamped after the value it replaces even when this clock is behind', () => {
    // The old value came from a device whose clock runs 5 minutes ahead of this one.
    const prev = { ...ancestor, fieldMeta: { city: { at: T0 + 5 * min, source: 'user' } } };
    const next = { ...prev, city: 'Львів' };
    const { fieldMeta } = stampChanges('people', prev, next, T0 + min, 'user');
    expect(fieldMeta?.city).toEqual({ at: T0 + 5 * min + 1, source: 'user' });
    // So the merge keeps the change the user made on top of what they saw, and reports no conflict.
    const merged = mergeVersions('people', prev, { ...next, fieldMeta }, baseOf('people', prev));
    expect(merged.record.city).toBe('Львів');
    expect(merged.overridden).toEqual([]);
  });

  test('a new record needs no stamps', () => {
    expect(stampChanges('people', undefined, ancestor, T0, 'user').fieldMeta).toBeUndefined();
  });
});

describe('mergeVersions', () => {
  const local = {
    ...ancestor,
    city: 'Львів',
    updatedAt: T0 + 10 * min,
    fieldMeta: {
      ...stampChanges('people', ancestor, { ...ancestor, city: 'Львів' }, T0 + 10 * min, 'user').fieldMeta,
    },
  };
  const remote = {
    ...ancestor,
    city: 'Одеса',
    phones: ['+380671234567'],
    updatedAt: T0 + 20 * min,
    fieldMeta: {
      ...stampChanges(
        'people',
        ancestor,
        { ...ancestor, city: 'Одеса', phones: ['+380671234567'] },
        T0 + 20 * min,
        'team:olga',
      ).fieldMeta,
    },
  };

  test('each field takes its later change; both-sided changes are reported', () => {
    const { record, overridden } = mergeVersions('people', local, remote, baseOf('people', ancestor));
    expect(record.city).toBe('Одеса');
    expect(record.phones).toEqual(['+380671234567']);
    expect(record.displayName).toBe('Олена Коваль');
    expect(record.updatedAt).toBe(T0 + 20 * min);
    expect(overridden).toEqual([
      {
        field: 'city',
        kept: 'Одеса',
        keptStamp: { at: T0 + 20 * min, source: 'team:olga' },
        lost: 'Львів',
        lostStamp: { at: T0 + 10 * min, source: 'user' },
      },
    ]);
  });

  test('the order of the sides does not matter', () => {
    const ab = mergeVersions('people', local, remote, baseOf('people', ancestor));
    const ba = mergeVersions('people', remote, local, baseOf('people', ancestor));
    expect(ba.record).toEqual(ab.record);
    expect(ba.overridden).toEqual(ab.overridden);
  });

  test('a one-sided change is no conflict when the ancestor is known', () => {
    const onlyRemote = mergeVersions('people', ancestor, remote, baseOf('people', ancestor));
    expect(onlyRemote.overridden).toEqual([]);
    expect(onlyRemote.record.city).toBe('Одеса');
  });

  test('without an ancestor every differing field is reported, so nothing is lost silently', () => {
    const { overridden } = mergeVersions('people', local, remote);
    expect(overridden.map((o) => o.field)).toEqual(['city', 'phones']);
  });

  test('equal stamps fall back to a fixed order, so every replica picks the same value', () => {
    const a = { ...ancestor, city: 'A', fieldMeta: { city: { at: T0, source: 'team:a' } } };
    const b = { ...ancestor, city: 'B', fieldMeta: { city: { at: T0, source: 'team:a' } } };
    expect(mergeVersions('people', a, b).record.city).toBe(mergeVersions('people', b, a).record.city);
  });

  test('the last contact is the later date whatever the stamps say', () => {
    const a = { ...ancestor, lastContactAt: T0 + 5 * min, updatedAt: T0 + 9 * min };
    const b = { ...ancestor, lastContactAt: T0 + 7 * min, updatedAt: T0 + 1 * min };
    expect(mergeVersions('people', a, b).record.lastContactAt).toBe(T0 + 7 * min);
    expect(mergeVersions('people', a, b).overridden).toEqual([]);
  });
});
