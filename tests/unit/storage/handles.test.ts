// Messenger handles as identities of a person: validated and owned like emails and phones, united by a merge,
// found by "@username", exported and carried through a backup.
import { afterEach, describe, expect, test } from 'vitest';
import { peopleToRows, personToVCard } from '../../../core/export';
import type { Handle } from '../../../core/handles';
import { personId } from '../../../core/ids';
import { backupJsonParts, exportBackup, restoreBackup } from '../../../storage/backup';
import type { KartkaDB } from '../../../storage/db';
import { mergePeople, undoMerge } from '../../../storage/merge';
import { createPerson, updatePerson } from '../../../storage/people';
import { searchPeople } from '../../../storage/search';
import { freshDb, NOW, testSettings } from './helpers';

let db: KartkaDB;
afterEach(async () => {
  await db.delete();
});

const tgu = (value: string): Handle => ({ kind: 'telegram-username', value });

async function add(displayName: string, handles: Handle[], phones: string[] = []) {
  const r = await createPerson(db, { displayName, handles, phones }, testSettings(), NOW);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.person;
}

describe('writes', () => {
  test('handles are normalized and indexed; a bad one and one someone else holds are refused with a code', async () => {
    db = freshDb();
    const olena = await add('Олена Коваль', [
      tgu('@Olena_Koval'),
      { kind: 'whatsapp', value: '145678901234567@LID' },
    ]);
    expect(olena.handles).toEqual([tgu('olena_koval'), { kind: 'whatsapp', value: '145678901234567@lid' }]);
    expect(olena.handleKeys).toEqual(['tgu:olena_koval', 'wa:145678901234567@lid']);
    const bad = await createPerson(db, { displayName: 'X', handles: [tgu('1bad')] }, testSettings(), NOW);
    expect(bad).toMatchObject({
      ok: false,
      problems: [{ field: 'handles[0]', because: { code: 'handle.username' } }],
    });
    const taken = await createPerson(
      db,
      { displayName: 'Y', handles: [tgu('olena_koval')] },
      testSettings(),
      NOW,
    );
    expect(taken).toMatchObject({
      ok: false,
      problems: [
        { because: { code: 'owned.handle', params: { value: '@olena_koval', name: 'Олена Коваль' } } },
      ],
    });
    // Her own card may keep it, and gains a Telegram id.
    const updated = await updatePerson(
      db,
      olena.id,
      { handles: [...(olena.handles ?? []), { kind: 'telegram', value: '42' }] },
      testSettings(),
      NOW,
    );
    expect(updated.ok && updated.person.handleKeys).toEqual([
      'tgu:olena_koval',
      'wa:145678901234567@lid',
      'tg:42',
    ]);
  });

  test('"@username" and its words find the person in search', async () => {
    db = freshDb();
    const olena = await add('Олена Коваль', [tgu('olena_koval')]);
    await add('Інша Олена', []);
    expect((await searchPeople(db, '@olena_k', 5)).map((h) => h.id)).toEqual([olena.id]);
    expect((await searchPeople(db, '@olena_koval', 5)).map((h) => h.id)).toEqual([olena.id]);
  });
});

test('a merge unites both handle lists; the dropped record matches nobody; undo restores both', async () => {
  db = freshDb();
  const keep = await add('Олена Коваль', [tgu('olena_koval')]);
  const drop = await add('Олена К.', [{ kind: 'telegram', value: '5012345678' }], ['+380671234567']);
  const token = await mergePeople(db, keep.id, drop.id, NOW);
  expect((await db.people.get(keep.id))?.handles).toEqual([
    tgu('olena_koval'),
    { kind: 'telegram', value: '5012345678' },
  ]);
  expect((await db.people.where('handleKeys').equals('tg:5012345678').toArray()).map((p) => p.id)).toEqual([
    keep.id,
  ]);
  await undoMerge(db, token, NOW + 1);
  expect((await db.people.where('handleKeys').equals('tg:5012345678').toArray()).map((p) => p.id)).toEqual([
    drop.id,
  ]);
  expect((await db.people.get(keep.id))?.handles).toEqual([tgu('olena_koval')]);
});

test('CSV and vCard exports carry the handles (links, never a cell starting with @)', () => {
  const person = {
    id: personId('p1'),
    displayName: 'Олена',
    emails: [],
    phones: [],
    handles: [
      tgu('olena_koval'),
      { kind: 'telegram' as const, value: '42' },
      { kind: 'whatsapp' as const, value: '145678901234567@lid' },
    ],
    tags: [],
    companies: [],
    custom: {},
    createdAt: 0,
    updatedAt: 0,
  };
  const ctx = { companyNames: new Map(), pipeline: [] };
  expect(peopleToRows([person], ['name', 'telegram', 'whatsapp'], ctx)).toEqual([
    ['Name', 'Telegram', 'WhatsApp'],
    ['Олена', 'https://t.me/olena_koval; tg:42', '145678901234567@lid'],
  ]);
  expect(personToVCard(person, ctx).urls).toEqual(['https://t.me/olena_koval']);
});

describe('backup', () => {
  test('handles survive a backup and restore; index keys are recomputed from the handles, never taken from the file', async () => {
    db = freshDb();
    const olena = await add('Олена Коваль', [tgu('olena_koval')]);
    const backup = JSON.parse(backupJsonParts(await exportBackup(db, NOW)).join('')) as {
      tables: { people: Record<string, unknown>[] };
    };
    const row = backup.tables.people[0];
    if (row) row.handleKeys = ['tgu:somebody_else'];
    const other = freshDb();
    const restored = await restoreBackup(other, backup);
    expect(restored.ok).toBe(true);
    expect((await other.people.get(olena.id))?.handleKeys).toEqual(['tgu:olena_koval']);
    expect(await other.people.where('handleKeys').equals('tgu:somebody_else').count()).toBe(0);
    await other.delete();
  });

  test('a backup from before version 10 gains the t.me usernames its notes name', async () => {
    db = freshDb();
    const restored = await restoreBackup(db, {
      format: 'kartka-backup',
      schemaVersion: 6,
      exportedAt: NOW,
      tables: {
        companies: [],
        people: [
          {
            id: 'p1',
            displayName: 'Олена',
            emails: [],
            phones: [],
            tags: [],
            companies: [],
            custom: {},
            notes: 'https://t.me/olena_koval',
            searchTokens: ['olena'],
            gmailKeys: [],
            companyIds: [],
            createdAt: 0,
            updatedAt: 0,
          },
        ],
        interactions: [],
        deals: [],
        tasks: [],
        documents: [],
        merges: [],
        meta: [],
      },
    });
    expect(restored.ok).toBe(true);
    expect(await db.people.get(personId('p1'))).toMatchObject({
      handles: [tgu('olena_koval')],
      handleKeys: ['tgu:olena_koval'],
      searchTokens: ['olena', '@olena_koval', 'olena', 'koval'].filter((t, i, a) => a.indexOf(t) === i),
    });
  });
});
