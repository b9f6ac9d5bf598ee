import { describe, expect, test } from 'vitest';
import { personId } from '../../../core/ids';
import { translator } from '../../../core/i18n';
import { logReasonText } from '../../../core/i18n/log-reason';
import { decideMessage, mainCorrespondent, type LoggableMessage } from '../../../core/logging-policy';
import { buildMatchBase } from '../../../core/matching';
import type { Settings } from '../../../core/model';
import { defaultSettings } from '../../../core/settings';

const ME = 'ivan@kartka.ua';
const at = Date.UTC(2025, 2, 3, 9);
const a = (address: string, name = '') => ({ address, name });
const msg = (from: string, to: string[], extra: Partial<LoggableMessage> = {}): LoggableMessage => ({
  providerKey: `gmail:${from}-${to.join()}`,
  from: a(from),
  to: to.map((t) => a(t)),
  cc: [],
  subject: 'Рахунок',
  date: at,
  attachmentNames: [],
  ...extra,
});
const base = buildMatchBase(
  [
    {
      id: personId('p1'),
      displayName: 'Олена Коваль',
      emails: ['olena@acme.ua'],
      phones: [],
      isClient: true,
      companyIds: [],
    },
    {
      id: personId('p2'),
      displayName: 'Petro Bondar',
      emails: ['petro@gmail.com'],
      phones: [],
      isClient: false,
      companyIds: [],
    },
  ],
  [],
);
const settings = (patch: Partial<Settings['logging']> = {}, more: Partial<Settings> = {}): Settings => {
  const s = defaultSettings();
  return {
    ...s,
    internalDomains: ['kartka.ua'],
    blocklist: ['example.com', 'spam@x.ua'],
    ...more,
    logging: { ...s.logging, ...patch },
  };
};

describe('decideMessage', () => {
  test.each<[string, LoggableMessage, Settings, boolean, string]>([
    ['client writes', msg('olena@acme.ua', [ME]), settings(), true, 'logged: Олена Коваль is a client'],
    [
      'I write to a contact',
      msg(ME, ['petro@gmail.com']),
      settings(),
      true,
      'logged: Petro Bondar is in your contacts',
    ],
    [
      'colleagues only',
      msg(ME, ['maria@kartka.ua', 'boss@sales.kartka.ua']),
      settings(),
      false,
      'not logged: every participant is internal',
    ],
    [
      'newsletter',
      msg('olena@acme.ua', [ME], { listUnsubscribe: '<mailto:u@acme.ua>' }),
      settings(),
      false,
      'not logged: bulk mail (List-Unsubscribe)',
    ],
    [
      'precedence bulk',
      msg('olena@acme.ua', [ME], { precedence: 'Bulk' }),
      settings(),
      false,
      'not logged: bulk mail (Precedence: bulk)',
    ],
    [
      'bulk allowed',
      msg('olena@acme.ua', [ME], { listUnsubscribe: 'x' }),
      settings({ skipBulk: false }),
      true,
      'logged: Олена Коваль is a client',
    ],
    [
      'blocklisted domain',
      msg('news@example.com', [ME]),
      settings(),
      false,
      'not logged: blocklisted domain example.com',
    ],
    [
      'blocklisted subdomain',
      msg('news@mail.example.com', [ME]),
      settings(),
      false,
      'not logged: blocklisted domain example.com',
    ],
    [
      'blocklisted address',
      msg('spam@x.ua', [ME]),
      settings(),
      false,
      'not logged: blocklisted address spam@x.ua',
    ],
    [
      'too many recipients',
      msg(
        ME,
        Array.from({ length: 25 }, (_, i) => `c${i}@acme.ua`),
      ),
      settings(),
      false,
      'not logged: 25 recipients (more than 20)',
    ],
    [
      'noreply sender',
      msg('noreply@bank.ua', [ME]),
      settings({ mode: 'create-all' }),
      false,
      'not logged: only role addresses outside (noreply@bank.ua)',
    ],
    [
      'unknown, clients only',
      msg(ME, ['new@firm.ua']),
      settings({ mode: 'clients-only' }),
      false,
      'not logged: no participant is a known client',
    ],
    [
      'I write to someone new',
      msg(ME, ['new@firm.ua']),
      settings({ mode: 'create-on-sent' }),
      true,
      'logged: new correspondent new@firm.ua (you wrote to them)',
    ],
    [
      'someone new writes, create-on-sent',
      msg('new@firm.ua', [ME]),
      settings({ mode: 'create-on-sent' }),
      false,
      'not logged: new@firm.ua is not in your base',
    ],
    [
      'someone new writes, create-all',
      msg('New@Firm.ua', [ME]),
      settings({ mode: 'create-all' }),
      true,
      'logged: new correspondent new@firm.ua (they wrote to you)',
    ],
    [
      'no date yet',
      msg('olena@acme.ua', [ME], { date: null }),
      settings(),
      false,
      'not logged: the message has no date yet',
    ],
  ])('%s', (_name, m, s, log, reason) => {
    const d = decideMessage(m, { settings: s, own: [ME], base });
    expect(d.log).toBe(log);
    expect(d.reason).toContain(reason);
    // The code and figures say the same in every language: English word for word, uk/ru translated.
    expect(`${d.log ? 'logged' : 'not logged'}: ${logReasonText(d, translator('en'))}`).toBe(d.reason);
    for (const locale of ['uk', 'ru'] as const) {
      const text = logReasonText(d, translator(locale));
      expect(text).not.toMatch(/[{}]/u);
      expect(text).toMatch(/[а-яіїєґё]/u);
      expect(text).not.toMatch(/\b(logged|client|contacts|recipients|participant|sender)\b/u);
    }
  });

  test('direction comes from own addresses', () => {
    const ctx = { settings: settings(), own: [ME], base };
    expect(decideMessage(msg(ME, ['olena@acme.ua']), ctx).direction).toBe('outgoing');
    expect(decideMessage(msg('olena@acme.ua', [ME]), ctx).direction).toBe('incoming');
    expect(decideMessage(msg(ME, ['maria@kartka.ua']), ctx).direction).toBe('internal');
  });

  test('role addresses are not created as people, real people on the same message are', () => {
    const d = decideMessage(msg(ME, ['info@firm.ua', 'anna@firm.ua']), {
      settings: settings(),
      own: [ME],
      base,
    });
    expect(d.create.map((c) => c.address)).toEqual(['anna@firm.ua']);
  });
});

describe('mainCorrespondent', () => {
  const ctx = { settings: settings(), own: [ME] };
  test('the most frequent external participant', () => {
    const thread = [
      msg('olena@acme.ua', [ME, 'petro@acme.ua']),
      msg(ME, ['olena@acme.ua', 'anna@acme.ua']),
      msg('olena@acme.ua', [ME]),
      msg('petro@acme.ua', [ME], { date: at + 1 }),
    ];
    expect(mainCorrespondent(thread, ctx)).toBe('olena@acme.ua');
  });
  test('ties go to the latest sender, role addresses last', () => {
    const thread = [
      msg('olena@acme.ua', [ME]),
      msg('petro@acme.ua', [ME], { date: at + 5 }),
      msg('noreply@acme.ua', [ME], { date: at + 9 }),
    ];
    expect(mainCorrespondent(thread, ctx)).toBe('petro@acme.ua');
  });
  test('nobody outside → null', () => {
    expect(mainCorrespondent([msg(ME, ['maria@kartka.ua'])], ctx)).toBeNull();
  });
});

test('a reason stored before codes existed is shown as stored, without the logged/not logged prefix', () => {
  expect(logReasonText({ reason: 'not logged: bulk mail (List-Unsubscribe)' }, translator('uk'))).toBe(
    'bulk mail (List-Unsubscribe)',
  );
  expect(logReasonText({ reason: 'logged: Олена Коваль is a client' }, translator('en'))).toBe(
    'Олена Коваль is a client',
  );
});
