// Messenger handles: normalizing, parsing what people type, keys, links; Telegram peer and message ids.
import { describe, expect, test } from 'vitest';
import { chatSnippet, telegramPeerId, telegramServerId } from '../../../core/chat';
import {
  handleFromKey,
  handleKey,
  handleText,
  messengerLinks,
  normalizeHandle,
  parseHandle,
  phoneOfJid,
  telegramLinksIn,
  unionHandles,
  type Handle,
} from '../../../core/handles';

const u = (value: string): Handle => ({ kind: 'telegram-username', value });

describe('normalizeHandle', () => {
  test.each([
    [u('@Olena_Koval'), u('olena_koval')],
    [u('abcd'), u('abcd')],
    [
      { kind: 'telegram', value: ' 5012345678 ' },
      { kind: 'telegram', value: '5012345678' },
    ],
    [
      { kind: 'whatsapp', value: '380671234567@s.whatsapp.net' },
      { kind: 'whatsapp', value: '380671234567@c.us' },
    ],
    [
      { kind: 'whatsapp', value: '145678901234567@LID' },
      { kind: 'whatsapp', value: '145678901234567@lid' },
    ],
  ] as [Handle, Handle][])('%j → %j', (input, output) => {
    expect(normalizeHandle(input)).toEqual({ ok: true, handle: output });
  });

  test.each([
    [u('1abc_def'), 'handle.username'],
    [u('ab'), 'handle.username'],
    [u('олена'), 'handle.username'],
    [u('ends_with_'), 'handle.username'],
    [{ kind: 'telegram', value: '-100123' }, 'handle.telegramId'],
    [{ kind: 'telegram', value: '0' }, 'handle.telegramId'],
    [{ kind: 'whatsapp', value: '120363025246125486@g.us' }, 'handle.whatsapp'],
    [{ kind: 'whatsapp', value: 'olena@gmail.com' }, 'handle.whatsapp'],
  ] as [Handle, string][])('%j is refused (%s)', (input, code) => {
    const r = normalizeHandle(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.because?.code).toBe(code);
      expect(r.reason).toContain(input.value.trim());
    }
  });
});

describe('parseHandle', () => {
  test.each([
    ['@ivan_p', u('ivan_p')],
    ['https://t.me/ivan_p', u('ivan_p')],
    ['t.me/@Ivan_P/', u('ivan_p')],
    ['telegram.me/ivan_p', u('ivan_p')],
    ['tg://user?id=123456789', { kind: 'telegram', value: '123456789' }],
    ['tg: 123456789', { kind: 'telegram', value: '123456789' }],
    ['380671234567@c.us', { kind: 'whatsapp', value: '380671234567@c.us' }],
    ['wa: 145678901234567@lid', { kind: 'whatsapp', value: '145678901234567@lid' }],
    ['https://wa.me/380671234567', { kind: 'whatsapp', value: '380671234567@c.us' }],
  ])('%s', (text, handle) => {
    expect(parseHandle(text)).toEqual({ ok: true, handle });
  });

  test('text that names no handle is null; a malformed one is a refusal', () => {
    expect(parseHandle('Олена Коваль')).toBeNull();
    expect(parseHandle('   ')).toBeNull();
    expect(parseHandle('@1x')?.ok).toBe(false);
  });
});

test('keys round-trip, lists unite without repeats, jids give phones', () => {
  const handles: Handle[] = [
    u('ivan_p'),
    { kind: 'telegram', value: '42' },
    { kind: 'whatsapp', value: '380671234567@c.us' },
  ];
  expect(handles.map(handleKey)).toEqual(['tgu:ivan_p', 'tg:42', 'wa:380671234567@c.us']);
  for (const h of handles) expect(handleFromKey(handleKey(h))).toEqual(h);
  expect(handleFromKey('x:1')).toBeNull();
  expect(unionHandles([u('a_bcd')], [u('a_bcd'), u('b_cde')])).toEqual([u('a_bcd'), u('b_cde')]);
  expect(handles.map(handleText)).toEqual(['@ivan_p', 'tg:42', '380671234567@c.us']);
  expect(phoneOfJid('380671234567@c.us')).toBe('+380671234567');
  expect(phoneOfJid('145678901234567@lid')).toBeNull();
});

test('t.me links in text, but not service paths', () => {
  expect(telegramLinksIn('Пишіть: https://t.me/Olena_Koval, або t.me/joinchat/XYZ, t.me/share/url')).toEqual([
    u('olena_koval'),
  ]);
});

test('messenger links: t.me for a username, tg:// for an id alone, wa.me and viber per number', () => {
  expect(messengerLinks([u('ivan_p')], ['+380671234567'])).toEqual([
    { kind: 'telegram', label: '@ivan_p', href: 'https://t.me/ivan_p' },
    { kind: 'whatsapp', label: '+380671234567', href: 'https://wa.me/380671234567' },
    { kind: 'viber', label: '+380671234567', href: 'viber://chat?number=%2B380671234567' },
    { kind: 'tel', label: '+380671234567', href: 'tel:+380671234567' },
  ]);
  expect(
    messengerLinks(
      [
        { kind: 'telegram', value: '42' },
        { kind: 'whatsapp', value: '380501112233@c.us' },
      ],
      [],
    ).map((l) => l.href),
  ).toEqual(['tg://user?id=42', 'https://wa.me/380501112233', 'viber://chat?number=%2B380501112233']);
  expect(messengerLinks([{ kind: 'whatsapp', value: '145678901234567@lid' }], [])).toEqual([]);
});

describe('Telegram ids across the two clients', () => {
  test.each([
    ['5012345678', false, '5012345678'],
    ['-456789012', false, '-456789012'],
    ['-1987654321', true, '-1001987654321'],
    ['-1001987654321', true, '-1001987654321'],
    ['-1001987654321', false, '-1001987654321'],
    ['abc', false, null],
  ])('peer %s (channel ids: %s) → %s', (raw, channel, id) => {
    expect(telegramPeerId(raw, channel)).toBe(id);
  });

  test.each([
    ['1039', { id: '1039', channel: false }],
    ['4294967797', { id: '501', channel: true }],
    ['4294967797.0001', null],
    ['8589934593', null],
    ['0', null],
    ['-5', null],
  ])('WebK mid %s → %j', (mid, server) => {
    expect(telegramServerId(mid)).toEqual(server);
  });
});

test('a chat snippet is the first ~200 characters on one line, cut on a character', () => {
  expect(chatSnippet('  Привіт,\n\nяк справи?  ')).toBe('Привіт, як справи?');
  const long = `${'😀'.repeat(150)}${'x'.repeat(100)}`;
  const cut = chatSnippet(long);
  expect(Array.from(cut)).toHaveLength(201);
  expect(cut.endsWith('…')).toBe(true);
});
