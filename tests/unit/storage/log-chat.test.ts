// Chat logging in the base: one record per (chat, server message id) whichever client read it and however often;
// matching by handle or phone; group chats off by default; WhatsApp only when asked; identities learned.
import { afterEach, describe, expect, test } from 'vitest';
import type { ChatMessageSnapshot, ChatSnapshot } from '../../../core/chat';
import { personId } from '../../../core/ids';
import type { KartkaDB } from '../../../storage/db';
import { countInteractionsForPerson, interactionsForPerson } from '../../../storage/interactions';
import { withContact } from '../../../storage/last-contact';
import { logChat, matchChatPeer } from '../../../storage/log-chat';
import { logPasted } from '../../../storage/log-pasted';
import { createPerson } from '../../../storage/people';
import { freshDb, NOW, testSettings } from './helpers';

let db: KartkaDB;
afterEach(async () => {
  await db.delete();
});

const MIN = 60_000;
const msg = (id: number, patch: Partial<ChatMessageSnapshot> = {}): ChatMessageSnapshot => ({
  id: String(id),
  direction: id % 2 ? 'outgoing' : 'incoming',
  at: NOW - (100 - id) * MIN,
  text: `повідомлення ${id}`,
  ...patch,
});
const olenaChat = (
  client: ChatSnapshot['client'],
  ids: number[],
  peer: Partial<ChatSnapshot['peer']> = {},
): ChatSnapshot => ({
  messenger: 'telegram',
  client,
  peer: { kind: 'user', id: '5012345678', title: 'Олена Коваль', ...peer },
  messages: ids.map((id) => msg(id)),
});

async function seed(patch: Parameters<typeof createPerson>[1] = {}) {
  const written = await createPerson(
    db,
    {
      displayName: 'Олена Коваль',
      phones: ['+380671234567'],
      stage: { stage: 'regular', reason: 'x', setBy: 'hand', since: 0 },
      ...patch,
    },
    testSettings(),
    NOW,
  );
  if (!written.ok) throw new Error(JSON.stringify(written.problems));
  return written.person;
}

describe('a private Telegram chat', () => {
  test('matched by username: its visible messages logged once, across reopening, scrolling and both clients', async () => {
    db = freshDb();
    const olena = await seed({ handles: [{ kind: 'telegram-username', value: 'olena_koval' }] });
    const settings = testSettings();
    const first = await logChat(
      db,
      olenaChat('telegram-k', [10, 11, 12], { username: 'olena_koval' }),
      settings,
      NOW,
      { manual: false },
    );
    expect(first).toMatchObject({
      chatKey: 'telegram:5012345678',
      added: 3,
      alreadyLogged: 0,
      peer: { personId: olena.id, by: 'telegram-username' },
    });
    expect(first.decisions.map((d) => d.because?.code)).toEqual([
      'chat-client',
      'chat-client',
      'chat-client',
    ]);

    // Reopened; scrolled so that 12 is joined by 13 and 14; then the same chat in WebA, whose page has no username.
    expect(
      (
        await logChat(db, olenaChat('telegram-k', [10, 11, 12], { username: 'olena_koval' }), settings, NOW, {
          manual: false,
        })
      ).added,
    ).toBe(0);
    expect(
      (await logChat(db, olenaChat('telegram-k', [12, 13, 14]), settings, NOW, { manual: false })).added,
    ).toBe(2);
    const weba = await logChat(db, olenaChat('telegram-a', [11, 12, 13, 14, 15]), settings, NOW, {
      manual: false,
    });
    // WebA showed no username: the Telegram id the first reading taught her card matches now.
    expect(weba).toMatchObject({ added: 1, alreadyLogged: 4, peer: { by: 'telegram-id' } });

    expect(await countInteractionsForPerson(db, olena.id)).toBe(6);
    const logged = await interactionsForPerson(db, olena.id, 10);
    expect(logged[0]).toMatchObject({
      kind: 'chat',
      source: 'telegram',
      providerKey: 'telegram:5012345678:15',
      threadKey: 'telegram:5012345678',
      direction: 'outgoing',
      snippet: 'повідомлення 15',
      subject: 'Telegram message',
    });
    expect((await withContact(db, await db.people.get(olena.id)))?.lastContactAt).toBe(NOW - 85 * MIN);
    expect((await db.people.get(olena.id))?.handles).toEqual([
      { kind: 'telegram-username', value: 'olena_koval' },
      { kind: 'telegram', value: '5012345678' },
    ]);
  });

  test('matched by the profile phone; someone not in the base is logged nothing', async () => {
    db = freshDb();
    const olena = await seed();
    const settings = testSettings();
    const unknown = await logChat(db, olenaChat('telegram-k', [10]), settings, NOW, { manual: false });
    expect(unknown).toMatchObject({ added: 0, peer: null });
    expect(unknown.decisions[0]).toMatchObject({
      logged: false,
      because: { code: 'chat-unknown', params: { name: 'Олена Коваль' } },
    });
    const byPhone = await logChat(
      db,
      olenaChat('telegram-k', [10], { phone: '+380 67 123 4567' }),
      settings,
      NOW,
      { manual: false },
    );
    expect(byPhone).toMatchObject({ added: 1, peer: { personId: olena.id, by: 'phone' } });
    expect(await matchChatPeer(db, olenaChat('telegram-a', []), settings)).toMatchObject({
      personId: olena.id,
      by: 'telegram-id',
    });
  });

  test('a username now held by another account does not move its old owner onto the new one; a second holder is a duplicate', async () => {
    db = freshDb();
    const old = await seed({
      displayName: 'Стара Олена',
      phones: [],
      handles: [
        { kind: 'telegram', value: '999' },
        { kind: 'telegram-username', value: 'olena_koval' },
      ],
    });
    const settings = testSettings();
    expect(
      (
        await logChat(db, olenaChat('telegram-k', [10], { username: 'olena_koval' }), settings, NOW, {
          manual: false,
        })
      ).peer,
    ).toBeNull();
    const twin = await seed({
      displayName: 'Олена (копія)',
      phones: ['+380671234599'],
      handles: [{ kind: 'telegram', value: '5012345678' }],
    });
    const second = await seed({ displayName: 'Олена друга', phones: ['+380671234567'] });
    const r = await logChat(db, olenaChat('telegram-k', [11], { phone: '+380671234567' }), settings, NOW, {
      manual: false,
    });
    expect(r.peer).toMatchObject({
      personId: twin.id,
      by: 'telegram-id',
      others: [{ personId: second.id, name: 'Олена друга' }],
    });
    expect((await db.people.get(old.id))?.handles).toHaveLength(2);
  });
});

describe('groups, channels and WhatsApp', () => {
  const group = (ids: number[]): ChatSnapshot => ({
    messenger: 'telegram',
    client: 'telegram-a',
    peer: { kind: 'group', id: '-1001987654321', title: 'Зоря Агро · закупівлі' },
    messages: ids.map((id) =>
      msg(
        id,
        id === 3
          ? { direction: 'outgoing' }
          : { direction: 'incoming', sender: { id: id === 1 ? '5012345678' : '7234567890', name: 'x' } },
      ),
    ),
  });

  test('group chats are not logged by default; turned on, messages go to the known senders', async () => {
    db = freshDb();
    const olena = await seed({ handles: [{ kind: 'telegram', value: '5012345678' }] });
    const off = await logChat(db, group([1, 2, 3]), testSettings(), NOW, { manual: false });
    expect(off.added).toBe(0);
    expect(off.decisions.map((d) => d.because?.code)).toEqual([
      'chat-group-off',
      'chat-group-off',
      'chat-group-off',
    ]);
    expect(off.participants).toEqual([
      { id: '5012345678', name: 'x', personId: olena.id },
      { id: '7234567890', name: 'x' },
    ]);
    const on = await logChat(db, group([1, 2, 3]), testSettings({ chats: { logGroups: true } }), NOW, {
      manual: false,
    });
    expect(on.decisions.map((d) => [d.logged, d.because?.code])).toEqual([
      [true, 'chat-client'],
      [false, 'chat-group-nobody'],
      [true, 'chat-client'],
    ]);
    expect((await interactionsForPerson(db, olena.id, 5)).map((i) => i.providerKey)).toEqual([
      'telegram:-1001987654321:3',
      'telegram:-1001987654321:1',
    ]);
  });

  test('channels never; WhatsApp only when asked, then by jid phone, once', async () => {
    db = freshDb();
    const olena = await seed();
    const channel: ChatSnapshot = {
      ...group([1]),
      peer: { kind: 'channel', id: '-1001122334455', title: 'News' },
    };
    expect(
      (await logChat(db, channel, testSettings(), NOW, { manual: true })).decisions[0]?.because?.code,
    ).toBe('chat-channel');
    const wa: ChatSnapshot = {
      messenger: 'whatsapp',
      client: 'whatsapp',
      peer: { kind: 'user', id: '380671234567@c.us', title: 'Олена' },
      messages: [msg(2, { id: '3EB0000000000000000A' })],
    };
    const passive = await logChat(db, wa, testSettings(), NOW, { manual: false });
    expect(passive).toMatchObject({ added: 0, peer: { personId: olena.id, by: 'phone' } });
    expect(passive.decisions[0]?.because?.code).toBe('chat-manual');
    expect((await logChat(db, wa, testSettings(), NOW, { manual: true })).added).toBe(1);
    expect((await logChat(db, wa, testSettings(), NOW, { manual: true })).alreadyLogged).toBe(1);
    expect((await interactionsForPerson(db, olena.id, 5))[0]).toMatchObject({
      source: 'whatsapp',
      providerKey: 'whatsapp:380671234567@c.us:3EB0000000000000000A',
    });
    expect((await db.people.get(olena.id))?.handles).toEqual([
      { kind: 'whatsapp', value: '380671234567@c.us' },
    ]);
  });
});

describe('a pasted conversation', () => {
  test('logged once however often it is pasted; a message WhatsApp Web already logged is not logged again', async () => {
    db = freshDb();
    const olena = await seed();
    const wa: ChatSnapshot = {
      messenger: 'whatsapp',
      client: 'whatsapp',
      peer: { kind: 'user', id: '380671234567@c.us', title: 'Олена' },
      messages: [msg(2, { id: '3EB0A', at: NOW - 10 * MIN, text: 'Рахунок отримала' })],
    };
    await logChat(db, wa, testSettings(), NOW, { manual: true });
    const pasted = [
      {
        at: NOW - 10 * MIN + 33_000,
        direction: 'incoming' as const,
        author: 'Олена',
        text: 'Рахунок отримала',
      },
      { at: NOW - 9 * MIN, direction: 'outgoing' as const, author: 'Я', text: 'Дякую!' },
    ];
    expect(await logPasted(db, olena.id, 'whatsapp', pasted, NOW)).toEqual({ added: 1, alreadyLogged: 1 });
    expect(await logPasted(db, olena.id, 'whatsapp', pasted, NOW)).toEqual({ added: 0, alreadyLogged: 2 });
    const history = await interactionsForPerson(db, olena.id, 5);
    expect(history.map((i) => [i.source, i.direction, i.snippet])).toEqual([
      ['paste', 'outgoing', 'Дякую!'],
      ['whatsapp', 'incoming', 'Рахунок отримала'],
    ]);
    expect(await logPasted(db, personId('gone'), 'viber', pasted, NOW)).toBeNull();
  });
});
