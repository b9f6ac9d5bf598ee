// @vitest-environment happy-dom
// The fake pages with their inline scripts running (as in e2e and the demo): navigation, expanding
// messages, and no drift from the static renderings the other adapter tests read.
import { describe, expect, test } from 'vitest';
import type { Window } from 'happy-dom';
import type { PageReading } from '../../../core/mail';
import { gmailPage } from '../../../integrations/gmail/read';
import { outlookPage } from '../../../integrations/outlook/read';
import { gmailAppHtml, gmailRenderedHtml, type GmailAppOptions } from '../../fakes/mail/gmail-app';
import { outlookAppHtml, outlookRenderedHtml, type OutlookAppOptions } from '../../fakes/mail/outlook-app';
import { sampleMailbox } from '../../fakes/mail/sample-mailbox';
import { loadPage, navigate } from './page';

const gmail = sampleMailbox('gmail');
const outlook = sampleMailbox('outlook');
const GMAIL = 'https://mail.google.com';
const OUTLOOK = 'https://outlook.office.com';

async function click(window: Window, el: Element | null): Promise<URL> {
  if (!el) throw new Error('nothing to click');
  el.dispatchEvent(new window.MouseEvent('click', { bubbles: true }) as unknown as Event);
  await window.happyDOM.waitUntilComplete();
  return new URL(window.location.href);
}

const noErrors = (window: Window) => expect(window.happyDOM.virtualConsolePrinter.readAsString()).toBe('');

describe('live fake Gmail', () => {
  test.each<GmailAppOptions>([
    {},
    { container: 'table-Bs' },
    { previewPane: true },
    { permIdQuirk: 'undefined', dateLocale: 'uk-UA' },
    { dark: true, accountIndex: 2 },
  ])(
    '%j: list, then a row click opens the thread exactly as the static rendering shows it',
    async (options) => {
      const path = `/mail/u/${options.accountIndex ?? 0}/`;
      const { window, doc, url } = await loadPage(
        gmailAppHtml(gmail, options),
        `${GMAIL}${path}#inbox`,
        true,
      );
      expect(gmailPage.read(doc, url)).toEqual({ kind: 'no-thread' });
      const opened = await click(window, doc.querySelector('tr.zA'));
      expect(opened.hash).toMatch(/^#inbox\/[0-9a-f]{16}$/);
      const staticPage = await loadPage(gmailRenderedHtml(gmail, opened.hash, options), opened.href);
      const live = gmailPage.read(doc, opened);
      expect(live.kind).toBe('thread');
      expect(live).toEqual(gmailPage.read(staticPage.doc, staticPage.url));
      noErrors(window);
    },
  );

  test('clicking a collapsed message expands it and only then shows its ids; the bar reveals hidden ones', async () => {
    const kickoff = gmail.threads[3];
    const { window, doc } = await loadPage(gmailAppHtml(gmail), `${GMAIL}/mail/u/0/#inbox`, true);
    const url = await navigate(window, `#inbox/${kickoff?.id ?? ''}`);
    const ids = (r: PageReading) =>
      r.kind === 'thread' ? r.thread.messages.map((m) => m.providerMessageId) : [];
    expect(ids(gmailPage.read(doc, url))).toEqual([
      `${kickoff?.id}#0`,
      `${kickoff?.id}#4`,
      kickoff?.messages[5]?.id,
    ]);
    // Expanding changes the same element in place (observers on threadRoot see it), as on the real page.
    const root = gmailPage.threadRoot(doc);
    const collapsed = doc.querySelector('div.adn.kv');
    expect(collapsed?.hasAttribute('data-message-id')).toBe(false);
    await click(window, collapsed);
    expect(collapsed?.getAttribute('data-message-id')).toMatch(/^#msg-f:\d+$/);
    expect(collapsed?.isConnected).toBe(true);
    await click(window, doc.querySelector('.adv'));
    expect(gmailPage.threadRoot(doc)).toBe(root);
    expect(ids(gmailPage.read(doc, url))).toEqual([
      kickoff?.messages[0]?.id,
      `${kickoff?.id}#1`,
      `${kickoff?.id}#2`,
      `${kickoff?.id}#3`,
      `${kickoff?.id}#4`,
      kickoff?.messages[5]?.id,
    ]);
    noErrors(window);
  });

  test('a thread window and a broken layout', async () => {
    const id = gmail.threads[0]?.id ?? '';
    const standalone = await loadPage(
      gmailAppHtml(gmail, { standaloneWindow: true }),
      `${GMAIL}/mail/u/0/?view=btop&th=${id}`,
      true,
    );
    expect(gmailPage.read(standalone.doc, standalone.url)).toMatchObject({
      kind: 'thread',
      thread: { threadId: id },
    });
    const broken = await loadPage(
      gmailAppHtml(gmail, { broken: true }),
      `${GMAIL}/mail/u/0/#inbox/${id}`,
      true,
    );
    expect(gmailPage.read(broken.doc, broken.url)).toMatchObject({
      kind: 'unreadable',
      details: { missing: 'subject,message' },
    });
    noErrors(standalone.window);
    noErrors(broken.window);
  });
});

describe('live fake Outlook', () => {
  test.each<[string, OutlookAppOptions]>([
    ['/mail/', {}],
    ['/mail/0/', { lang: 'de' }],
    ['/mail/', { readingPane: 'bottom' }],
    ['/mail/', { readingPane: 'hidden', lang: 'de' }],
    ['/mail/0/', { conversationView: false }],
  ])(
    '%s %j: a row click pushes the route and shows what the static rendering shows',
    async (base, options) => {
      const { window, doc, url } = await loadPage(
        outlookAppHtml(outlook, options),
        `${OUTLOOK}${base}`,
        true,
      );
      expect(outlookPage.read(doc, url)).toEqual({ kind: 'no-thread' });
      const opened = await click(window, doc.querySelector('#MailList [role=option]'));
      expect(opened.pathname.startsWith(`${base}inbox/id/`)).toBe(true);
      const staticPage = await loadPage(outlookRenderedHtml(outlook, opened.pathname, options), opened.href);
      const live = outlookPage.read(doc, opened);
      expect(live.kind).toBe('thread');
      expect(live).toEqual(outlookPage.read(staticPage.doc, staticPage.url));
      const back = await navigate(window, `${base}inbox`);
      expect(outlookPage.read(doc, back)).toEqual({ kind: 'no-thread' });
      noErrors(window);
    },
  );

  test('clicking a collapsed message expands it; a search result is read without an id in the URL', async () => {
    const invoice = outlook.threads[0];
    const path = `/mail/inbox/id/${encodeURIComponent(invoice?.id ?? '')}`;
    const { window, doc, url } = await loadPage(outlookAppHtml(outlook), `${OUTLOOK}${path}`, true);
    await click(window, doc.querySelector('[aria-expanded="false"][data-fake-id]'));
    const reading = outlookPage.read(doc, url);
    expect(reading.kind === 'thread' && reading.thread.messages.map((m) => m.expanded)).toEqual([
      true,
      false,
      true,
    ]);
    const search = await navigate(window, '/mail/search/q/invoice');
    expect(outlookPage.read(doc, search)).toEqual({ kind: 'no-thread' });
    const pane = outlookPage.threadRoot(doc);
    await click(window, doc.querySelector('[role=option]'));
    expect(outlookPage.threadRoot(doc)).toBe(pane);
    expect(outlookPage.read(doc, search)).toMatchObject({
      kind: 'thread',
      thread: { threadId: invoice?.id },
    });
    noErrors(window);
  });
});
