// The Gmail page adapter: reads the open thread (subject, ids, messages, account) from the DOM and URL.
import type { MessageSnapshot, PageReading } from '../../core/mail';
import { closestHook, queryHook } from '../hooks';
import { unreadable, type MailPage } from '../mail-page';
import { themeFromBackground, themeFromText } from '../page-theme';
import { isHiddenView, visibleAmong } from '../visibility';
import { gmailIdFromAttribute, isHexId, parseGmailUrl } from './ids';
import { messageElements, readGmailMessage } from './message';
import { GMAIL } from './selectors';

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/;
const all = (root: ParentNode, alternatives: readonly string[]) => [
  ...root.querySelectorAll(alternatives.join(',')),
];

/** The thread id on the subject: legacy hex first; the perm id is sometimes missing or `undefined` (since Nov 2025). */
function threadIdOnSubject(subject: Element): string | null {
  const legacy = subject.getAttribute('data-legacy-thread-id') ?? '';
  return isHexId(legacy) ? legacy : gmailIdFromAttribute(subject.getAttribute('data-thread-perm-id'));
}

/** The content root the user sees: Gmail keeps earlier views in the page, hidden, each with its own `[role=main]`. */
function visibleMain(doc: Document): Element | null {
  return visibleAmong(all(doc, GMAIL.main.alternatives))[0] ?? null;
}

/**
 * The subject of the thread the user sees: among the visible subject headings (hidden earlier thread views
 * have theirs too), the one whose thread id the URL names; else the only, or first, visible one.
 */
function findSubject(doc: Document, urlThreadId: string | null): Element | null {
  const visible = visibleAmong(all(doc, GMAIL.subject.alternatives));
  return visible.find((el) => threadIdOnSubject(el) === urlThreadId) ?? visible[0] ?? null;
}

/** Where the open thread's messages live: the subject's thread container, else the visible preview pane or view. */
function threadContainer(doc: Document, subject: Element | null): Element | null {
  const container = subject && closestHook(subject, GMAIL.threadContainer);
  if (container) return container;
  const main = visibleMain(doc);
  return (main && queryHook(main, GMAIL.previewPane)) ?? main ?? (subject ? doc.body : null);
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
  const subject = findSubject(doc, route.threadId);
  const container = threadContainer(doc, subject);
  const elements = container && subject ? messageElements(container) : [];
  const threadId = (subject && threadIdOnSubject(subject)) ?? route.threadId;
  const missing = [
    ...(subject ? [] : ['subject']),
    ...(elements.length ? [] : ['message']),
    ...(threadId ? [] : ['threadId']),
  ];
  if (!subject || !threadId || missing.length > 0) {
    const mains = all(doc, GMAIL.main.alternatives);
    return unreadable(
      'Gmail thread view changed: hooks not found',
      missing,
      {
        route: route.redacted,
        accountIndex: String(route.accountIndex ?? ''),
        main: String(mains.length > 0),
        views: `${mains.filter((m) => !isHiddenView(m)).length}/${mains.length}`,
        messages: String(elements.length),
        standalone: String(standalone),
      },
      route.threadId && isHexId(route.threadId)
        ? { provider: 'gmail', threadId: route.threadId, account: readAccount(doc) }
        : undefined,
    );
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
    const subject = findSubject(doc, parseGmailUrl(new URL(doc.location?.href ?? 'https://x/')).threadId);
    return threadContainer(doc, subject) ?? doc.body;
  },
  detectTheme(doc) {
    const view = doc.defaultView;
    return (
      themeFromText(queryHook(doc, GMAIL.navigation), view) ?? themeFromBackground(doc.body, view) ?? 'light'
    );
  },
};
