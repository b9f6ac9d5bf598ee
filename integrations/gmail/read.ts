// The Gmail page adapter: reads the open thread (subject, ids, messages, account) from the DOM and URL.
import type { MessageSnapshot, PageReading } from '../../core/mail';
import { closestHook, queryAllHook, queryHook } from '../hooks';
import { unreadable, type MailPage } from '../mail-page';
import { themeFromBackground, themeFromText } from '../page-theme';
import { gmailIdFromAttribute, isHexId, parseGmailUrl } from './ids';
import { messageElements, readGmailMessage } from './message';
import { GMAIL } from './selectors';

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/;

/** Gmail hides views it keeps for later with inline `display: none` on an ancestor. */
function isHidden(el: Element, stop: Element | null): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    if (e.hasAttribute('hidden') || /display:\s*none/.test(e.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** The thread id on the subject: legacy hex first; the perm id is sometimes missing or `undefined` (since Nov 2025). */
function threadIdOnSubject(subject: Element): string | null {
  const legacy = subject.getAttribute('data-legacy-thread-id') ?? '';
  return isHexId(legacy) ? legacy : gmailIdFromAttribute(subject.getAttribute('data-thread-perm-id'));
}

/** Where the open thread lives: the preview pane in split mode, else the main region, else (thread window) the body. */
function threadScope(doc: Document): Element | null {
  const main = queryHook(doc, GMAIL.main);
  return (main && queryHook(main, GMAIL.previewPane)) ?? main ?? doc.body;
}

/** The visible subject heading, preferring the one for the URL's thread. */
function findSubject(scope: Element, urlThreadId: string | null): Element | null {
  const visible = queryAllHook(scope, GMAIL.subject).filter((el) => !isHidden(el, scope));
  return visible.find((el) => threadIdOnSubject(el) === urlThreadId) ?? visible[0] ?? null;
}

/**
 * The signed-in address: the title's second-to-last part ("Inbox (3) - me@example.com - Gmail";
 * a subject may hold addresses too), else the account button.
 */
function readAccount(doc: Document): string | null {
  const parts = doc.title.split(' - ');
  const fromTitle = EMAIL.exec(parts[parts.length - 2] ?? '')?.[0];
  const fromButton = EMAIL.exec(queryHook(doc, GMAIL.accountButton)?.getAttribute('aria-label') ?? '')?.[0];
  return (fromTitle ?? fromButton)?.toLowerCase() ?? null;
}

function read(doc: Document, url: URL): PageReading {
  const route = parseGmailUrl(url);
  const standalone = queryHook(doc, GMAIL.standaloneWindow) !== null;
  if (!route.threadId && !standalone) return { kind: 'no-thread' };
  const scope = threadScope(doc);
  const subject = scope && findSubject(scope, route.threadId);
  const container = subject && (closestHook(subject, GMAIL.threadContainer) ?? scope);
  const elements = container ? messageElements(container) : [];
  const threadId = (subject && threadIdOnSubject(subject)) ?? route.threadId;
  const missing = [
    ...(subject ? [] : ['subject']),
    ...(elements.length ? [] : ['message']),
    ...(threadId ? [] : ['threadId']),
  ];
  if (!subject || !threadId || missing.length > 0) {
    return unreadable('Gmail thread view changed: hooks not found', missing, {
      route: route.redacted,
      accountIndex: String(route.accountIndex ?? ''),
      main: String(queryHook(doc, GMAIL.main) !== null),
      messages: String(elements.length),
      standalone: String(standalone),
    });
  }
  const messages = elements
    .map((el, i) => readGmailMessage(el, threadId, i))
    .filter((m): m is MessageSnapshot => m !== null);
  return {
    kind: 'thread',
    thread: {
      provider: 'gmail',
      threadId,
      subject: (subject.textContent ?? '').trim(),
      account: readAccount(doc),
      messages,
    },
  };
}

export const gmailPage: MailPage = {
  provider: 'gmail',
  read,
  isThreadUrl: (url) => parseGmailUrl(url).threadId !== null,
  threadRoot(doc) {
    const scope = threadScope(doc);
    const subject = scope && findSubject(scope, null);
    return (subject && closestHook(subject, GMAIL.threadContainer)) ?? scope;
  },
  detectTheme(doc) {
    const view = doc.defaultView;
    return (
      themeFromText(queryHook(doc, GMAIL.navigation), view) ?? themeFromBackground(doc.body, view) ?? 'light'
    );
  },
};
