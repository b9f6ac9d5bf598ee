// The background's answer to every message: validate (done by the router), decide in core, write in storage.
import { pickLocale } from '../../core/i18n';
import { db } from '../../storage/db';
import { loadSettings } from '../../storage/settings';
import { loadDemoBase } from '../../storage/demo';
import type { Handlers, OnRefused } from '../../integrations/messaging/router';
import { setTabContext } from './tab-context';
import { logOpenedThread, previewContext, threadContext } from './opened-thread';
import { forgetThread, rememberThread } from './thread-memory';
import { sidebarActions } from './sidebar-actions';
import { issueSidebarKey } from './sidebar-key';
import { handleMenuClick, MENU_APPEND, MENU_SAVE, menuDeps } from './context-menu';
import { chatActions } from './chat-actions';
import { teamActions } from './team';
import { teamAdminActions } from './team-admin';
import { forgetChat } from './chat-memory';
import { claim } from './claims';
import { providerOfOrigin } from '../../core/mail-origins';
import { diagnoseMailTab } from './page-diagnostics';
import {
  currentRoute,
  noteNoThread,
  noteThreadRead,
  noteUnreadable,
  resetReadingHealth,
} from './reading-health';
import { contextWithoutPage, THREAD_FALLBACKS } from './thread-fallback';
import { fromGmailApi } from './sync/thread-from-api';
import { fromGraph } from './sync/thread-from-graph';
import { syncHandlers } from './sync/handlers';
import { outlookFolderHandlers } from './sync/outlook-folders';
import { teamsHandlers } from './sync/teams';

export const handlers: Handlers = {
  async 'page.thread'(thread, sender) {
    const tabId = sender.tabId ?? -1;
    const isLatest = claim(tabId);
    const now = Date.now();
    const settings = await loadSettings();
    // Who is on the thread is known from the page: show their card now, log in the meantime.
    if (isLatest()) await setTabContext(tabId, previewContext(thread, settings, now));
    const result = await logOpenedThread(db, thread, settings, now);
    if (isLatest()) {
      await rememberThread(tabId, thread);
      await setTabContext(tabId, threadContext(thread, result, now));
    }
    void noteThreadRead(tabId, thread.provider, result.threadKey, now);
    return null;
  },

  async 'page.noThread'(_payload, sender) {
    const tabId = sender.tabId ?? -1;
    claim(tabId);
    noteNoThread(tabId);
    await Promise.all([forgetThread(tabId), forgetChat(tabId)]);
    await setTabContext(tabId, { status: 'no-thread', at: Date.now() });
    return null;
  },

  async 'page.unreadable'(reading, sender) {
    const tabId = sender.tabId ?? -1;
    const isLatest = claim(tabId);
    const now = Date.now();
    await Promise.all([forgetThread(tabId), forgetChat(tabId)]);
    const problem = { reason: reading.reason, details: reading.details };
    // The URL names a thread the base knows: its card from the base, marked so (never the previous thread's).
    const known = reading.thread
      ? await contextWithoutPage(
          { db, thread: reading.thread, settings: await loadSettings(), now, problem },
          [...THREAD_FALLBACKS, fromGmailApi, fromGraph],
        )
      : null;
    if (isLatest()) await setTabContext(tabId, known ?? { status: 'unreadable', ...problem, at: now });
    const site = providerOfOrigin(sender.url);
    if (site) {
      const missing = (reading.details.missing ?? '').split(',').filter(Boolean);
      const threadId = reading.thread?.threadId ?? null;
      void currentRoute(tabId, sender.url).then((route) =>
        noteUnreadable(
          tabId,
          site,
          { at: now, reason: reading.reason, missing, route },
          known !== null && known.status !== 'unreadable',
          threadId,
        ),
      );
    }
    return null;
  },

  async 'health.diagnose'() {
    return diagnoseMailTab();
  },

  async 'health.reset'() {
    await resetReadingHealth();
    return null;
  },

  async 'capture.fromText'({ text, target }) {
    const menuItemId = target === 'existing' ? MENU_APPEND : MENU_SAVE;
    const record = await handleMenuClick({ menuItemId, selectionText: text }, undefined, menuDeps);
    if (!record) throw new Error('The capture menu did not take the text; nothing was opened.');
    return { draftId: record.id, empty: record.draft.empty };
  },

  ...sidebarActions,

  ...chatActions,

  ...teamActions,

  ...teamAdminActions,

  async 'demo.load'() {
    const settings = await loadSettings();
    // The demo speaks the user's language: Kartka's choice, else the browser's (as the pages resolve 'auto').
    const locale = pickLocale(settings.language === 'auto' ? navigator.language : settings.language);
    return loadDemoBase(db, settings, Date.now(), locale);
  },

  async 'page.sidebarFrame'(_payload, sender) {
    if (sender.tabId === null) throw new Error('Only a mail tab can mount the sidebar.');
    return { key: await issueSidebarKey(sender.tabId) };
  },

  ...syncHandlers,
  ...outlookFolderHandlers,

  ...teamsHandlers,
};

/**
 * A thread or chat reading the schema refused (not a field over its limit: those are cut) must not leave the
 * previous card up, where a note would land on the wrong client: the tab shows "unreadable" and forgets it.
 */
export const onRefusedReading: OnRefused = async (type, sender, problem) => {
  const what =
    type === 'page.thread' && sender.kind === 'mail-page'
      ? 'thread'
      : type === 'page.chat' && sender.kind === 'chat-page'
        ? 'chat'
        : null;
  if (what === null || sender.tabId === null) return;
  await handlers['page.unreadable'](
    { kind: 'unreadable', reason: `The ${what} as read from the page was not valid`, details: { problem } },
    sender,
  );
};
