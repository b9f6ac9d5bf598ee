import { browser, defineBackground } from '#imports';
import { createRouter, type SenderFacts } from '../../integrations/messaging/router';
import { clearTabContext } from './tab-context';
import { handlers } from './handlers';
import { serveSidebar } from './sidebar-port';

export default defineBackground(() => {
  const route = createRouter(handlers, browser.runtime.id, browser.runtime.getURL('/'));
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender as SenderFacts));
  browser.runtime.onConnect.addListener(serveSidebar);
  browser.tabs.onRemoved.addListener((tabId) => void clearTabContext(tabId));
});
