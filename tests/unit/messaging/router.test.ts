import { describe, expect, it, test } from 'vitest';
import { framedByAllowedOrigin } from '../../../components/ui/frame-guard';
import { isMailOrigin } from '../../../core/mail-origins';
import { checkSender, createRouter, type Handlers } from '../../../integrations/messaging/router';
import { schemas } from '../../../integrations/messaging/schemas';

const ID = 'kartkaid';
const ORIGIN = 'chrome-extension://kartkaid/';
const mailTab = { id: 7, url: 'https://mail.google.com/mail/u/0/#inbox/19f82b4e90a11791' };

const thread = {
  provider: 'gmail',
  threadId: '19f82b4e90a11791',
  subject: 'Замовлення',
  account: 'me@firm.ua',
  messages: [
    {
      providerMessageId: '19f82b4e90a11791',
      from: { name: 'Олена Коваль', address: 'olena@zoria.ua' },
      to: [{ name: 'Me', address: 'me@firm.ua' }],
      cc: [],
      date: 1_700_000_000_000,
      expanded: true,
    },
  ],
};

describe('checkSender', () => {
  test.each([
    ['another extension', { id: 'evil', url: mailTab.url, tab: mailTab }, 'mail-page', /another extension/],
    ['a mail page without a tab', { id: ID, url: mailTab.url }, 'mail-page', /without a tab/],
    [
      'a content script on another site',
      { id: ID, url: 'https://evil.example/', tab: { id: 3 } },
      'mail-page',
      /evil\.example/,
    ],
    [
      'a look-alike host',
      { id: ID, url: 'https://mail.google.com.evil.example/', tab: { id: 3 } },
      'mail-page',
      /evil/,
    ],
    [
      'a web page posing as an extension page',
      { id: ID, url: 'https://mail.google.com/', tab: mailTab },
      'extension-page',
      /mail\.google\.com/,
    ],
  ] as const)('refuses %s', (_name, sender, kind, why) => {
    expect(checkSender(kind, sender, ID, ORIGIN)).toMatch(why);
  });

  test.each([
    ['mail.google.com', 'https://mail.google.com/mail/u/1/#inbox'],
    ['outlook.office.com', 'https://outlook.office.com/mail/inbox/id/AAQk'],
    ['outlook.office365.com', 'https://outlook.office365.com/mail/'],
    ['outlook.live.com', 'https://outlook.live.com/mail/0/'],
    ['outlook.cloud.microsoft', 'https://outlook.cloud.microsoft/mail/'],
  ])('accepts a content script on %s', (_host, url) => {
    expect(checkSender('mail-page', { id: ID, url, tab: { id: 1 } }, ID, ORIGIN)).toEqual({
      kind: 'mail-page',
      tabId: 1,
      url,
    });
  });
});

describe('router', () => {
  const calls: unknown[] = [];
  const handlers = {
    'page.thread': async (payload: unknown) => {
      calls.push(payload);
      return { added: 1, alreadyLogged: 0 };
    },
  } as unknown as Handlers;
  const route = createRouter(handlers, ID, ORIGIN);

  it('runs the handler for a valid message from a mail page', async () => {
    const reply = await route(
      { kartka: 1, type: 'page.thread', payload: thread },
      { id: ID, url: mailTab.url, tab: mailTab },
    );
    expect(reply).toEqual({ ok: true, data: { added: 1, alreadyLogged: 0 } });
    expect(calls).toHaveLength(1);
  });

  it('refuses a payload that does not match the schema, saying what is wrong', async () => {
    const bad = { ...thread, messages: [{ ...thread.messages[0], date: 'yesterday' }] };
    const reply = await route(
      { kartka: 1, type: 'page.thread', payload: bad },
      { id: ID, url: mailTab.url, tab: mailTab },
    );
    expect(reply).toMatchObject({ ok: false });
    expect(reply && !reply.ok && reply.error).toMatch(/Refused "page.thread"/);
  });

  it('refuses an oversized payload', async () => {
    const huge = { ...thread, subject: 'x'.repeat(5000) };
    const reply = await route(
      { kartka: 1, type: 'page.thread', payload: huge },
      { id: ID, url: mailTab.url, tab: mailTab },
    );
    expect(reply).toMatchObject({ ok: false });
  });

  it('ignores messages that are not in the protocol', async () => {
    expect(await route({ type: 'page.thread' }, { id: ID })).toBeUndefined();
    expect(await route({ kartka: 1, type: 'no.such', payload: {} }, { id: ID })).toBeUndefined();
    expect(await route('hello', { id: ID })).toBeUndefined();
  });
});

describe('protocol conventions', () => {
  it('has a schema and a sender kind for every message', () => {
    for (const [type, spec] of Object.entries(schemas)) {
      expect(['mail-page', 'chat-page', 'page', 'extension-page'], type).toContain(spec.from);
      expect(typeof spec.payload.safeParse, type).toBe('function');
    }
  });
});

describe('sidebar frame guard', () => {
  const win = (ancestors: string[] | undefined, framed = true) => {
    const self = {};
    return { top: framed ? {} : self, self, location: ancestors ? { ancestorOrigins: ancestors } : {} };
  };
  test.each([
    ['Gmail', win(['https://mail.google.com']), '', true],
    ['Outlook', win(['https://outlook.office.com']), '', true],
    ['another site', win(['https://hostile.example']), '', false],
    ['Gmail framed by another site', win(['https://mail.google.com', 'https://hostile.example']), '', false],
    ['not framed at all', win([], false), '', false],
    ['Firefox with a mail referrer', win(undefined), 'https://mail.google.com/', true],
    ['Firefox without a referrer', win(undefined), '', false],
  ])('%s -> %s', (_name, w, referrer, expected) => {
    expect(framedByAllowedOrigin(w, referrer, isMailOrigin)).toBe(expected);
  });
});
