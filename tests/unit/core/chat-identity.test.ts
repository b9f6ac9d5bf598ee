// Who a chat is with: identities from what the pages show, and the one rule that maps them to a person.
import { describe, expect, test } from 'vitest';
import type { ChatMessageSnapshot, ChatSnapshot } from '../../../core/chat';
import { matchIdentity, peerIdentity, senderIdentity, type ChatIdentity } from '../../../core/chat-identity';
import { decideChatMessage, type ChatPolicyContext } from '../../../core/chat-policy';
import { personId } from '../../../core/ids';
import type { KnownPerson } from '../../../core/matching';
import { defaultSettings } from '../../../core/settings';

const person = (id: string, patch: Partial<KnownPerson> = {}): KnownPerson => ({
  id: personId(id),
  // The chat's name (Олена) agrees with it: the identity rules need that beside a username, jid or phone.
  displayName: 'Олена Коваль',
  emails: [],
  phones: [],
  handles: [],
  isClient: true,
  companyIds: [],
  ...patch,
});

describe('peerIdentity', () => {
  test('Telegram: user id, username and the profile phone (read with the default region, "+" optional)', () => {
    expect(
      peerIdentity(
        'telegram',
        {
          kind: 'user',
          id: '5012345678',
          title: ' Олена ',
          username: 'Olena_Koval',
          phone: '+380 67 123 4567',
        },
        'UA',
      ),
    ).toEqual({
      messenger: 'telegram',
      handles: [
        { kind: 'telegram', value: '5012345678' },
        { kind: 'telegram-username', value: 'olena_koval' },
      ],
      phone: '+380671234567',
      name: 'Олена',
    });
    expect(
      peerIdentity('telegram', { kind: 'user', id: '1', title: 'x', phone: '380 67 123 4567' }, 'RU')?.phone,
    ).toBe('+380671234567');
  });

  test('WhatsApp: the jid, and its phone unless it is a privacy id', () => {
    expect(
      peerIdentity('whatsapp', { kind: 'user', id: '380671234567@c.us', title: 'Олена' }, 'UA'),
    ).toMatchObject({
      handles: [{ kind: 'whatsapp', value: '380671234567@c.us' }],
      phone: '+380671234567',
    });
    expect(
      peerIdentity('whatsapp', { kind: 'user', id: '145678901234567@lid', title: 'Андрій' }, 'UA'),
    ).toMatchObject({
      handles: [{ kind: 'whatsapp', value: '145678901234567@lid' }],
      phone: null,
    });
  });

  test('groups and channels are nobody; a group sender is someone', () => {
    expect(peerIdentity('telegram', { kind: 'group', id: '-1001', title: 'G' }, 'UA')).toBeNull();
    expect(senderIdentity('telegram', { id: '7234567890', name: 'Петро' })?.handles).toEqual([
      { kind: 'telegram', value: '7234567890' },
    ]);
    expect(senderIdentity('telegram', { name: 'no id' })).toBeNull();
  });
});

describe('matchIdentity', () => {
  const id = (patch: Partial<ChatIdentity> = {}): ChatIdentity => ({
    messenger: 'telegram',
    handles: [
      { kind: 'telegram', value: '500' },
      { kind: 'telegram-username', value: 'olena_k' },
    ],
    phone: '+380671234567',
    name: 'Олена',
    ...patch,
  });

  test.each<[string, KnownPerson[], string | null, string]>([
    ['by Telegram id', [person('a', { handles: [{ kind: 'telegram', value: '500' }] })], 'a', 'telegram-id'],
    [
      'by username',
      [person('a', { handles: [{ kind: 'telegram-username', value: 'olena_k' }] })],
      'a',
      'telegram-username',
    ],
    ['by phone', [person('a', { phones: ['+380671234567'] })], 'a', 'phone'],
    [
      'the id wins over a username someone else holds',
      [
        person('b', { handles: [{ kind: 'telegram-username', value: 'olena_k' }] }),
        person('a', { handles: [{ kind: 'telegram', value: '500' }] }),
      ],
      'a',
      'telegram-id',
    ],
    [
      "a username that now belongs to another account (the holder's own Telegram id differs) is not a match",
      [
        person('b', {
          handles: [
            { kind: 'telegram', value: '999' },
            { kind: 'telegram-username', value: 'olena_k' },
          ],
        }),
      ],
      null,
      '',
    ],
    ['nobody', [person('c', { phones: ['+380501112233'] })], null, ''],
    [
      'a phone with another name is not a match (Тарас is not Олена), only a suggestion',
      [person('t', { displayName: 'Тарас Шевченко', phones: ['+380671234567'] })],
      null,
      '',
    ],
    [
      'a username with no name to compare is not a match',
      [person('x', { displayName: 'olena_k', handles: [{ kind: 'telegram-username', value: 'olena_k' }] })],
      null,
      '',
    ],
    [
      'the Telegram id is the account: a match whatever the name',
      [person('t', { displayName: 'Тарас Шевченко', handles: [{ kind: 'telegram', value: '500' }] })],
      't',
      'telegram-id',
    ],
    [
      'a transliterated name agrees (Olena Koval = Олена)',
      [person('l', { displayName: 'Olena Koval', phones: ['+380671234567'] })],
      'l',
      'phone',
    ],
  ])('%s', (_, people, who, by) => {
    const m = matchIdentity(id(), people);
    expect(m?.person.id ?? null).toBe(who);
    if (m) expect(m.by).toBe(by);
  });

  test('everyone else holding a key is a possible duplicate', () => {
    const m = matchIdentity(id(), [
      person('a', { handles: [{ kind: 'telegram', value: '500' }] }),
      person('b', { phones: ['+380671234567'] }),
      person('c', { handles: [{ kind: 'telegram-username', value: 'olena_k' }] }),
      person('d', { phones: ['+380990000000'] }),
    ]);
    expect(m?.person.id).toBe('a');
    expect(m?.others.map((p) => p.id)).toEqual(['b', 'c']);
  });

  test('a WhatsApp jid, then its phone', () => {
    const wa: ChatIdentity = {
      messenger: 'whatsapp',
      handles: [{ kind: 'whatsapp', value: '145678901234567@lid' }],
      phone: null,
      name: 'Андрій',
    };
    expect(
      matchIdentity(wa, [
        person('a', {
          displayName: 'Андрій Мельник',
          handles: [{ kind: 'whatsapp', value: '145678901234567@lid' }],
        }),
      ])?.by,
    ).toBe('whatsapp');
    expect(matchIdentity(wa, [person('a', { phones: ['+145678901234567'] })])).toBeNull();
  });
});

describe('decideChatMessage', () => {
  const message = (patch: Partial<ChatMessageSnapshot> = {}): ChatMessageSnapshot => ({
    id: '1',
    direction: 'incoming',
    at: 1_700_000_000_000,
    text: 'Привіт',
    ...patch,
  });
  const chat = (patch: Partial<ChatSnapshot> = {}): ChatSnapshot => ({
    messenger: 'telegram',
    client: 'telegram-k',
    peer: { kind: 'user', id: '500', title: 'Олена' },
    messages: [],
    ...patch,
  });
  const known = person('olena', { displayName: 'Олена Коваль' });
  const ctx: ChatPolicyContext = {
    settings: defaultSettings(),
    manual: false,
    peer: known,
    senders: new Map<string, KnownPerson>(),
  };

  test.each<[string, ChatSnapshot, ChatMessageSnapshot, Partial<ChatPolicyContext>, boolean, string]>([
    ['a private chat with a client', chat(), message(), {}, true, 'chat-client'],
    ['with a contact', chat(), message(), { peer: { ...known, isClient: false } }, true, 'chat-contact'],
    ['with someone not in the base', chat(), message(), { peer: null }, false, 'chat-unknown'],
    ['a message without a date', chat(), message({ at: null }), {}, false, 'no-date'],
    [
      'a channel',
      chat({ peer: { kind: 'channel', id: '-100', title: 'News' } }),
      message(),
      {},
      false,
      'chat-channel',
    ],
    [
      'a group, off by default',
      chat({ peer: { kind: 'group', id: '-1', title: 'G' } }),
      message(),
      {},
      false,
      'chat-group-off',
    ],
    [
      'WhatsApp without the button',
      chat({ messenger: 'whatsapp', client: 'whatsapp' }),
      message(),
      {},
      false,
      'chat-manual',
    ],
    [
      'WhatsApp, button pressed',
      chat({ messenger: 'whatsapp', client: 'whatsapp' }),
      message(),
      { manual: true },
      true,
      'chat-client',
    ],
  ])('%s', (_, c, m, patch, log, code) => {
    const d = decideChatMessage(c, m, { ...ctx, ...patch });
    expect(d.log).toBe(log);
    expect(d.because.code).toBe(code);
    expect(d.reason).toMatch(log ? /^logged: / : /^not logged: /);
  });

  test('groups turned on: an incoming message goes to its known sender, mine to everyone known who spoke', () => {
    const settings = { ...defaultSettings(), chats: { logGroups: true } };
    const petro = person('petro');
    const senders = new Map([['7', petro]]);
    const group = chat({ peer: { kind: 'group', id: '-1', title: 'G' } });
    const from = (id: string) => message({ sender: { id, name: id } });
    expect(decideChatMessage(group, from('7'), { ...ctx, settings, senders }).people).toEqual([petro]);
    expect(decideChatMessage(group, from('8'), { ...ctx, settings, senders }).because.code).toBe(
      'chat-group-nobody',
    );
    expect(
      decideChatMessage(group, message({ direction: 'outgoing' }), { ...ctx, settings, senders }),
    ).toMatchObject({
      log: true,
      direction: 'outgoing',
      people: [petro],
    });
  });
});
