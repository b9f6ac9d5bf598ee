// Every variant of both fake page families (tests/fakes/mail/variants.ts: every combination of the real-world
// variations, the covering set of all axes, and the fixtures kept from before) at the sites' real host names, in
// one browser: the sidebar shows Іван's card each time, and once his thread is logged, no variant, no sync, no
// import and no other mailbox adds a record. Then the layouts nothing can read: a known thread's card from the
// base, the notice for an unknown one; and the reading-health panel with its diagnostics.
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { IVAN, JANE, ME, SERGEY, sampleMailbox } from '../fakes/mail/sample-mailbox';
import type { FakeMessage, FakePerson, FakeThread } from '../fakes/mail/types';
import {
  GMAIL_AXES,
  GMAIL_KEPT,
  gmailOptionsOf,
  gmailQuery,
  OUTLOOK_AXES,
  OUTLOOK_KEPT,
  outlookOptionsOf,
  outlookQuery,
  everyCombinationOf,
  pairwise,
  uniqueVariants,
  variantName,
} from '../fakes/mail/variants';
import type { GmailAppOptions } from '../fakes/mail/gmail-app';
import type { OutlookAppOptions } from '../fakes/mail/outlook-app';
import { sidebarFrame, type Kartka } from './harness';
import { cardName, expectCard, expectUnreadableNotice, OUTLOOK_HOSTS, withMailBrowser } from './mail-browser';

const gmail = sampleMailbox('gmail');
const [invoice, , contract, kickoff] = gmail.threads;
if (!invoice || !contract || !kickoff) throw new Error('sample mailbox changed');
const INVOICE = 'Рахунок за листопад';

let kartka: Kartka;
let page: Page;
/** Records after Іван's thread was first logged: no variant may add to it. */
let logged = 0;

withMailBrowser((browser) => {
  ({ kartka, page } = browser);
});

/**
 * Goes to a list view and waits until the sidebar says so: the tab's context from the previous page (Іван's
 * card) must be gone before a row is opened, or a stale card would pass for this variant's.
 */
async function gotoList(url: string): Promise<void> {
  await page.goto(url);
  const frame = await sidebarFrame(page, kartka.extensionId);
  await expect
    .poll(
      () =>
        frame
          .locator('.notice h2')
          .textContent()
          .catch(() => ''),
      { timeout: 15_000 },
    )
    .toBe('Open an email thread to see the client card.');
}

/** The thread the sidebar shows (`main[data-thread]`), to tell this reading from an earlier one. */
const shownThread = (frame: Frame) => frame.locator('main.sidebar').getAttribute('data-thread');

/** Opens the row whose text has `subject` (the last one: with conversation view off, the latest message's). */
async function openRow(subject: string): Promise<Frame> {
  await page.locator('tr.zA, [role=option]', { hasText: subject }).last().click();
  return sidebarFrame(page, kartka.extensionId);
}

const gmailUrl = (options: GmailAppOptions, path = '/mail/u/0/', hash = '#inbox') =>
  `https://mail.google.com${path}?${['mailbox=sample', gmailQuery(options)].filter(Boolean).join('&')}${hash}`;
const outlookUrl = (options: OutlookAppOptions, host: string) =>
  `https://${host}/mail/inbox?${['mailbox=sample', outlookQuery(options)].filter(Boolean).join('&')}`;

describe('every variant of both families', () => {
  it('the first Gmail variant: Іван is new; added from the sidebar, his thread is logged', async () => {
    await page.goto(gmailUrl({}));
    const frame = await openRow(INVOICE);
    const offer = frame.getByTestId('new-correspondent');
    await expect.poll(() => offer.textContent(), { timeout: 15_000 }).toContain(IVAN.name);
    await offer.getByRole('button').click();
    await expectCard(frame, IVAN.name);
    logged = await kartka.count('interactions');
    expect(logged).toBeGreaterThan(0);
  });

  const gmailVariants: [string, GmailAppOptions, string][] = [
    // Every combination of the variations the pages really have (hidden views, where the state classes sit, the
    // preview pane, five UI languages, the theme): 80 pages, then the covering set of all axes (pairs of values).
    ...uniqueVariants(
      'gmail',
      everyCombinationOf(GMAIL_AXES, ['views', 'states', 'pane', 'lang', 'theme']),
      pairwise(GMAIL_AXES),
    ).map((v): [string, GmailAppOptions, string] => [
      variantName('gmail', v),
      gmailOptionsOf(v),
      '/mail/u/0/',
    ]),
    ...GMAIL_KEPT.map((k): [string, GmailAppOptions, string] => [k.name, k.options, k.path ?? '/mail/u/0/']),
  ];
  it.each(gmailVariants)("%s: Іван's card, nothing new", async (_name, options, path) => {
    let frame: Frame;
    if (options.standaloneWindow) {
      await gotoList(gmailUrl({}));
      await page.goto(gmailUrl(options, path, `#inbox/${invoice.id}`));
      frame = await sidebarFrame(page, kartka.extensionId);
    } else {
      await gotoList(gmailUrl(options, path));
      frame = await openRow(INVOICE);
    }
    await expectCard(frame, IVAN.name);
    expect(await shownThread(frame)).toBe(`gmail:${invoice.id}`);
    expect(await kartka.count('interactions')).toBe(logged);
  });

  const outlookInvoice = sampleMailbox('outlook').threads[0];
  const outlookVariants: [string, string, OutlookAppOptions][] = [
    // Every combination of subject inside or outside, the reading pane (right, bottom, off), five languages and
    // the theme: 60 pages, then the covering set of all axes.
    ...uniqueVariants(
      'outlook',
      everyCombinationOf(OUTLOOK_AXES, ['subject', 'pane', 'lang', 'theme']),
      pairwise(OUTLOOK_AXES),
    ).map((v): [string, OutlookAppOptions] => [variantName('outlook', v), outlookOptionsOf(v)]),
    ...OUTLOOK_KEPT.map((k): [string, OutlookAppOptions] => [k.name, k.options]),
  ].map(([name, options], i) => [
    name,
    OUTLOOK_HOSTS[i % OUTLOOK_HOSTS.length] ?? 'outlook.office.com',
    options,
  ]);
  // The same mail, read in an Outlook mailbox it was forwarded to: one interaction with what Gmail logged.
  it.each(outlookVariants)("%s at %s: Іван's card, nothing new", async (_name, host, options) => {
    await gotoList(outlookUrl(options, host));
    const frame = await openRow(INVOICE);
    await expectCard(frame, IVAN.name);
    // With conversation view off and no list beside the pane, only the item id in the URL names the thread.
    const itemOnly = options.conversationView === false && options.readingPane === 'hidden';
    const id = itemOnly ? outlookInvoice?.messages[2]?.id : outlookInvoice?.id;
    expect(await shownThread(frame)).toBe(`outlook:${id ?? ''}`);
    expect(await kartka.count('interactions')).toBe(logged);
  });
});

describe('one record per message', () => {
  it('a reply just sent, read under msg-a:, then under its hex id once Gmail syncs: one record, rekeyed', async () => {
    await page.goto(gmailUrl({ states: 'wrapper', hiddenViews: true }));
    const frame = await openRow(contract.subject);
    // My reply makes Сергей a client (create on sent) and logs his message too.
    await expectCard(frame, SERGEY.name);
    const before = await kartka.count('interactions');
    expect(before).toBe(logged + 2);
    const keys = async () =>
      (await kartka.all<{ providerKey?: string; aliasKeys?: string[] }>('interactions')).map((i) => [
        i.providerKey ?? '',
        ...(i.aliasKeys ?? []),
      ]);
    expect((await keys()).flat()).toContain('gmail:msg-a:r-2735104936720011842');
    await page.evaluate(() => window.dispatchEvent(new Event('fake-sync')));
    const synced = `gmail:${contract.messages[1]?.syncedId ?? ''}`;
    await expect
      .poll(async () => (await keys()).find((k) => k[0] === synced), { timeout: 15_000 })
      .toEqual([synced, 'gmail:msg-a:r-2735104936720011842']);
    expect(await kartka.count('interactions')).toBe(before);
    logged = before;
  });

  it('importing the same messages from an mbox adds nothing: each is already in the base', async () => {
    const messages = [
      [invoice, invoice.messages[2]],
      [contract, contract.messages[0]],
      [contract, contract.messages[1]],
    ] as const;
    const app = await kartka.extensionPage('app.html#/import');
    const file = messages.map(([thread, m]) => (m ? mboxEntry(thread, m) : '')).join('\n');
    await app.locator('#import-files').setInputFiles({
      name: 'takeout.mbox',
      mimeType: 'application/mbox',
      buffer: Buffer.from(file, 'utf8'),
    });
    await app.getByRole('button', { name: 'Import mail' }).click();
    await expect
      .poll(
        () =>
          app
            .getByRole('status')
            .filter({ hasText: /already in the base/ })
            .textContent(),
        {
          timeout: 30_000,
        },
      )
      .toMatch(/0 logged · 3 already in the base/);
    expect(await kartka.count('interactions')).toBe(logged);
    await app.close();
  });
});

describe('layouts nothing can read', () => {
  it('Gmail: a thread the base knows shows its card from the base; an unknown one shows the notice', async () => {
    await page.goto(gmailUrl({ broken: true }));
    const frame = await openRow(INVOICE);
    await expect.poll(() => cardName(frame).catch(() => null), { timeout: 15_000 }).toBe(IVAN.name);
    await expect
      .poll(() => frame.getByTestId('from-base').textContent())
      .toContain('Read from your base, not from the page');
    await page.goBack();
    await openRow(kickoff.subject);
    await expectUnreadableNotice(frame);
    expect(await kartka.count('interactions')).toBe(logged);
  });

  it.each(OUTLOOK_HOSTS.slice(0, 2))('Outlook at %s: the same', async (host) => {
    await page.goto(outlookUrl({ broken: true }, host));
    const frame = await openRow(INVOICE);
    await expect.poll(() => cardName(frame).catch(() => null), { timeout: 15_000 }).toBe(IVAN.name);
    await expect.poll(() => frame.getByTestId('from-base').count()).toBe(1);
    await openRow('Project kickoff');
    await expectUnreadableNotice(frame);
  });
});

describe('reading health in settings', () => {
  it('counts per site, the last problem with its missing hooks, and copies redacted diagnostics of the mail tab', async () => {
    await page.goto(gmailUrl({ states: 'wrapper', hiddenViews: true, lang: 'de' }));
    await expectCard(await openRow(INVOICE), IVAN.name);
    const settings = await kartka.extensionPage('app.html#/settings');
    const panel = settings.getByTestId('reading-health');
    await expect
      .poll(() => panel.getByTestId('reading-gmail').textContent(), { timeout: 15_000 })
      .toMatch(/\d+ threads read/);
    // Outlook above: two hosts, each a known thread then an unknown one, row after row in one tab. Each counts,
    // and the problem names the thread's route as the tab shows it, not the list the page was loaded on.
    await expect
      .poll(() => panel.getByTestId('reading-outlook').textContent())
      .toMatch(/4 threads unreadable — 2 of them shown from your base/);
    const outlook = await panel.getByTestId('reading-outlook').textContent();
    expect(outlook).toContain('Page parts not found: subject, message');
    expect(outlook).toMatch(/mail\/inbox\/id\/<id> — /);
    await settings.evaluate(() => {
      const copied: string[] = [];
      Object.assign(window, { copied });
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: (text: string) => Promise.resolve(void copied.push(text)) },
      });
    });
    await panel.getByTestId('copy-diagnostics').click();
    await expect
      .poll(() => panel.getByTestId('diagnostics-status').textContent())
      .toMatch(/Diagnostics of Gmail copied/);
    const report = await settings.evaluate(() =>
      (window as unknown as { copied: string[] }).copied.join('\n'),
    );
    expect(report).toMatch(/^Kartka page diagnostics — gmail/);
    expect(report).toContain('reading: kind=thread messages=3 expanded=1');
    expect(report).toContain('  messageWrapper: 5');
    expect(report).toContain('route: mail/u/0#inbox/<id>');
    for (const secret of [IVAN.name, IVAN.address, ME.address, JANE.address, INVOICE, invoice.id, 'sample'])
      expect(report).not.toContain(secret);
    await settings.close();
  });
});

/** One message as an mbox entry, as a Takeout archive has it (the thread's subject, "Re:" on replies). */
function mboxEntry(thread: FakeThread, m: FakeMessage): string {
  const word = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
  const who = (p: FakePerson) => `${word(p.name)} <${p.address}>`;
  const reply = thread.messages.indexOf(m) > 0 ? 'Re: ' : '';
  const headers = [
    `From ${m.from.address} ${new Date(m.date).toUTCString()}`,
    `From: ${who(m.from)}`,
    `To: ${m.to.map(who).join(', ')}`,
    ...(m.cc.length ? [`Cc: ${m.cc.map(who).join(', ')}`] : []),
    `Subject: ${word(`${reply}${thread.subject}`)}`,
    `Date: ${new Date(m.date).toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${m.rfcMessageId}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
  ];
  return `${headers.join('\n')}\n\n${m.body}\n`;
}
