// An admin's actions from the extension: failures worded by what the server said, and the basic auth and
// invitation passwords the provisioning library now makes with Web APIs (so the extension runs the same library).
import { expect, test } from 'vitest';
import { adminProblemOf } from '../../../core/team/admin';
import { basicAuth, passwordFrom } from '../../../integrations/team/auth';
import { CouchError } from '../../../tools/team/couch';
import { newPassword } from '../../../tools/team/firm';

test.each<[string, unknown, ReturnType<typeof adminProblemOf>]>([
  [
    'a non-admin',
    new CouchError(403, 'forbidden', 'anna is not a CouchDB server admin', '/_session'),
    { code: 'refused', status: 403, reason: 'anna is not a CouchDB server admin' },
  ],
  [
    'a wrong admin password',
    new CouchError(401, 'unauthorized', 'Name or password is incorrect.', '/_session'),
    { code: 'refused', status: 401, reason: 'Name or password is incorrect.' },
  ],
  [
    'no server',
    new CouchError(0, 'unreachable', 'fetch failed', '/_session'),
    { code: 'unreachable', reason: 'fetch failed' },
  ],
  [
    'a server fault',
    new CouchError(500, 'error', 'disk full', '/_users/x'),
    { code: 'server', status: 500, reason: 'disk full' },
  ],
  [
    'the library’s own refusal',
    new Error('An admin cannot off-board themselves; ask another admin.'),
    { code: 'invalid', reason: 'An admin cannot off-board themselves; ask another admin.' },
  ],
  ['anything thrown', 'boom', { code: 'invalid', reason: 'boom' }],
])('%s', (_, error, problem) => {
  expect(adminProblemOf(error)).toEqual(problem);
});

test.each([
  ['admin', 'secret'],
  ['олена', 'пароль:з:двокрапками'],
  ['a', ''],
])('basic auth of %s is UTF-8 base64, as Node encodes it', (user, password) => {
  expect(basicAuth({ user, password })).toBe(
    `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`,
  );
});

test('invitation passwords: 18 random bytes, URL-safe, 24 characters, as Node’s base64url', () => {
  const bytes = new Uint8Array([251, 255, 190, 0, 1, 2, 62, 63, 250, 128, 127, 200, 3, 4, 5, 6, 7, 8]);
  expect(passwordFrom(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
  const made = new Set(Array.from({ length: 50 }, () => newPassword()));
  expect(made.size).toBe(50);
  for (const p of made) expect(p).toMatch(/^[\w-]{24}$/u);
});
