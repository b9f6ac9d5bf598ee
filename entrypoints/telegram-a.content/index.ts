import { defineContentScript } from '#imports';
import { watchChatPage } from '../../integrations/chat-watch';
import { mountSidebar } from '../../integrations/mount-sidebar';
import { answerChatDiagnostics } from '../../integrations/page-diagnostics';
import { chatReporter } from '../../integrations/report-chat';
import { webaPage } from '../../integrations/telegram/weba';
import { WEBA } from '../../integrations/telegram/weba-selectors';

// Telegram WebA (web.telegram.org/a/): the client and its adapter; host access covers web.telegram.org/*.
export default defineContentScript({
  matches: ['https://web.telegram.org/a/*'],
  runAt: 'document_idle',
  main(ctx) {
    void mountSidebar(ctx, 'telegram', webaPage);
    watchChatPage(ctx, {
      roots: () => webaPage.chatRoots(document),
      read: () => webaPage.read(document, new URL(location.href), Date.now()),
      onReading: chatReporter(),
    });
    answerChatDiagnostics(webaPage, WEBA);
  },
});
