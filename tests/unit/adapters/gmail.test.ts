// @vitest-environment happy-dom
// The Gmail adapter against the fake Gmail's rendered DOM, in every variant the selectors claim to handle.
import { describe, expect, test } from 'vitest';
import type { PageReading, ThreadSnapshot } from '../../../core/mail';
import { encodeUrlToken, hexToDecimal } from '../../../integrations/gmail/ids';
import { gmailPage } from '../../../integrations/gmail/read';
import { gmailRenderedHtml, type GmailAppOptions } from '../../fakes/mail/gmail-app';
import {
  HTML_NAME,
  HTML_SUBJECT,
  IVAN,
  JANE,
  ME,
  SERGEY,
  sampleMailbox,
} from '../../fakes/mail/sample-mailbox';
import { loadPage } from './page';

const mailbox = sampleMailbox('gmail');
const [invoice, htmlThread, justSent, kickoff] = mailbox.threads;
if (!invoice || !htmlThread || !justSent || !kickoff) throw new Error('sample mailbox changed');
const ORIGIN = 'https://mail.google.com';

/** Renders the fake at `hash` and reads it at the same URL (or at `urlHash`, e.g. Gmail's token form of the id). */
async function readAt(
  hash: string,
  options: GmailAppOptions = {},
  path = '/mail/u/0/',
  search = '',
  urlHash = hash,
) {
  const html = gmailRenderedHtml(mailbox, hash.replace(/^#?/, '#'), options, search);
  const page = await loadPage(html, `${ORIGIN}${path}${search}${urlHash}`);
  return { ...page, reading: gmailPage.read(page.doc, page.url) };
}

function thread(reading: PageReading): ThreadSnapshot {
  if (reading.kind !== 'thread') throw new Error(`expected a thread, got ${JSON.stringify(reading)}`);
  return reading.thread;
}

const EXPECTED_INVOICE: ThreadSnapshot = {
  provider: 'gmail',
  threadId: invoice.id,
  subject: invoice.subject,
  account: ME.address,
  messages: [
    // Collapsed: no ids on the page yet, the sender from the header, the date from span.g3[title].
    {
      providerMessageId: `${invoice.id}#0`,
      from: IVAN,
      to: [],
      cc: [],
      date: Date.parse('2026-11-20T09:05:00Z'),
      dateText: expect.any(String),
      expanded: false,
    },
    {
      providerMessageId: `${invoice.id}#1`,
      from: ME,
      to: [],
      cc: [],
      date: Date.parse('2026-11-21T14:30:00Z'),
      dateText: expect.any(String),
      expanded: false,
    },
    {
      providerMessageId: invoice.messages[2]?.id ?? '',
      from: IVAN,
      to: [ME],
      cc: [JANE, SERGEY],
      date: Date.parse('2026-11-23T10:15:00Z'),
      dateText: expect.stringMatching(/2026/),
      snippet: 'Чудово, чекаю. З повагою, Іван',
      expanded: true,
    },
  ],
};

describe('Gmail thread variants read the same thread', () => {
  test.each<[string, string, GmailAppOptions, string?]>([
    ['post-2023 .a98.iY container', `#inbox/${invoice.id}`, {}],
    ['pre-2023 table.Bs container', `#inbox/${invoice.id}`, { container: 'table-Bs' }],
    ['preview pane', `#inbox/${invoice.id}`, { previewPane: true }],
    ['perm id missing', `#inbox/${invoice.id}`, { permIdQuirk: 'missing' }],
    ['perm id "undefined"', `#inbox/${invoice.id}`, { permIdQuirk: 'undefined' }],
    ['second account /mail/u/1/', `#inbox/${invoice.id}`, { accountIndex: 1 }, '/mail/u/1/'],
    ['label route', `#label/Clients/${invoice.id}`, {}],
    ['category route', `#category/primary/${invoice.id}`, {}],
    ['search route', `#search/invoice+november/${invoice.id}`, {}],
    ['starred route', `#starred/${invoice.id}`, {}],
    ['all mail route', `#all/${invoice.id}`, {}],
    ['sent route', `#sent/${invoice.id}`, {}],
    ['dark theme', `#inbox/${invoice.id}`, { dark: true }],
  ])('%s', async (_, hash, options, path) => {
    const { reading } = await readAt(hash, options, path);
    expect(thread(reading)).toEqual(EXPECTED_INVOICE);
  });

  test('a URL token (FMfcgz…) instead of the hex id', async () => {
    const token = encodeUrlToken(invoice.id) ?? '';
    const { reading } = await readAt(`#inbox/${invoice.id}`, {}, '/mail/u/0/', '', `#inbox/${token}`);
    expect(thread(reading)).toEqual(EXPECTED_INVOICE);
  });

  test('a thread opened in its own window (body.aAU.xE.Su, ?th=)', async () => {
    const search = `?view=btop&th=${encodeURIComponent(`#thread-f:${hexToDecimal(invoice.id) ?? ''}`)}`;
    const { reading, doc } = await readAt('', { standaloneWindow: true }, '/mail/u/0/', search);
    expect(doc.body.className).toContain('aAU xE Su');
    expect(thread(reading)).toEqual(EXPECTED_INVOICE);
  });

  test.each<[string, GmailAppOptions]>([
    ['uk-UA', { dateLocale: 'uk-UA' }],
    ['ru-RU', { dateLocale: 'ru-RU' }],
    ['en-GB', { dateLocale: 'en-GB' }],
  ])('dates printed in %s parse to the same instants', async (_, options) => {
    const { reading } = await readAt(`#inbox/${invoice.id}`, options);
    expect(thread(reading).messages.map((m) => m.date)).toEqual(EXPECTED_INVOICE.messages.map((m) => m.date));
  });
});

describe('Gmail message states', () => {
  test('a just-sent reply has only #msg-a:r…', async () => {
    const { reading } = await readAt(`#inbox/${justSent.id}`);
    const [first, reply] = thread(reading).messages;
    expect(first?.providerMessageId).toBe(justSent.messages[0]?.id);
    expect(reply).toMatchObject({
      providerMessageId: 'msg-a:r-2735104936720011842',
      from: ME,
      to: [SERGEY],
      expanded: true,
    });
  });

  test('hidden "N older messages" are skipped; collapsed and expanded ones are read', async () => {
    const { reading, doc } = await readAt(`#inbox/${kickoff.id}`);
    expect(doc.querySelectorAll('div.adn.ads.kQ')).toHaveLength(3);
    expect(thread(reading).messages.map((m) => [m.providerMessageId, m.expanded])).toEqual([
      [`${kickoff.id}#0`, false],
      [`${kickoff.id}#4`, false],
      [kickoff.messages[5]?.id, true],
    ]);
  });

  test('HTML in a subject, a display name and a body is read as literal text and never becomes elements', async () => {
    const { reading, doc } = await readAt(`#inbox/${htmlThread.id}`);
    const snapshot = thread(reading);
    expect(snapshot.subject).toBe(HTML_SUBJECT);
    expect(snapshot.messages[0]?.from).toEqual(HTML_NAME);
    expect(snapshot.messages[0]?.snippet).toBe('<script>alert("body")</script> Hello & welcome');
    expect(doc.querySelectorAll('img, script, b')).toHaveLength(0);
  });
});

describe('Gmail id fallbacks and stale views', () => {
  test('thread id: legacy id first, then perm id, then the URL', async () => {
    const token = `#inbox/${encodeUrlToken(invoice.id) ?? ''}`;
    const { doc, url } = await readAt(`#inbox/${invoice.id}`, {}, '/mail/u/0/', '', token);
    const subject = doc.querySelector('h2.hP');
    subject?.removeAttribute('data-legacy-thread-id');
    expect(thread(gmailPage.read(doc, url)).threadId).toBe(invoice.id);
    subject?.setAttribute('data-thread-perm-id', 'undefined');
    expect(thread(gmailPage.read(doc, url)).threadId).toBe(invoice.id);
  });

  test('an earlier view of the same thread, kept hidden and stale, is not read: the visible one is', async () => {
    const { doc, url } = await readAt(`#inbox/${invoice.id}`, { states: 'wrapper' });
    const shown = doc.querySelector('.aeF > .nH');
    const stale = shown?.cloneNode(true) as Element;
    stale.setAttribute('style', 'display: none');
    stale.querySelector('[role=listitem]:last-child')?.remove();
    shown?.before(stale);
    expect(doc.querySelectorAll('h2.hP')).toHaveLength(2);
    expect(thread(gmailPage.read(doc, url))).toEqual(EXPECTED_INVOICE);
    expect(gmailPage.threadRoot(doc)).toBe(shown?.querySelector('.a98.iY'));
  });

  test('a thread view Gmail keeps hidden (display: none) is not read', async () => {
    const { doc, url } = await readAt(`#inbox/${htmlThread.id}`);
    const stale = (await readAt(`#inbox/${invoice.id}`)).doc.querySelector('.g.id');
    const holder = doc.createElement('div');
    holder.setAttribute('style', 'display: none');
    holder.innerHTML = stale?.outerHTML ?? '';
    doc.querySelector('[role=main]')?.prepend(holder);
    expect(thread(gmailPage.read(doc, url)).threadId).toBe(htmlThread.id);
  });
});

describe('Gmail pages without a readable thread', () => {
  test.each([
    ['#inbox', {}],
    ['#label/Clients', {}],
    ['#search/invoice', {}],
    ['#inbox/p2', {}],
    ['#sent', { previewPane: true }],
    ['#inbox', { broken: true }],
  ])('list view %s -> no-thread', async (hash, options) => {
    const { reading } = await readAt(hash, options);
    expect(reading).toEqual({ kind: 'no-thread' });
  });

  test.each([
    ['changed layout', `#label/Clients/${invoice.id}`, { broken: true }, '0'],
    ['unknown thread (the list is shown)', '#inbox/1234567890abcdef', {}, '0'],
  ])('%s -> unreadable, with hooks and counts but no content', async (_, hash, options, count) => {
    const { reading } = await readAt(hash, options);
    expect(reading).toMatchObject({
      kind: 'unreadable',
      details: { missing: 'subject,message', messages: count, main: 'true', accountIndex: '0' },
    });
    const details = JSON.stringify(reading);
    for (const secret of [invoice.subject, 'Clients', IVAN.name, IVAN.address, 'Добрий'])
      expect(details).not.toContain(secret);
  });
});

describe('Gmail page facts', () => {
  test.each([
    [`${ORIGIN}/mail/u/0/#inbox/${invoice.id}`, true],
    [`${ORIGIN}/mail/u/0/#inbox/${encodeUrlToken(invoice.id) ?? ''}`, true],
    [`${ORIGIN}/mail/u/0/#inbox`, false],
    [`${ORIGIN}/mail/u/0/#settings/general`, false],
  ])('isThreadUrl(%s) = %s', (href, expected) => {
    expect(gmailPage.isThreadUrl(new URL(href))).toBe(expected);
  });

  test.each([
    [{}, 'light'],
    [{ dark: true }, 'dark'],
  ] as const)('theme %j -> %s', async (options, theme) => {
    const { doc } = await readAt('#inbox', options);
    expect(gmailPage.detectTheme(doc)).toBe(theme);
  });

  test.each<[string, GmailAppOptions, string]>([
    [`#inbox/${invoice.id}`, {}, '.a98.iY'],
    [`#inbox/${invoice.id}`, { previewPane: true }, '.a98.iY'],
    ['#inbox', {}, '[role=main]'],
    ['#inbox', { previewPane: true }, '.aia'],
  ])('threadRoot for %s %j is %s', async (hash, options, selector) => {
    const { doc } = await readAt(hash, options);
    expect(gmailPage.threadRoot(doc)?.matches(selector)).toBe(true);
  });

  test('the account comes from the title, else from the account button', async () => {
    const { doc, url } = await readAt(`#inbox/${invoice.id}`);
    doc.title = `Re: write to ${IVAN.address} - ${ME.address} - Gmail`;
    expect(thread(gmailPage.read(doc, url)).account).toBe(ME.address);
    doc.title = 'Gmail';
    expect(thread(gmailPage.read(doc, url)).account).toBe(ME.address);
  });
});
