// Routes that serve the fake Gmail and Outlook apps, and a hostile page that frames the sidebar.
import { gmailAppHtml, type GmailAppOptions } from './mail/gmail-app';
import { outlookAppHtml, type OutlookAppOptions } from './mail/outlook-app';
import { sampleMailbox } from './mail/sample-mailbox';
import type { FakeMailbox } from './mail/types';
import { demoFakeMailbox, hostileFakeMailbox } from './mailboxes';
import type { FakeRequest, FakeRoute } from './server';

const OUTLOOK_HOSTS = new Set([
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
]);

/** `?mailbox=demo` (default), `sample` (the adapters' edge cases) or `hostile` (markup in names). */
export type MailboxSource = (
  provider: 'gmail' | 'outlook',
  now: number,
  query: URLSearchParams,
) => FakeMailbox;

function mailboxFor(
  req: FakeRequest,
  now: number,
  provider: 'gmail' | 'outlook',
  extra: Record<string, MailboxSource>,
): FakeMailbox {
  const which = req.query.get('mailbox');
  const source = which ? extra[which] : undefined;
  if (source) return source(provider, now, req.query);
  if (which === 'hostile') return hostileFakeMailbox(now);
  if (which === 'sample') return sampleMailbox(provider);
  return demoFakeMailbox(now, provider);
}

const flag = (q: URLSearchParams, name: string) => q.get(name) === '1' || q.get(name) === 'true';

const LANGS = ['en', 'de', 'uk', 'ru', 'pl'] as const;
const langOf = (q: URLSearchParams) => LANGS.find((l) => l === q.get('lang'));

/** Gmail page options from the query string (`?container=table-Bs&previewPane=1…`, see variants.ts `gmailQuery`) and the `/mail/u/N/` path. */
export function gmailOptions(req: FakeRequest): GmailAppOptions {
  const q = req.query;
  const account = /^\/mail\/u\/(\d+)\//.exec(req.path)?.[1];
  const container = q.get('container');
  const quirk = q.get('permIdQuirk');
  const states = q.get('states');
  const lang = langOf(q);
  return {
    ...(container === 'table-Bs' || container === 'a98' ? { container } : {}),
    ...(quirk === 'ok' || quirk === 'missing' || quirk === 'undefined' ? { permIdQuirk: quirk } : {}),
    ...(states === 'message' || states === 'wrapper' ? { states } : {}),
    ...(account ? { accountIndex: Number(account) } : {}),
    ...(lang ? { lang } : {}),
    hiddenViews: flag(q, 'hiddenViews'),
    previewPane: flag(q, 'previewPane'),
    standaloneWindow: flag(q, 'standaloneWindow'),
    broken: flag(q, 'broken'),
    dark: flag(q, 'dark'),
    ...(q.get('dateLocale') ? { dateLocale: q.get('dateLocale') ?? 'en-US' } : {}),
  };
}

/** The fake mail sites; `now` is read per request so dates stay fresh in a long demo session; `extra` adds `?mailbox=` sources. */
export function mailRoutes(
  clock: () => number = Date.now,
  extra: Record<string, MailboxSource> = {},
): FakeRoute[] {
  return [
    (req) =>
      req.host === 'mail.google.com' && req.path.startsWith('/mail')
        ? { body: gmailAppHtml(mailboxFor(req, clock(), 'gmail', extra), gmailOptions(req)) }
        : null,
    (req) =>
      req.host === 'mail.google.com' && req.path === '/'
        ? { status: 302, body: '', headers: { location: '/mail/u/0/' } }
        : null,
    (req) =>
      OUTLOOK_HOSTS.has(req.host) && req.path.startsWith('/mail')
        ? { body: outlookAppHtml(mailboxFor(req, clock(), 'outlook', extra), outlookOptions(req)) }
        : null,
    (req) =>
      OUTLOOK_HOSTS.has(req.host) && req.path === '/'
        ? { status: 302, body: '', headers: { location: '/mail/' } }
        : null,
    (req) =>
      req.host === 'hostile.example'
        ? {
            body: `<!doctype html><title>Not a mail site</title><h1>Hostile page</h1>
<iframe id="kartka" style="width:400px;height:600px" src="chrome-extension://${encodeURIComponent(req.query.get('ext') ?? '')}/sidebar.html"></iframe>`,
          }
        : null,
  ];
}

/** Outlook page options from the query string (`?lang=de&readingPane=bottom&conversationView=0…`, see variants.ts `outlookQuery`). */
export function outlookOptions(req: FakeRequest): OutlookAppOptions {
  const q = req.query;
  const lang = langOf(q);
  const pane = q.get('readingPane');
  const subject = q.get('subject');
  const sender = q.get('collapsedSender');
  return {
    ...(lang ? { lang } : {}),
    ...(pane === 'right' || pane === 'bottom' || pane === 'hidden' ? { readingPane: pane } : {}),
    ...(subject === 'header' || subject === 'inside' ? { subject } : {}),
    ...(sender === 'name' || sender === 'address' ? { collapsedSender: sender } : {}),
    conversationView: q.get('conversationView') !== '0',
    broken: flag(q, 'broken'),
    dark: flag(q, 'dark'),
  };
}
