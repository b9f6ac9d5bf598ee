import { browser, defineBackground } from '#imports';
import { createRouter, type SenderFacts } from '../../integrations/messaging/router';
import { clearTabContext } from './tab-context';
import { handlers, onRefusedReading } from './handlers';
import { serveSidebar } from './sidebar-port';
import { isPagePort, servePage } from './page-port';
import { startReminders } from './reminders';
import { forgetThread } from './thread-memory';
import { forgetSidebarKey } from './sidebar-key';
import { forgetChat } from './chat-memory';
import { noteNoThread } from './reading-health';
import { listenToContextMenus, registerContextMenus } from './context-menu';
import { listenToCommands } from './commands';
import { startSync } from './sync/engine';
import { holdLive, startTeamSync } from './team';
import { TEAM_LIVE_PORT } from '../../integrations/messaging/protocol';

export default defineBackground(() => {
  const route = createRouter(handlers, browser.runtime.id, browser.runtime.getURL('/'), onRefusedReading);
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender as SenderFacts));
  browser.runtime.onConnect.addListener((port) =>
    port.name === TEAM_LIVE_PORT && port.sender?.url?.startsWith(browser.runtime.getURL('/'))
      ? holdLive(port)
      : isPagePort(port)
        ? servePage(port, route)
        : serveSidebar(port),
  );
  browser.tabs.onRemoved.addListener((tabId) => void clearTabContext(tabId));
  startReminders();
  browser.tabs.onRemoved.addListener((tabId) => void forgetThread(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void forgetSidebarKey(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void forgetChat(tabId));
  browser.tabs.onRemoved.addListener((tabId) => noteNoThread(tabId));
  listenToContextMenus();
  listenToCommands();
  startSync();
  startTeamSync();
  void registerContextMenus().catch((error: unknown) => console.error('[Kartka] context menu', error));
});
