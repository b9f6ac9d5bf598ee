import { defineContentScript } from '#imports';
import { watchChatPage } from '../../integrations/chat-watch';
import { mountSidebar } from '../../integrations/mount-sidebar';
import { answerChatDiagnostics } from '../../integrations/page-diagnostics';
import { chatReporter } from '../../integrations/report-chat';
import { webkPage } from '../../integrations/telegram/webk';
import { WEBK } from '../../integrations/telegram/webk-selectors';

// Telegram WebK (web.telegram.org/k/): the client and its adapter; host access covers web.telegram.org/*.
export default defineContentScript({
  matches: ['https://web.telegram.org/k/*'],
  runAt: 'document_idle',
  main(ctx) {
    void mountSidebar(ctx, 'telegram', webkPage);
    watchChatPage(ctx, {
      roots: () => webkPage.chatRoots(document),
      read: () => webkPage.read(document, new URL(location.href), Date.now()),
      onReading: chatReporter(),
    });
    answerChatDiagnostics(webkPage, WEBK);
  },
});
