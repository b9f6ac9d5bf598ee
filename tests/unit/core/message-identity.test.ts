// The identity rule: which key says what, when two readings are one message, and how a record is rekeyed.
import { describe, expect, test } from 'vitest';
import { outlookId, threadKey } from '../../../core/ids';
import { messagesFromThread, pageKeyStrength } from '../../../core/logging-policy';
import {
  chooseMatch,
  differenceBetween,
  fingerprintOf,
  fingerprintRange,
  keyStrengthOf,
  mergeIdentity,
  normalizeSubject,
  type IdentityFacts,
} from '../../../core/message-identity';

const AT = Date.UTC(2026, 10, 23, 10, 15);
const MIN = 60_000;

function facts(patch: Partial<IdentityFacts> = {}): IdentityFacts {
  return {
    strength: 'firm',
    aliasKeys: [],
    threadAliases: [],
    sender: 'ivan.petrenko@klient.com.ua',
    recipients: ['olena@kartka.example'],
    subject: 'Рахунок за листопад',
    at: AT,
    precise: true,
    ...patch,
  };
}

describe('keys', () => {
  test.each([
    ['gmail:19f82b4e90a11791', 'firm'],
    ['gmail:msg-a:r-2735104936720011842', 'provisional'],
    ['gmail:19f82b4e90a11791#2', 'positional'],
    ['outlook:AAQkADAwATM0MDAAMS1iNmQ0=#0', 'positional'],
    ['outlook:AAMkAGI2TG93AAA=', 'firm'],
    ['fp:1x2y3z:1764000000000', 'provisional'],
    ['demo:olena:1', 'firm'],
    [undefined, 'positional'],
  ] as const)('%s is %s', (key, strength) => {
    expect(keyStrengthOf(key)).toBe(strength);
  });

  test('a declared strength wins over the form; the page never has firm Outlook ids', () => {
    expect(keyStrengthOf('outlook:AAMkAGI2TG93AAA=', 'provisional')).toBe('provisional');
    expect(pageKeyStrength('outlook', 'AAMkAGI2TG93AAA=')).toBe('provisional');
    expect(pageKeyStrength('outlook', 'AAQkADAw=#1')).toBe('positional');
    expect(pageKeyStrength('gmail', '19f82b4e90a11791')).toBe('firm');
    expect(pageKeyStrength('gmail', 'msg-a:r-27351')).toBe('provisional');
  });

  test("Graph's URL-safe conversation ids and the page's standard base64 give one thread key", () => {
    expect(outlookId('AAQkAGI2-TG93_AAA=')).toBe('AAQkAGI2+TG93/AAA=');
    expect(threadKey('outlook', 'AAQkAGI2-TG93_AAA=')).toBe(threadKey('outlook', 'AAQkAGI2+TG93/AAA='));
    expect(threadKey('gmail', '19f8-x')).toBe('gmail:19f8-x');
    const [m] = messagesFromThread({
      provider: 'outlook',
      threadId: 'AAQk-x_y=',
      subject: 's',
      account: null,
      messages: [{ providerMessageId: 'AAMk-a_b=', from: null, to: [], cc: [], date: AT, expanded: true }],
    });
    expect(m).toMatchObject({
      providerKey: 'outlook:AAMk-a_b=',
      keyStrength: 'provisional',
      threadKey: 'outlook:AAQk+x/y=',
    });
  });
});

describe('fingerprint', () => {
  test('minute first, sender folded; none without a sender address or a date', () => {
    expect(fingerprintOf(' Ivan.Petrenko@Klient.com.ua ', AT + 42_000)).toBe(
      `0${AT / MIN}|ivan.petrenko@klient.com.ua`,
    );
    expect(fingerprintOf('Іван Петренко', AT)).toBeNull();
    expect(fingerprintOf('a@b.ua', null)).toBeNull();
  });

  test('the range holds every fingerprint within the tolerance, and no other', () => {
    const [lower, upper] = fingerprintRange(AT + 30_000);
    const fp = (at: number) => fingerprintOf('zz@b.ua', at) ?? '';
    for (const off of [-2, -1, 0, 1, 2]) {
      expect(fp(AT + off * MIN) >= lower && fp(AT + off * MIN) <= upper).toBe(true);
    }
    expect(fp(AT - 3 * MIN) < lower).toBe(true);
    expect(fp(AT + 3 * MIN) > upper).toBe(true);
  });

  test.each([
    ['Re: Рахунок', 'рахунок'],
    ['RE: Fwd:  Рахунок  за   листопад', 'рахунок за листопад'],
    ['AW: WG: Angebot', 'angebot'],
    ['Відп: Пересл: Замовлення', 'замовлення'],
    ['Отв: Ответ: Договор', 'договор'],
    ['Odp: PD: Oferta', 'oferta'],
    ['Re[2]: Invoice', 'invoice'],
    ['Reply needed', 'reply needed'],
  ])('subject %s compares as %s', (subject, normal) => {
    expect(normalizeSubject(subject)).toBe(normal);
  });
});

describe('two readings are one message', () => {
  test.each<[string, Partial<IdentityFacts>, Partial<IdentityFacts>, string | null]>([
    [
      'a just-sent reply, then its hex id',
      { providerKey: 'gmail:19f8a' },
      { providerKey: 'gmail:msg-a:r1', strength: 'provisional' },
      null,
    ],
    ['collapsed (no recipients), then expanded', { recipients: [] }, {}, null],
    ['a page minute and an API second', { at: AT + 59_000 }, { precise: false }, null],
    ['a reply subject and the thread subject', { subject: 'Re: Рахунок за листопад' }, {}, null],
    [
      'Gmail then Outlook (forwarded)',
      { providerKey: 'outlook:AAMk1=', strength: 'provisional', threadKey: 'outlook:AAQk1=' },
      { providerKey: 'gmail:19f8a', threadKey: 'gmail:19f8' },
      null,
    ],
    [
      'two Gmail ids',
      { providerKey: 'gmail:19f8b' },
      { providerKey: 'gmail:19f8a' },
      'different ids from one provider',
    ],
    ['two Message-IDs', { rfcMessageId: 'a@x' }, { rfcMessageId: 'b@x' }, 'different Message-IDs'],
    ['another sender', { sender: 'jane@acme.example' }, {}, 'different senders'],
    ['three minutes apart', { at: AT + 3 * MIN }, {}, 'dated too far apart'],
    ['no recipient in common', { recipients: ['jane@acme.example'] }, {}, 'no recipient in common'],
    [
      'another subject, another thread',
      { subject: 'Договір', threadKey: 'gmail:2' },
      { threadKey: 'gmail:1' },
      'different subjects in different threads',
    ],
    [
      'another subject in the same thread',
      { subject: 'Договір', threadKey: 'gmail:1' },
      { threadKey: 'gmail:1' },
      null,
    ],
  ])('%s', (_, incoming, stored, difference) => {
    expect(differenceBetween(facts(incoming), facts(stored))).toBe(difference);
  });

  test('the best candidate: unclaimed, same thread first, then the closest date', () => {
    const near = { facts: facts({ at: AT + MIN, threadKey: 'gmail:1' }) };
    const closer = { facts: facts({ at: AT, threadKey: 'gmail:2' }) };
    const incoming = facts({ threadKey: 'gmail:1' });
    expect(chooseMatch(incoming, [closer, near])).toBe(near);
    expect(chooseMatch(incoming, [closer, near], new Set([near]))).toBe(closer);
    expect(chooseMatch(facts({ threadKey: 'gmail:3' }), [near, closer])).toBe(closer);
    expect(chooseMatch(facts({ sender: 'x@y.ua' }), [near, closer])).toBeUndefined();
  });
});

describe('rekeying', () => {
  test('a firm id replaces a stand-in, which stays as an alias; the precise date and subject win', () => {
    const stored = facts({
      providerKey: 'gmail:msg-a:r1',
      strength: 'provisional',
      precise: false,
      subject: 'Рахунок',
      threadKey: 'gmail:19f8',
    });
    const incoming = facts({
      providerKey: 'gmail:19f8a',
      rfcMessageId: 'CAF1@klient.com.ua',
      at: AT + 42_000,
      subject: 'Re: Рахунок',
      threadKey: 'gmail:19f8',
    });
    expect(mergeIdentity(stored, incoming)).toEqual({
      providerKey: 'gmail:19f8a',
      provisionalKey: false,
      aliasKeys: ['gmail:msg-a:r1'],
      rfcMessageId: 'CAF1@klient.com.ua',
      precise: true,
      at: AT + 42_000,
      subject: 'Re: Рахунок',
    });
  });

  test('a weaker or equal key from elsewhere becomes an alias; a positional one is never kept', () => {
    const stored = facts({ providerKey: 'gmail:19f8a', threadKey: 'gmail:19f8' });
    expect(
      mergeIdentity(
        stored,
        facts({
          providerKey: 'outlook:AAMk1=',
          strength: 'provisional',
          threadKey: 'outlook:AAQk1=',
          precise: false,
        }),
      ),
    ).toEqual({ aliasKeys: ['outlook:AAMk1='], threadAliases: ['outlook:AAQk1='] });
    expect(
      mergeIdentity(
        stored,
        facts({ providerKey: 'outlook:AAQk1=#0', strength: 'positional', threadKey: 'gmail:19f8' }),
      ),
    ).toBeNull();
    // A keyless record (read in an Outlook conversation) takes the item id when it appears.
    expect(
      mergeIdentity(
        facts({ strength: 'positional', precise: false }),
        facts({ providerKey: 'outlook:AAMk1=', strength: 'provisional', precise: false }),
      ),
    ).toEqual({ providerKey: 'outlook:AAMk1=', provisionalKey: true });
  });

  test("a provider's thread replaces an archive's; an archive's thread becomes an alias", () => {
    expect(
      mergeIdentity(facts({ threadKey: 'rfc:root@x' }), facts({ threadKey: 'gmail:19f8', precise: false })),
    ).toEqual({ threadKey: 'gmail:19f8', threadAliases: ['rfc:root@x'] });
    expect(
      mergeIdentity(facts({ threadKey: 'gmail:19f8', precise: false }), facts({ threadKey: 'rfc:root@x' })),
    ).toMatchObject({ threadAliases: ['rfc:root@x'], precise: true });
  });

  test('the same reading again changes nothing', () => {
    const f = facts({ providerKey: 'gmail:19f8a', rfcMessageId: 'a@x', threadKey: 'gmail:19f8' });
    expect(mergeIdentity(f, f)).toBeNull();
  });
});
