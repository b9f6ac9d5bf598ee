// The Outlook on the web page adapter: reads the conversation shown in the reading pane.
import type { PageReading } from '../../core/mail';
import { queryAllHook, queryHook } from '../hooks';
import { unreadable, type MailPage } from '../mail-page';
import { themeFromBackground } from '../page-theme';
import { messageWrappers, readOutlookMessage } from './message';
import { parseOutlookUrl, type OutlookRoute } from './route';
import { OUTLOOK } from './selectors';

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/;

/** The pane's conversation, or the pane itself when it shows one item (conversation view off). */
function threadScope(doc: Document): {
  pane: Element | null;
  scope: Element | null;
  isConversation: boolean;
} {
  const pane = queryHook(doc, OUTLOOK.readingPane);
  const conversation = pane && queryHook(pane, OUTLOOK.conversation);
  return { pane, scope: conversation ?? pane, isConversation: conversation !== null };
}

/** Conversation id: the selected row, else a conversation id in the URL, else the URL's item id (deeplink window). */
function conversationId(doc: Document, route: OutlookRoute): string | null {
  return queryHook(doc, OUTLOOK.selectedRow)?.getAttribute('data-convid') || route.id;
}

function readAccount(doc: Document): string | null {
  const root = queryHook(doc, OUTLOOK.account);
  const text = `${root?.getAttribute('data-folder-name') ?? ''} ${root?.getAttribute('title') ?? ''}`;
  return EMAIL.exec(text)?.[0].toLowerCase() ?? null;
}

/** The subject: the pane's first heading outside every message (it sits in the pane's header, above the messages). */
function findSubject(pane: Element | null, wrappers: readonly Element[]): Element | null {
  if (!pane) return null;
  return queryAllHook(pane, OUTLOOK.subject).find((h) => !wrappers.some((w) => w.contains(h))) ?? null;
}

function read(doc: Document, url: URL): PageReading {
  const route = parseOutlookUrl(url);
  const { pane, scope, isConversation } = threadScope(doc);
  const wrappers = scope ? messageWrappers(scope) : [];
  const subject = findSubject(pane, wrappers);
  if (!subject && wrappers.length === 0 && route.id === null) return { kind: 'no-thread' };
  const threadId = conversationId(doc, route);
  const missing = [
    ...(pane ? [] : ['readingPane']),
    ...(subject ? [] : ['subject']),
    ...(wrappers.length ? [] : ['message']),
    ...(threadId ? [] : ['threadId']),
  ];
  if (!subject || !threadId || missing.length > 0) {
    return unreadable(
      'Outlook reading pane changed: hooks not found',
      missing,
      {
        route: route.redacted,
        mailList: String(queryHook(doc, OUTLOOK.mailList) !== null),
        conversation: String(isConversation),
        messages: String(wrappers.length),
      },
      threadId ? { provider: 'outlook', threadId, account: readAccount(doc) } : undefined,
    );
  }
  // One item on its own (conversation view off, deeplink/read) has its real item id in the URL.
  const singleItemId = !isConversation && wrappers.length === 1 && route.idKind === 'item' ? route.id : null;
  return {
    kind: 'thread',
    thread: {
      provider: 'outlook',
      threadId,
      subject: (subject.getAttribute('title') ?? subject.textContent ?? '').trim(),
      account: readAccount(doc),
      messages: wrappers.map((el, i) => readOutlookMessage(el, singleItemId ?? `${threadId}#${i}`)),
    },
  };
}

export const outlookPage: MailPage = {
  provider: 'outlook',
  read,
  isThreadUrl: (url) => parseOutlookUrl(url).id !== null,
  threadRoot: (doc) => threadScope(doc).pane,
  detectTheme(doc) {
    const sample = queryHook(doc, OUTLOOK.main) ?? queryHook(doc, OUTLOOK.mailList) ?? doc.body;
    return themeFromBackground(sample, doc.defaultView) ?? 'light';
  },
};
