import { browser, defineContentScript } from '#imports';
import { watchChatPage } from '../../integrations/chat-watch';
import { READ_VISIBLE } from '../../integrations/messaging/protocol';
import { mountSidebar } from '../../integrations/mount-sidebar';
import { answerChatDiagnostics } from '../../integrations/page-diagnostics';
import { chatReporter } from '../../integrations/report-chat';
import { whatsappPage, whatsappPeer } from '../../integrations/whatsapp/read';
import { WHATSAPP } from '../../integrations/whatsapp/selectors';

// WhatsApp Web: the card beside the open chat. Nothing is captured automatically (WhatsApp's terms; accounts are
// banned for automation): the page reports who the chat is with, and the messages on screen only when the user
// presses "Log visible messages" in the sidebar, which asks this script for them.
export default defineContentScript({
  matches: ['https://web.whatsapp.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const read = () => whatsappPage.read(document, new URL(location.href), Date.now());
    void mountSidebar(ctx, 'whatsapp', whatsappPage);
    watchChatPage(ctx, {
      roots: () => whatsappPage.chatRoots(document),
      read: () => whatsappPeer(document),
      onReading: chatReporter(),
    });
    // Counts only, when the user asks from Settings: no message leaves the page.
    answerChatDiagnostics(whatsappPage, WHATSAPP);
    const answer = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      if ((message as { type?: unknown } | null)?.type !== READ_VISIBLE) return undefined;
      return Promise.resolve(read());
    };
    browser.runtime.onMessage.addListener(answer);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));
  },
});
