// One table of writes, judged by the extension's rule (core/team/access.ts) and by the validate_doc_update the
// server runs (tools/team/validate.ts, evaluated the way CouchDB does: a function of newDoc, oldDoc, userCtx).
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { writeRefusal, type DatabaseKind } from '../../../core/team/access';
import type { TeamDoc } from '../../../core/team/documents';
import { firmRoles, type Level } from '../../../core/team/names';
import { validationSource } from '../../../tools/team/validate';

const FIRM = 'acme';
const roles = firmRoles(FIRM);
const own = (member: string): DatabaseKind => ({ kind: 'own', member });
const shared: DatabaseKind = { kind: 'shared' };

type Vdu = (n: TeamDoc, o: TeamDoc | null, u: { name: string | null; roles: string[] }) => void;
const compiled = new Map<string, Vdu>();
function serverVerdict(
  db: DatabaseKind,
  who: { name: string; roles: string[] },
  old: TeamDoc | null,
  next: TeamDoc,
) {
  const key = JSON.stringify(db);
  let fn = compiled.get(key);
  if (!fn) compiled.set(key, (fn = runInNewContext(`(${validationSource(FIRM, db)})`) as Vdu));
  try {
    fn(next, old, who);
    return null;
  } catch (e) {
    const forbidden = (e as { forbidden?: string }).forbidden;
    if (typeof forbidden !== 'string') throw e;
    return forbidden;
  }
}

const person = (fields: Partial<TeamDoc> = {}): TeamDoc => ({
  _id: 'people:p1',
  displayName: 'Олена Коваль',
  owner: 'ivan',
  ...fields,
});
const note = (fields: Partial<TeamDoc> = {}): TeamDoc => ({
  _id: 'interactions:n1',
  kind: 'note',
  owner: 'ivan',
  ...fields,
});

type Case = [string, Level, string, DatabaseKind, TeamDoc | null, TeamDoc, boolean];
const cases: Case[] = [
  ['manager creates own client', 'manager', 'ivan', own('ivan'), null, person(), true],
  ['manager edits own client', 'manager', 'ivan', own('ivan'), person(), person({ city: 'Львів' }), true],
  [
    'manager deletes own client',
    'manager',
    'ivan',
    own('ivan'),
    person(),
    { _id: 'people:p1', _deleted: true },
    true,
  ],
  [
    'manager writes into a colleague db',
    'manager',
    'olga',
    own('ivan'),
    person(),
    person({ city: 'X' }),
    false,
  ],
  [
    'manager gives own client away',
    'manager',
    'ivan',
    own('ivan'),
    person(),
    person({ owner: 'olga' }),
    false,
  ],
  [
    'manager creates client owned by other',
    'manager',
    'ivan',
    own('ivan'),
    null,
    person({ owner: 'olga' }),
    false,
  ],
  [
    'manager edits a handed-over copy',
    'manager',
    'ivan',
    own('ivan'),
    person({ handedOverTo: 'olga' }),
    person({ city: 'X' }),
    false,
  ],
  [
    'manager re-creates over a handed-over tombstone',
    'manager',
    'ivan',
    own('ivan'),
    { _id: 'people:p1', _deleted: true, handedOverTo: 'olga' },
    person(),
    false,
  ],
  [
    'the member a stub names writes over it (moving the client back)',
    'manager',
    'ivan',
    own('ivan'),
    { _id: 'people:p1', owner: 'ivan', handedOverTo: 'ivan' },
    person(),
    true,
  ],
  [
    'owner re-shares over a shared stub',
    'manager',
    'ivan',
    shared,
    { _id: 'people:p1', owner: 'ivan', handedOverTo: 'ivan' },
    person({ sharing: 'write' }),
    true,
  ],
  [
    'manager writes a late note',
    'manager',
    'ivan',
    own('ivan'),
    null,
    { _id: 'latenote:1', from: 'ivan', for: 'olga' },
    true,
  ],
  [
    'manager rewrites a late note',
    'manager',
    'ivan',
    own('ivan'),
    { _id: 'latenote:1', from: 'ivan' },
    { _id: 'latenote:1', from: 'ivan', text: 'x' },
    false,
  ],
  [
    'late note in someone else’s name',
    'manager',
    'ivan',
    own('ivan'),
    null,
    { _id: 'latenote:2', from: 'olga' },
    false,
  ],
  ['read-only writes anything', 'readonly', 'rita', shared, null, note({ owner: 'rita' }), false],
  [
    'read-only edits a shared-for-writing client',
    'readonly',
    'rita',
    shared,
    person({ sharing: 'write' }),
    person({ sharing: 'write', city: 'X' }),
    false,
  ],
  ['owner shares own client', 'manager', 'ivan', shared, null, person({ sharing: 'read' }), true],
  [
    'other edits read-shared client',
    'manager',
    'olga',
    shared,
    person({ sharing: 'read' }),
    person({ sharing: 'read', city: 'X' }),
    false,
  ],
  [
    'other edits write-shared client',
    'manager',
    'olga',
    shared,
    person({ sharing: 'write' }),
    person({ sharing: 'write', city: 'X' }),
    true,
  ],
  [
    'other takes write-shared client',
    'manager',
    'olga',
    shared,
    person({ sharing: 'write' }),
    person({ sharing: 'write', owner: 'olga' }),
    false,
  ],
  [
    'other narrows sharing',
    'manager',
    'olga',
    shared,
    person({ sharing: 'write' }),
    person({ sharing: 'read' }),
    false,
  ],
  [
    'other deletes write-shared client',
    'manager',
    'olga',
    shared,
    person({ sharing: 'write' }),
    { _id: 'people:p1', _deleted: true },
    false,
  ],
  [
    'other adds a note to write-shared client',
    'manager',
    'olga',
    shared,
    null,
    note({ sharing: 'write' }),
    true,
  ],
  [
    'other adds a client claiming write sharing',
    'manager',
    'olga',
    shared,
    null,
    person({ sharing: 'write' }),
    false,
  ],
  [
    'other adds a note to read-shared client',
    'manager',
    'olga',
    shared,
    null,
    note({ sharing: 'read' }),
    false,
  ],
  [
    'owner narrows sharing',
    'manager',
    'ivan',
    shared,
    person({ sharing: 'write' }),
    person({ sharing: 'read' }),
    true,
  ],
  ['admin changes owner', 'admin', 'anna', own('ivan'), person(), person({ owner: 'olga' }), true],
  [
    'admin writes over hand-over mark',
    'admin',
    'anna',
    own('ivan'),
    person({ handedOverTo: 'olga' }),
    { _id: 'people:p1', _deleted: true, handedOverTo: 'olga' },
    true,
  ],
  [
    'manager edits the directory',
    'manager',
    'ivan',
    { kind: 'directory' },
    null,
    { _id: 'member:ivan', level: 'admin' },
    false,
  ],
  [
    'admin edits the directory',
    'admin',
    'anna',
    { kind: 'directory' },
    null,
    { _id: 'member:ivan', level: 'admin' },
    true,
  ],
  ['admin appends to the audit log', 'admin', 'anna', { kind: 'admin' }, null, { _id: 'audit:1' }, true],
  [
    'admin rewrites an audit entry',
    'admin',
    'anna',
    { kind: 'admin' },
    { _id: 'audit:1' },
    { _id: 'audit:1', x: 1 },
    false,
  ],
  ['manager writes the audit log', 'manager', 'ivan', { kind: 'admin' }, null, { _id: 'audit:2' }, false],
];

describe('write rules: the extension and the server agree', () => {
  test.each(cases)('%s', (_name, level, name, db, old, next, allowed) => {
    const local = writeRefusal({ name, level }, db, old, next);
    const server = serverVerdict(db, { name, roles: [roles.member, roles.level[level]] }, old, next);
    expect(local === null, `extension: ${local}`).toBe(allowed);
    expect(server === null, `server: ${server}`).toBe(allowed);
    if (local !== null) expect(server).toBe(local);
  });

  test('a stranger and an anonymous user are refused everywhere; the server admin is not', () => {
    for (const db of [own('ivan'), shared, { kind: 'directory' } as const]) {
      expect(serverVerdict(db, { name: 'eve', roles: [] }, null, person())).toMatch(/not a member/);
      expect(serverVerdict(db, { name: 'eve', roles: [roles.level.admin] }, null, person())).toMatch(
        /not a member/,
      );
      expect(serverVerdict(db, { name: null as unknown as string, roles: [] }, null, person())).toMatch(
        /not a member/,
      );
      expect(serverVerdict(db, { name: 'root', roles: ['_admin'] }, null, person())).toBeNull();
    }
  });
});
