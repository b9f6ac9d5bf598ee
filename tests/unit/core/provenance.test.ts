// The provenance rule a provider sync follows (core/provenance.ts), field by field: a synced value fills an empty
// field; it replaces a value only its own account set; the user's, an import's or another account's value stays;
// lists are united; a deleted mark belongs to one account and clears when that account has the contact again.
import { describe, expect, test } from 'vitest';
import { companyId, personId } from '../../../core/ids';
import type { FieldMeta, Person } from '../../../core/model';
import { translator } from '../../../core/i18n';
import { deletedTexts, originText } from '../../../core/i18n/provenance-text';
import {
  companyFollow,
  dropValues,
  fieldOrigin,
  followCompany,
  markDeleted,
  mergeSynced,
  removedValues,
  stampWrite,
} from '../../../core/provenance';

const G = 'google:ivan@kartka-test.com.ua';
const M = 'microsoft:olena@contoso.example';
const T0 = Date.UTC(2026, 10, 1);
const NOW = Date.UTC(2026, 11, 1);

function person(fields: Partial<Person>, fieldMeta?: FieldMeta): Person {
  const p: Person = {
    id: personId('p1'),
    displayName: 'Олена Коваль',
    emails: ['olena@x.example'],
    phones: [],
    tags: [],
    companies: [],
    custom: {},
    createdAt: T0,
    updatedAt: T0,
    ...fields,
  };
  return fieldMeta ? { ...p, fieldMeta } : p;
}

describe('mergeSynced', () => {
  test.each([
    ['an empty field is filled and stamped', {}, undefined, 'Одеса', 'Одеса', G],
    ['a value the account set follows the account', { city: 'Львів' }, G, 'Одеса', 'Одеса', G],
    ['a value the user set stays', { city: 'Львів' }, 'user', 'Одеса', 'Львів', 'user'],
    ['a value an import set stays', { city: 'Львів' }, 'import', 'Одеса', 'Львів', 'import'],
    ['a value another account set stays', { city: 'Львів' }, M, 'Одеса', 'Львів', M],
    [
      'a value of unknown origin (logged before stamps) stays',
      { city: 'Львів' },
      undefined,
      'Одеса',
      'Львів',
      undefined,
    ],
  ])('%s', (_what, fields, stampSource, incoming, expected, expectedSource) => {
    const meta = stampSource ? { city: { at: T0, source: stampSource } } : undefined;
    const out = mergeSynced(person(fields, meta), { emails: [], phones: [], city: incoming }, G, NOW);
    expect(out.person.city).toBe(expected);
    expect(out.person.fieldMeta?.city?.source).toBe(expectedSource);
  });

  test('a name made up from the address is replaced; lists are united and keep their first source', () => {
    const p = person({ displayName: 'olena@x.example' }, { emails: { at: T0, source: 'user' } });
    const out = mergeSynced(
      p,
      {
        displayName: 'Олена Коваль',
        emails: ['olena@x.example', 'o.koval@gmail.com'],
        phones: ['+380671234567'],
      },
      G,
      NOW,
    );
    expect(out.person.displayName).toBe('Олена Коваль');
    expect(out.person.emails).toEqual(['olena@x.example', 'o.koval@gmail.com']);
    expect(out.person.fieldMeta?.emails?.source).toBe('user');
    expect(out.person.fieldMeta?.phones).toEqual({ at: NOW, source: G });
    expect(out.changed.sort()).toEqual(['displayName', 'emails', 'phones']);
  });

  test('the same values change nothing and need no write', () => {
    const p = person({ city: 'Львів' }, { city: { at: T0, source: G } });
    const out = mergeSynced(p, { emails: ['olena@x.example'], phones: [], city: 'Львів' }, G, NOW);
    expect(out).toMatchObject({ changed: [], dirty: false });
    expect(out.person.updatedAt).toBe(T0);
  });

  test('a birthday follows the same rule', () => {
    const mine = person({ birthday: { month: 3, day: 8 } }, { birthday: { at: T0, source: 'user' } });
    const b = { emails: [], phones: [], birthday: { month: 3, day: 9 } };
    expect(mergeSynced(mine, b, G, NOW).person.birthday).toEqual({ month: 3, day: 8 });
    const theirs = person({ birthday: { month: 3, day: 8 } }, { birthday: { at: T0, source: G } });
    expect(mergeSynced(theirs, b, G, NOW).person.birthday).toEqual({ month: 3, day: 9 });
  });

  test('a field cleared in the contact it came from is cleared where that account set it, and only there', () => {
    const none = { emails: [], phones: [] };
    const fromG = person(
      { city: 'Львів', position: 'Закупівлі', birthday: { month: 3, day: 8 } },
      { city: { at: T0, source: G }, position: { at: T0, source: 'user' }, birthday: { at: T0, source: G } },
    );
    const out = mergeSynced(fromG, none, G, NOW, { clears: true });
    expect(out.person.city).toBeUndefined();
    expect(out.person.birthday).toBeUndefined();
    expect(out.person.fieldMeta?.city).toEqual({ at: NOW, source: G });
    // The user's position stays; the name is never emptied; nothing else changed.
    expect(out.person).toMatchObject({ position: 'Закупівлі', displayName: 'Олена Коваль' });
    expect(out.changed.sort()).toEqual(['birthday', 'city']);
    // Another account's contact without a city, or a contact not known to be this person's: nothing is cleared.
    expect(mergeSynced(fromG, none, M, NOW, { clears: true }).person.city).toBe('Львів');
    expect(mergeSynced(fromG, none, G, NOW).person.city).toBe('Львів');
  });
});

test('a deleted mark belongs to one account and clears when that account has the contact again', () => {
  const marked = markDeleted(markDeleted(person({}), G, NOW), M, NOW + 1);
  expect(marked.deletedAtSource).toEqual({ [G]: NOW, [M]: NOW + 1 });
  expect(markDeleted(marked, G, NOW + 5)).toBe(marked);
  const back = mergeSynced(marked, { emails: [], phones: [] }, G, NOW + 9);
  expect(back).toMatchObject({ dirty: true, changed: [] });
  expect(back.person.deletedAtSource).toEqual({ [M]: NOW + 1 });
  expect(
    mergeSynced(back.person, { emails: [], phones: [] }, M, NOW + 9).person.deletedAtSource,
  ).toBeUndefined();
});

test('a write stamps the fields it changed and keeps the other stamps', () => {
  const before = person({ city: 'Львів', position: 'CEO' }, { city: { at: T0, source: G } });
  const meta = stampWrite(before, { ...before, position: 'Директорка' }, 'user', NOW);
  expect(meta).toEqual({ city: { at: T0, source: G }, position: { at: NOW, source: 'user' } });
  expect(stampWrite(undefined, person({}), 'import', NOW)).toEqual({
    displayName: { at: NOW, source: 'import' },
    emails: { at: NOW, source: 'import' },
  });
});

test('a stamp is always later than the one it replaces, whatever this clock says', () => {
  // A device whose clock is behind the one that stamped the value: the edit must still win the firm's merge.
  const before = person({ city: 'Львів' }, { city: { at: NOW, source: G } });
  expect(stampWrite(before, { ...before, city: 'Одеса' }, 'user', NOW - 5_000)?.city).toEqual({
    at: NOW + 1,
    source: 'user',
  });
  const synced = mergeSynced(before, { city: 'Київ', emails: [], phones: [] }, G, NOW - 5_000);
  expect(synced.person.fieldMeta?.city).toEqual({ at: NOW + 1, source: G });
});

test('the card reads a stamp as the user, an import or an account', () => {
  const p = person(
    {},
    {
      city: { at: NOW, source: G },
      position: { at: NOW, source: 'user' },
      emails: { at: NOW, source: 'import' },
      phones: { at: NOW, source: 'team:m1' },
    },
  );
  expect(fieldOrigin(p, 'city')).toEqual({ kind: 'google', account: 'ivan@kartka-test.com.ua', at: NOW });
  expect(fieldOrigin(p, 'position')).toEqual({ kind: 'user', at: NOW });
  expect(fieldOrigin(p, 'emails')).toEqual({ kind: 'import', at: NOW });
  expect(fieldOrigin(p, 'phones')).toEqual({ kind: 'other', source: 'team:m1', at: NOW });
  expect(fieldOrigin(p, 'birthday')).toBeNull();
});

test.each([
  [
    'en',
    'From Google contacts (ivan@kartka-test.com.ua) on 1 Dec',
    'Deleted in Google contacts on 1 Dec (ivan@kartka-test.com.ua)',
  ],
  [
    'uk',
    'З контактів Google (ivan@kartka-test.com.ua) 1 Dec',
    'Видалено з контактів Google 1 Dec (ivan@kartka-test.com.ua)',
  ],
  [
    'ru',
    'Из контактов Google (ivan@kartka-test.com.ua) 1 Dec',
    'Удалено из контактов Google 1 Dec (ivan@kartka-test.com.ua)',
  ],
] as const)(
  'the card says in %s where a field came from and that Google deleted the contact',
  (locale, from, gone) => {
    const tr = translator(locale);
    const date = () => '1 Dec';
    const p = person({ deletedAtSource: { [G]: NOW } }, { city: { at: NOW, source: G } });
    expect(originText(p, 'city', tr, date)).toBe(from);
    expect(originText(p, 'position', tr, date)).toBeUndefined();
    expect(deletedTexts(p, tr, date)).toEqual([gone]);
    expect(originText(person({}, { city: { at: NOW, source: 'user' } }), 'city', tr, date)).toBe(
      tr('contactsSync.from.user', { date: '1 Dec' }),
    );
  },
);

describe('the company link follows the contact like a field', () => {
  const AGRO = companyId('c-agro');
  const FARM = companyId('c-farm');
  const at = (id: typeof AGRO, archived = false) => ({
    companyId: id,
    decisionMaker: false,
    archived,
    since: T0,
  });
  test.each([
    ['changed, the account set the link: moves', [at(AGRO)], G, 'агро', 'ферма', 'link'],
    ['removed, the account set the link: clears', [at(AGRO)], G, 'агро', '', 'clear'],
    ['changed, the user set the link: stays', [at(AGRO)], 'user', 'агро', 'ферма', 'keep'],
    ['changed, an import set the link: stays', [at(AGRO)], 'import', 'агро', 'ферма', 'keep'],
    ['changed, another account set the link: stays', [at(AGRO)], M, 'агро', 'ферма', 'keep'],
    ['removed, another account set the link: stays', [at(AGRO)], M, 'агро', '', 'keep'],
    ['a link of unknown origin stays', [at(AGRO)], undefined, 'агро', 'ферма', 'keep'],
    ['no change at the provider: nothing moves', [at(AGRO)], G, 'агро', 'агро', 'keep'],
    ['not known what the contact said before: nothing moves', [at(AGRO)], G, undefined, 'ферма', 'keep'],
    ['no link ever set: filled', [], undefined, '', 'ферма', 'link'],
    ['the account cleared its link: linked again', [at(AGRO, true)], G, '', 'агро', 'link'],
    ['the user archived the link: not linked again', [at(AGRO, true)], 'user', '', 'агро', 'keep'],
  ] as const)('%s', (_what, companies, stamp, before, after, action) => {
    const meta = stamp ? { companies: { at: T0, source: stamp } } : undefined;
    expect(companyFollow(person({ companies: [...companies] }, meta), G, before, after)).toBe(action);
  });

  test('moving archives the current link (history kept) and stamps the account; a link already there is none', () => {
    const p = person({ companies: [at(AGRO)] }, { companies: { at: NOW + 5, source: G } });
    const moved = followCompany(p, FARM, G, NOW);
    expect(moved?.companies).toEqual([
      { ...at(AGRO, true), until: NOW },
      { companyId: FARM, decisionMaker: false, archived: false, since: NOW },
    ]);
    // Stamped after the stamp it replaces, even with a clock behind it.
    expect(moved?.fieldMeta?.companies).toEqual({ at: NOW + 6, source: G });
    expect(followCompany(p, AGRO, G, NOW)).toBeNull();
    expect(followCompany(p, null, G, NOW)?.companies).toEqual([{ ...at(AGRO, true), until: NOW }]);
    expect(followCompany(person({}), null, G, NOW)).toBeNull();
  });
});

describe('an email or phone removed at the provider', () => {
  const two = ['olena@x.example', 'o.koval@gmail.com'];
  test.each([
    [
      'the account brought the list, nobody else lists it: leaves',
      G,
      two,
      ['olena@x.example'],
      [],
      ['o.koval@gmail.com'],
    ],
    ['the user edited the list: stays', 'user', two, ['olena@x.example'], [], []],
    ['an import brought or edited the list: stays', 'import', two, ['olena@x.example'], [], []],
    ['another account brought the list: stays', M, two, ['olena@x.example'], [], []],
    ['another contact still lists it: stays', G, two, ['olena@x.example'], ['o.koval@gmail.com'], []],
    ['not known what the contact had: nothing leaves', G, undefined, ['olena@x.example'], [], []],
  ] as const)('%s', (_what, stamp, before, after, elsewhere, gone) => {
    const p = person({ emails: [...two] }, { emails: { at: T0, source: stamp } });
    const out = removedValues(p, 'emails', G, before, after, new Set(elsewhere));
    expect(out).toEqual(gone);
  });

  test('dropping keeps the other values and stamps the list again', () => {
    const p = person({ phones: ['+380671234567', '+380501112233'] }, { phones: { at: NOW, source: G } });
    expect(dropValues(p, 'phones', ['+380501112233'], G, NOW)).toMatchObject({
      phones: ['+380671234567'],
      fieldMeta: { phones: { at: NOW + 1, source: G } },
      updatedAt: NOW,
    });
    expect(dropValues(p, 'phones', ['+380000000000'], G, NOW)).toBeNull();
  });
});
