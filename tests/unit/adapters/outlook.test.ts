// @vitest-environment happy-dom
// The Outlook adapter against the fake Outlook's rendered DOM: languages, pane layouts, conversation view.
import { describe, expect, test } from 'vitest';
import type { PageReading, ThreadSnapshot } from '../../../core/mail';
import { outlookPage } from '../../../integrations/outlook/read';
import { outlookRenderedHtml, type OutlookAppOptions } from '../../fakes/mail/outlook-app';
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

const mailbox = sampleMailbox('outlook');
const [invoice, htmlThread] = mailbox.threads;
if (!invoice || !htmlThread) throw new Error('sample mailbox changed');
const ORIGIN = 'https://outlook.office.com';
const enc = encodeURIComponent;
const latest = invoice.messages[2];

async function readAt(path: string, options: OutlookAppOptions = {}) {
  const page = await loadPage(outlookRenderedHtml(mailbox, path, options), `${ORIGIN}${path}`);
  return { ...page, reading: outlookPage.read(page.doc, page.url) };
}

function thread(reading: PageReading): ThreadSnapshot {
  if (reading.kind !== 'thread') throw new Error(`expected a thread, got ${JSON.stringify(reading)}`);
  return reading.thread;
}

const EXPECTED_INVOICE: ThreadSnapshot = {
  provider: 'outlook',
  threadId: invoice.id,
  subject: invoice.subject,
  account: ME.address,
  messages: [
    // Collapsed: the real header names the sender without an address (read once expanded).
    {
      providerMessageId: `${invoice.id}#0`,
      from: null,
      to: [],
      cc: [],
      date: Date.parse('2026-11-20T09:05:00Z'),
      dateText: expect.any(String),
      expanded: false,
    },
    {
      providerMessageId: `${invoice.id}#1`,
      from: null,
      to: [],
      cc: [],
      date: Date.parse('2026-11-21T14:30:00Z'),
      dateText: expect.any(String),
      expanded: false,
    },
    {
      providerMessageId: `${invoice.id}#2`,
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

describe('Outlook conversation variants read the same thread', () => {
  test.each<[string, string, OutlookAppOptions]>([
    ['English, pane right', `/mail/inbox/id/${enc(invoice.id)}`, {}],
    [
      'German labels (Von:, Lesebereich, E-Mail-Nachricht)',
      `/mail/inbox/id/${enc(invoice.id)}`,
      { lang: 'de' },
    ],
    ['account segment /mail/0/', `/mail/0/inbox/id/${enc(invoice.id)}`, {}],
    ['pane at the bottom', `/mail/inbox/id/${enc(invoice.id)}`, { readingPane: 'bottom' }],
    ['pane off: full view', `/mail/inbox/id/${enc(invoice.id)}`, { readingPane: 'hidden', lang: 'de' }],
    ['dark theme', `/mail/inbox/id/${enc(invoice.id)}`, { dark: true }],
  ])('%s', async (_, path, options) => {
    const { reading } = await readAt(path, options);
    expect(thread(reading)).toEqual(EXPECTED_INVOICE);
  });

  test('the older fake: subject inside the conversation, collapsed personas titled with the address', async () => {
    const { reading } = await readAt(`/mail/inbox/id/${enc(invoice.id)}`, {
      subject: 'inside',
      collapsedSender: 'address',
    });
    const [first, second, third] = EXPECTED_INVOICE.messages;
    expect(thread(reading)).toEqual({
      ...EXPECTED_INVOICE,
      messages: [{ ...first, from: IVAN }, { ...second, from: ME }, third],
    });
  });

  test('deeplink/readconv: no list, the conversation id comes from the URL', async () => {
    const { reading, doc } = await readAt(`/mail/deeplink/readconv/${enc(invoice.id)}`);
    expect(doc.querySelector('#MailList')).toBeNull();
    expect(thread(reading)).toEqual(EXPECTED_INVOICE);
  });

  test.each<[string, OutlookAppOptions]>([
    ['en', {}],
    ['de', { lang: 'de' }],
  ])(
    'conversation view off (%s): one item, its id from the URL, the conversation from the row',
    async (_, options) => {
      const { reading } = await readAt(`/mail/inbox/id/${enc(latest?.id ?? '')}`, {
        ...options,
        conversationView: false,
      });
      expect(thread(reading)).toEqual({
        ...EXPECTED_INVOICE,
        messages: [{ ...EXPECTED_INVOICE.messages[2], providerMessageId: latest?.id }],
      });
    },
  );

  test('deeplink/read of one item: without a conversation id the item id stands in', async () => {
    const { reading } = await readAt(`/mail/deeplink/read/${enc(latest?.id ?? '')}`);
    expect(thread(reading)).toMatchObject({
      threadId: latest?.id,
      messages: [{ providerMessageId: latest?.id, from: IVAN }],
    });
  });

  test('HTML in a subject, a display name and a body is read as literal text and never becomes elements', async () => {
    const { reading, doc } = await readAt(`/mail/inbox/id/${enc(htmlThread.id)}`);
    const snapshot = thread(reading);
    expect(snapshot.subject).toBe(HTML_SUBJECT);
    expect(snapshot.messages[0]?.from).toEqual(HTML_NAME);
    expect(snapshot.messages[0]?.snippet).toBe('<script>alert("body")</script> Hello & welcome');
    expect(doc.querySelectorAll('img, script, b')).toHaveLength(0);
  });
});

describe('Outlook pages without a readable thread', () => {
  test.each<[string, OutlookAppOptions]>([
    ['/mail/', {}],
    ['/mail/0/inbox', { lang: 'de' }],
    ['/mail/inbox', { readingPane: 'hidden' }],
    ['/mail/search/q/invoice', {}],
    ['/mail/inbox', { broken: true }],
  ])('%s %j -> no-thread', async (path, options) => {
    const { reading } = await readAt(path, options);
    expect(reading).toEqual({ kind: 'no-thread' });
  });

  test.each<[string, string, OutlookAppOptions, string]>([
    ['changed layout', `/mail/inbox/id/${enc(invoice.id)}`, { broken: true }, 'subject,message'],
    [
      'changed layout, German',
      `/mail/0/inbox/id/${enc(invoice.id)}`,
      { broken: true, lang: 'de' },
      'subject,message',
    ],
    ['an id nothing shows', '/mail/inbox/id/AAQkUNKNOWN%3D', {}, 'subject,message'],
    [
      'pane off, an id nothing shows',
      '/mail/inbox/id/AAQkUNKNOWN%3D',
      { readingPane: 'hidden' },
      'readingPane,subject,message',
    ],
  ])('%s -> unreadable, with hooks and counts but no content', async (_, path, options, missing) => {
    const { reading } = await readAt(path, options);
    expect(reading).toMatchObject({
      kind: 'unreadable',
      details: { missing, messages: '0', mailList: 'true' },
    });
    const details = JSON.stringify(reading);
    for (const secret of [invoice.subject, IVAN.name, IVAN.address, 'Добрий'])
      expect(details).not.toContain(secret);
  });
});

describe('Outlook page facts', () => {
  test.each([
    [`/mail/inbox/id/${enc(invoice.id)}`, true],
    [`/mail/deeplink/read/${enc(latest?.id ?? '')}`, true],
    ['/mail/inbox', false],
    ['/mail/search/q/invoice', false],
  ])('isThreadUrl(%s) = %s', (path, expected) => {
    expect(outlookPage.isThreadUrl(new URL(`${ORIGIN}${path}`))).toBe(expected);
  });

  test.each<[string, OutlookAppOptions, 'light' | 'dark']>([
    [`/mail/inbox/id/${enc(invoice.id)}`, {}, 'light'],
    [`/mail/inbox/id/${enc(invoice.id)}`, { dark: true }, 'dark'],
    ['/mail/inbox', { dark: true, readingPane: 'hidden' }, 'dark'],
  ])('theme at %s %j -> %s', async (path, options, theme) => {
    const { doc } = await readAt(path, options);
    expect(outlookPage.detectTheme(doc)).toBe(theme);
  });

  test('threadRoot is the reading pane container', async () => {
    const { doc } = await readAt(`/mail/inbox/id/${enc(invoice.id)}`);
    expect(outlookPage.threadRoot(doc)?.id).toBe('ReadingPaneContainerId');
  });
});
