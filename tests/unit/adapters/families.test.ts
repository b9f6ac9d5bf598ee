// @vitest-environment happy-dom
// One thread read from every variant of each fake page family (every combination of the axes in
// tests/fakes/mail/variants.ts, and the fixtures kept from before): the same correspondent, the same messages
// to log, in every one. And every hook of both registries matches exactly what its proof says, on every page.
import { describe, expect, test } from 'vitest';
import type { MessageSnapshot, ThreadSnapshot } from '../../../core/mail';
import { defaultSettings } from '../../../core/settings';
import { threadPreview } from '../../../core/thread-context';
import { notYetLoggable } from '../../../entrypoints/background/opened-thread';
import { countHooks } from '../../../integrations/diagnostics';
import { gmailPage } from '../../../integrations/gmail/read';
import { GMAIL } from '../../../integrations/gmail/selectors';
import {
  GMAIL_PROOF,
  type GmailProofPage,
  type GmailProofThread,
} from '../../../integrations/gmail/selectors.proof';
import type { Hook, HookProof } from '../../../integrations/hooks';
import { outlookPage } from '../../../integrations/outlook/read';
import { OUTLOOK } from '../../../integrations/outlook/selectors';
import { OUTLOOK_PROOF, type OutlookProofPage } from '../../../integrations/outlook/selectors.proof';
import { gmailRenderedHtml, type GmailAppOptions } from '../../fakes/mail/gmail-app';
import { outlookRenderedHtml, type OutlookAppOptions } from '../../fakes/mail/outlook-app';
import { IVAN, JANE, ME, SERGEY, sampleMailbox } from '../../fakes/mail/sample-mailbox';
import type { FakeThread } from '../../fakes/mail/types';
import {
  GMAIL_AXES,
  GMAIL_KEPT,
  gmailOptionsOf,
  OUTLOOK_AXES,
  OUTLOOK_KEPT,
  outlookOptionsOf,
  pairwise,
  product,
  variantName,
} from '../../fakes/mail/variants';
import { reusableWindow } from './page';

const gmail = sampleMailbox('gmail');
const outlook = sampleMailbox('outlook');
const [invoice, , contract, kickoff] = gmail.threads;
const [oInvoice] = outlook.threads;
if (!invoice || !contract || !kickoff || !oInvoice) throw new Error('sample mailbox changed');
const latest = oInvoice.messages[2];

/** What every variant must agree on: the thread, its main correspondent, and the messages Kartka logs now. */
function essence(thread: ThreadSnapshot) {
  const settings = defaultSettings();
  const loggable = thread.messages.filter((m) => notYetLoggable(thread, m, settings) === null);
  const strip = ({ from, to, cc, date, snippet }: MessageSnapshot) => ({ from, to, cc, date, snippet });
  return {
    subject: thread.subject,
    account: thread.account,
    main: threadPreview(thread, settings).main,
    logged: loggable.map(strip),
  };
}

const ESSENCE = {
  subject: invoice.subject,
  account: ME.address,
  main: IVAN.address,
  logged: [
    {
      from: IVAN,
      to: [ME],
      cc: [JANE, SERGEY],
      date: Date.parse('2026-11-23T10:15:00Z'),
      snippet: 'Чудово, чекаю. З повагою, Іван',
    },
  ],
};

/** Thread facts as the fake draws them (gmail-parts.ts): under 5 messages none hide behind "N older". */
function proofThread(thread: FakeThread): GmailProofThread {
  const n = thread.messages.length;
  const facts = { expanded: 0, collapsed: 0, hidden: 0, recipients: 0 };
  thread.messages.forEach((m, i) => {
    if (m.expanded) {
      facts.expanded++;
      facts.recipients += m.to.length + m.cc.length;
    } else if (n >= 5 && i > 0 && i < n - 2) facts.hidden++;
    else facts.collapsed++;
  });
  return facts;
}

/** Asserts every hook's count against its proof, naming the hooks that differ. */
function expectProofs<P>(
  doc: Document,
  registry: Record<string, Hook>,
  proofs: Record<string, HookProof<P>>,
  page: P,
) {
  const counts = countHooks(doc, registry);
  const wrong = counts.flatMap(({ hook, count }) => {
    const expected = proofs[hook]?.(page);
    return expected === count ? [] : [`${hook}: ${count}, proof says ${String(expected)}`];
  });
  expect(wrong).toEqual([]);
}

describe('the Gmail family', () => {
  // Every combination of the axes that change the DOM; theme and the perm-id quirk (which change one class and
  // one attribute) through the covering set, which holds every pair of values of all the axes.
  const { theme: _theme, permId: _permId, ...structure } = GMAIL_AXES;
  const variants: [string, GmailAppOptions, string][] = [
    ...product(structure).map((v): [string, GmailAppOptions, string] => [
      variantName('gmail', v),
      gmailOptionsOf({ ...v, theme: 'light', permId: 'ok' }),
      '/mail/u/0/',
    ]),
    ...pairwise(GMAIL_AXES).map((v): [string, GmailAppOptions, string] => [
      `covering ${variantName('gmail', v)}`,
      gmailOptionsOf(v),
      '/mail/u/0/',
    ]),
    ...GMAIL_KEPT.map((k): [string, GmailAppOptions, string] => [k.name, k.options, k.path ?? '/mail/u/0/']),
  ];

  test.each(variants)('%s', (_name, options, path) => {
    const page = reusableWindow();
    const stacked = options.hiddenViews === true;
    const pageFacts = (threads: FakeThread[], views: number): GmailProofPage => ({
      standalone: options.standaloneWindow === true,
      views,
      previewPane: options.previewPane === true && !options.standaloneWindow,
      wrapper: options.states === 'wrapper',
      threads: threads.map(proofThread),
    });
    const earlierOf = (t: FakeThread | null) => gmail.threads.find((e) => e !== t && e.messages.length > 1);
    const show = (hash: string, opts: GmailAppOptions = options) => {
      const search = opts.standaloneWindow ? `?th=${invoice.id}` : '';
      return page.show(
        gmailRenderedHtml(gmail, opts.standaloneWindow ? '' : hash, opts, search),
        `https://mail.google.com${path}${search}${opts.standaloneWindow ? '' : hash}`,
      );
    };
    const views = (thread: boolean) => (stacked ? (thread && !options.previewPane ? 3 : 2) : 1);

    // The invoice thread: read, and the hooks as proven.
    const at = show(`#inbox/${invoice.id}`);
    const reading = gmailPage.read(at.doc, at.url);
    if (reading.kind !== 'thread') throw new Error(JSON.stringify(reading));
    expect(reading.thread.threadId).toBe(invoice.id);
    expect(essence(reading.thread)).toEqual(ESSENCE);
    expect(reading.thread.messages.map((m) => [m.providerMessageId, m.from?.address, m.expanded])).toEqual([
      [`${invoice.id}#0`, IVAN.address, false],
      [`${invoice.id}#1`, ME.address, false],
      [invoice.messages[2]?.id, IVAN.address, true],
    ]);
    const invoiceEarlier = earlierOf(invoice);
    expectProofs(
      at.doc,
      GMAIL,
      GMAIL_PROOF,
      pageFacts(stacked && invoiceEarlier ? [invoiceEarlier, invoice] : [invoice], views(true)),
    );
    if (options.standaloneWindow) return;

    // The list: no thread, and the hooks as proven (with a hidden earlier thread when Gmail keeps one).
    const list = show('#inbox');
    expect(gmailPage.read(list.doc, list.url)).toEqual({ kind: 'no-thread' });
    const listEarlier = earlierOf(null);
    expectProofs(
      list.doc,
      GMAIL,
      GMAIL_PROOF,
      pageFacts(stacked && listEarlier ? [listEarlier] : [], views(false)),
    );

    // A long thread with hidden messages, and a reply just sent that Gmail then syncs.
    const long = show(`#inbox/${kickoff.id}`);
    expectProofs(
      long.doc,
      GMAIL,
      GMAIL_PROOF,
      pageFacts(stacked ? [invoice, kickoff] : [kickoff], views(true)),
    );
    const sent = (synced: boolean) => {
      const p = page.show(
        gmailRenderedHtml(gmail, `#inbox/${contract.id}`, options, '', { synced }),
        `https://mail.google.com${path}#inbox/${contract.id}`,
      );
      const r = gmailPage.read(p.doc, p.url);
      return r.kind === 'thread' ? r.thread.messages.map((m) => m.providerMessageId) : [];
    };
    expect(sent(false)).toEqual([contract.messages[0]?.id, 'msg-a:r-2735104936720011842']);
    expect(sent(true)).toEqual([contract.messages[0]?.id, contract.messages[1]?.syncedId]);
  });
});

describe('the Outlook family', () => {
  const { theme: _theme, ...structure } = OUTLOOK_AXES;
  const variants: [string, OutlookAppOptions][] = [
    ...product(structure).map((v): [string, OutlookAppOptions] => [
      variantName('outlook', v),
      outlookOptionsOf({ ...v, theme: 'light' }),
    ]),
    ...pairwise(OUTLOOK_AXES).map((v): [string, OutlookAppOptions] => [
      `covering ${variantName('outlook', v)}`,
      outlookOptionsOf(v),
    ]),
    ...OUTLOOK_KEPT.map((k): [string, OutlookAppOptions] => [k.name, k.options]),
  ];
  const enc = encodeURIComponent;

  test.each(variants)('%s', (_name, options) => {
    const page = reusableWindow();
    const perItem = options.conversationView === false;
    const paneShown = options.readingPane !== 'hidden';
    const titled = options.collapsedSender === 'address';
    // Conversation view on: the conversation's URL; off: the latest item's (the one the conversation shows expanded).
    const id = perItem ? (latest?.id ?? '') : oInvoice.id;
    const at = page.show(
      outlookRenderedHtml(outlook, `/mail/inbox/id/${enc(id)}`, options),
      `https://outlook.office.com/mail/inbox/id/${enc(id)}`,
    );
    const reading = outlookPage.read(at.doc, at.url);
    if (reading.kind !== 'thread') throw new Error(JSON.stringify(reading));
    // Without the list (pane off) and with conversation view off, only the URL's item id names the thread.
    expect(reading.thread.threadId).toBe(perItem && !paneShown ? latest?.id : oInvoice.id);
    expect(essence(reading.thread)).toEqual({ ...ESSENCE, subject: oInvoice.subject });
    const collapsed = perItem ? 0 : 2;
    expectProofs(at.doc, OUTLOOK, OUTLOOK_PROOF, {
      list: paneShown,
      selected: paneShown,
      reading: true,
      conversation: !perItem,
      open: true,
      expanded: 1,
      collapsed,
      collapsedTitled: titled ? collapsed : 0,
      recipientLines: 2,
    } satisfies OutlookProofPage);

    const list = page.show(
      outlookRenderedHtml(outlook, '/mail/inbox', options),
      'https://outlook.office.com/mail/inbox',
    );
    expect(outlookPage.read(list.doc, list.url)).toEqual({ kind: 'no-thread' });
    expectProofs(list.doc, OUTLOOK, OUTLOOK_PROOF, {
      list: true,
      selected: false,
      reading: paneShown,
      conversation: false,
      open: false,
      expanded: 0,
      collapsed: 0,
      collapsedTitled: 0,
      recipientLines: 0,
    });
  });
});
