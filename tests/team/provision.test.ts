// The provisioning tool, run as the CLI runs it, against the test's CouchDB; then the server's own refusals: a
// tampered extension (raw PouchDB with a member's password) cannot do what the UI hides.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firmDatabases } from '../../core/team/names';
import { run } from '../../tools/team/cli';
import type { Invitation } from '../../tools/team/firm';
import { startCouch, type TestCouch } from '../fakes/couch/server';
import { NodePouch } from './helpers';

let server: TestCouch;
let firm: string;
const invitations = new Map<string, Invitation>();

async function cli(...args: string[]): Promise<string[]> {
  const lines: string[] = [];
  const url = new URL(server.url);
  url.username = server.admin.user;
  url.password = server.admin.password;
  const code = await run([...args, '--url', url.toString(), '--firm', firm], {
    log: (l) => lines.push(l),
    json: true,
  });
  expect(code).toBe(0);
  return lines;
}

const auth = (inv: Invitation) => `Basic ${Buffer.from(`${inv.name}:${inv.password}`).toString('base64')}`;
async function as(inv: Invitation, method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { Authorization: auth(inv), 'Content-Type': 'application/json', Accept: 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
const remote = (inv: Invitation, db: string) =>
  new NodePouch(`${server.url}/${db}`, {
    skip_setup: true,
    fetch: (url, init) => {
      init.headers.set('Authorization', auth(inv));
      return fetch(url, init);
    },
  });

beforeAll(async () => {
  server = await startCouch();
  firm = server.firmId('acme');
  for (const [args, name] of [
    [['create-firm', '--title', 'Acme Trading', '--admin', 'anna', '--name', 'Анна Адмін'], 'anna'],
    [['invite', '--member', 'ivan', '--name', 'Іван Петренко', '--level', 'manager', '--by', 'anna'], 'ivan'],
    [
      ['invite', '--member', 'olga', '--name', 'Ольга Шевченко', '--level', 'manager', '--by', 'anna'],
      'olga',
    ],
    [['invite', '--member', 'rita', '--name', 'Рита Бондар', '--level', 'readonly', '--by', 'anna'], 'rita'],
  ] as const) {
    const [line] = await cli(...args);
    invitations.set(name, JSON.parse(line ?? '{}') as Invitation);
  }
}, 90_000);
afterAll(async () => {
  await server?.stop();
});

const inv = (name: string) => invitations.get(name) as Invitation;

describe('provisioning', () => {
  test('the firm has its databases, members and audit log', async () => {
    const dbs = firmDatabases(firm);
    for (const db of [
      dbs.directory,
      dbs.shared,
      dbs.admin,
      dbs.own('anna'),
      dbs.own('ivan'),
      dbs.own('olga'),
    ])
      expect(await server.couch.dbExists(db), db).toBe(true);
    expect(await server.couch.dbExists(dbs.own('rita'))).toBe(false);
    const members = JSON.parse((await cli('members'))[0] ?? '[]') as { name: string; level: string }[];
    expect(members.map((m) => `${m.name}:${m.level}`).sort()).toEqual([
      'anna:admin',
      'ivan:manager',
      'olga:manager',
      'rita:readonly',
    ]);
    const audit = JSON.parse((await cli('audit'))[0] ?? '[]') as { action: string; by: string }[];
    expect(audit.map((a) => a.action)).toEqual([
      'member.invite',
      'firm.create',
      'member.invite',
      'member.invite',
      'member.invite',
    ]);
  });

  test('members read what their level allows', async () => {
    const dbs = firmDatabases(firm);
    expect((await as(inv('ivan'), 'GET', `/${dbs.own('ivan')}`)).status).toBe(200);
    expect((await as(inv('ivan'), 'GET', `/${dbs.shared}/_all_docs`)).status).toBe(200);
    expect([401, 403]).toContain((await as(inv('ivan'), 'GET', `/${dbs.own('olga')}/_all_docs`)).status);
    expect([401, 403]).toContain((await as(inv('ivan'), 'GET', `/${dbs.admin}/_all_docs`)).status);
    expect((await as(inv('anna'), 'GET', `/${dbs.own('olga')}/_all_docs`)).status).toBe(200);
    expect([401, 403]).toContain((await as(inv('rita'), 'GET', `/${dbs.own('ivan')}/_all_docs`)).status);
    expect((await as(inv('rita'), 'GET', `/${dbs.shared}/_all_docs`)).status).toBe(200);
  });
});

describe('a tampered extension is refused by the server', () => {
  const person = (owner: string, extra: Record<string, unknown> = {}) => ({
    displayName: 'Олена Коваль',
    emails: ['olena@acme.ua'],
    phones: [],
    tags: [],
    companies: [],
    custom: {},
    createdAt: 1,
    updatedAt: 1,
    owner,
    ...extra,
  });

  test('a read-only member writes nothing, directly or by replication', async () => {
    const dbs = firmDatabases(firm);
    const put = await as(
      inv('rita'),
      'PUT',
      `/${dbs.shared}/people:r1`,
      person('rita', { sharing: 'write' }),
    );
    expect(put.status).toBe(403);
    const local = new NodePouch(`tamper-rita-${firm}`, { adapter: 'memory' });
    await local.bulkDocs([{ _id: 'people:r2', ...person('rita', { sharing: 'write' }) }]);
    const result = await local.replicate.to(remote(inv('rita'), dbs.shared));
    expect(result.doc_write_failures).toBe(1);
    expect(await server.couch.get(dbs.shared, 'people:r2')).toBeUndefined();
  });

  test('a manager cannot edit a client shared read-only, take it, or write in a colleague’s database', async () => {
    const dbs = firmDatabases(firm);
    const shared = await as(
      inv('ivan'),
      'PUT',
      `/${dbs.shared}/people:s1`,
      person('ivan', { sharing: 'read' }),
    );
    expect(shared.status).toBe(201);
    const rev = shared.body.rev as string;
    const edit = await as(inv('olga'), 'PUT', `/${dbs.shared}/people:s1`, {
      ...person('ivan', { sharing: 'read', city: 'X' }),
      _rev: rev,
    });
    expect(edit).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    const take = await as(inv('olga'), 'PUT', `/${dbs.shared}/people:s1`, {
      ...person('olga', { sharing: 'read' }),
      _rev: rev,
    });
    expect(take.status).toBe(403);
    expect([401, 403]).toContain(
      (await as(inv('olga'), 'PUT', `/${dbs.own('ivan')}/people:x`, person('olga'))).status,
    );
    const own = await as(inv('ivan'), 'PUT', `/${dbs.own('ivan')}/people:i1`, person('ivan'));
    const giveAway = await as(inv('ivan'), 'PUT', `/${dbs.own('ivan')}/people:i1`, {
      ...person('olga'),
      _rev: own.body.rev,
    });
    expect(giveAway.status).toBe(403);
    expect((await server.couch.get(dbs.shared, 'people:s1'))?.city).toBeUndefined();
  });

  test('the server keeps a hand-over mark: the old owner cannot write over it', async () => {
    const dbs = firmDatabases(firm);
    const own = await as(inv('ivan'), 'PUT', `/${dbs.own('ivan')}/people:h1`, person('ivan'));
    expect(own.status).toBe(201);
    await cli('hand-over', '--from', 'ivan', '--to', 'olga', '--client', 'people:h1', '--by', 'anna');
    const stub = await server.couch.get<Record<string, unknown>>(dbs.own('ivan'), 'people:h1');
    expect(stub).toMatchObject({ handedOverTo: 'olga' });
    expect(stub?.displayName).toBeUndefined();
    const late = await as(inv('ivan'), 'PUT', `/${dbs.own('ivan')}/people:h1`, {
      ...person('ivan', { city: 'late' }),
      _rev: stub?._rev,
    });
    expect(late).toMatchObject({
      status: 403,
      body: { reason: expect.stringMatching(/handed over to olga/) },
    });
    const recreate = await as(inv('ivan'), 'PUT', `/${dbs.own('ivan')}/people:h1`, person('ivan'));
    expect([403, 409]).toContain(recreate.status);
    const remove = await as(inv('ivan'), 'DELETE', `/${dbs.own('ivan')}/people:h1?rev=${String(stub?._rev)}`);
    expect(remove.status).toBe(403);
    expect(await server.couch.get(dbs.own('olga'), 'people:h1')).toMatchObject({
      owner: 'olga',
      manager: 'Ольга Шевченко',
    });
  });
});
