import { describe, expect, it, test, vi } from 'vitest';
import { framedByAllowedOrigin } from '../../../components/ui/frame-guard';
import type { ThreadSnapshot } from '../../../core/mail';
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
  const refused: [string, number | null, string][] = [];
  const handlers = {
    'page.thread': async (payload: unknown) => {
      calls.push(payload);
      return null;
    },
    'page.noThread': async () => {
      throw new Error('person p-42 (olena@zoria.ua) is in the base');
    },
  } as unknown as Handlers;
  const route = createRouter(handlers, ID, ORIGIN, async (type, sender, problem) => {
    refused.push([type, sender.tabId, problem]);
  });
  const fromMail = { id: ID, url: mailTab.url, tab: mailTab };

  it('runs the handler for a valid message from a mail page, and replies nothing about the base', async () => {
    const reply = await route({ kartka: 1, type: 'page.thread', payload: thread }, fromMail);
    expect(reply).toEqual({ ok: true, data: null });
    expect(calls).toHaveLength(1);
  });

  it.each([
    ['mail', fromMail],
    ['chat', { id: ID, url: 'https://web.telegram.org/k/#@olena', tab: { id: 8 } }],
  ])('answers a failed %s-page handler with a fixed text, not the error', async (_kind, sender) => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reply = await route({ kartka: 1, type: 'page.noThread', payload: {} }, sender);
    expect(reply).toEqual({ ok: false, error: expect.not.stringMatching(/olena|p-42/u) as unknown });
    expect(reply && !reply.ok && reply.error).toMatch(/could not process/u);
    quiet.mockRestore();
  });

  it('refuses a payload that does not match the schema, saying what is wrong, and reports it for the tab', async () => {
    const bad = { ...thread, messages: [{ ...thread.messages[0], date: 'yesterday' }] };
    const reply = await route({ kartka: 1, type: 'page.thread', payload: bad }, fromMail);
    expect(reply).toMatchObject({ ok: false });
    expect(reply && !reply.ok && reply.error).toMatch(/Refused "page.thread": messages.0.date/);
    expect(refused).toEqual([['page.thread', 7, expect.stringContaining('messages.0.date')]]);
  });

  it('cuts oversized fields instead of refusing the reading', async () => {
    calls.length = 0;
    const many = Array.from({ length: 1500 }, (_, i) => ({ name: '', address: `r${i}@firm.ua` }));
    const huge = {
      ...thread,
      subject: 'S'.repeat(3000),
      messages: [
        {
          ...thread.messages[0],
          from: { name: 'N'.repeat(10_000), address: 'olena@zoria.ua' },
          to: many,
          snippet: 'x'.repeat(9000),
          attachmentNames: Array.from({ length: 300 }, () => 'a'.repeat(900)),
        },
      ],
    };
    const reply = await route({ kartka: 1, type: 'page.thread', payload: huge }, fromMail);
    expect(reply).toEqual({ ok: true, data: null });
    const got = calls[0] as ThreadSnapshot;
    expect(got.subject).toHaveLength(2000);
    expect(got.subject.endsWith('…')).toBe(true);
    const m = got.messages[0];
    expect(m?.from?.name).toHaveLength(300);
    expect(m?.to).toHaveLength(1000);
    expect(m?.snippet).toHaveLength(2000);
    expect(m?.attachmentNames).toHaveLength(200);
    expect(m?.attachmentNames?.[0]).toHaveLength(500);
  });

  it('leaves out addresses that are not valid and strips invisible characters from the rest', async () => {
    calls.length = 0;
    const hostile = {
      ...thread,
      account: 'javascript:alert(1)//@evil.example',
      messages: [
        {
          ...thread.messages[0],
          from: { name: 'Evil', address: '"><img src=x onerror=alert(1)>@evil.example' },
          to: [
            { name: '', address: 'javascript:alert(1)//@evil.example' },
            { name: 'Zero', address: 'ze\u200bro@firm.ua' },
          ],
        },
      ],
    };
    await route({ kartka: 1, type: 'page.thread', payload: hostile }, fromMail);
    const got = calls[0] as ThreadSnapshot;
    expect(got.account).toBeNull();
    expect(got.messages[0]?.from).toBeNull();
    expect(got.messages[0]?.to).toEqual([{ name: 'Zero', address: 'zero@firm.ua' }]);
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
