// The content script's side of "copy diagnostics": answers the background's request with the report of every
// hook of the site's registry run against this page (integrations/diagnostics.ts). Nothing else is answered.
import { browser } from 'wxt/browser';
import type { ChatPage } from './chat-page';
import { diagnose, diagnoseChat, formatDiagnostics, type DiagnosticsReport } from './diagnostics';
import type { Hook } from './hooks';
import type { MailPage } from './mail-page';
import { PAGE_DIAGNOSE } from './messaging/protocol';

/** Answers the background's diagnose request, for as long as the content script lives, with `build`'s report. */
function listen(build: () => DiagnosticsReport, theme: () => string): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const m = message as Partial<typeof PAGE_DIAGNOSE> | null;
    // Only our own background asks (a content script receives runtime messages from its extension alone).
    if (sender.id !== browser.runtime.id || m?.kartka !== 1 || m.type !== PAGE_DIAGNOSE.type)
      return undefined;
    const report = formatDiagnostics(build(), {
      theme: theme(),
      browser:
        /Chrom(?:e|ium)\/(\d+)/u.exec(navigator.userAgent)?.[0] ?? navigator.userAgent.split(' ').pop() ?? '',
    });
    sendResponse({ report });
    return undefined;
  });
}

/** A mail page's diagnostics. */
export function answerDiagnostics(page: MailPage, registry: Readonly<Record<string, Hook>>): void {
  listen(
    () => diagnose(page, registry, document, new URL(location.href)),
    () => page.detectTheme(document),
  );
}

/** A chat page's diagnostics: the same report, the chat adapter's reading (counts only). */
export function answerChatDiagnostics(page: ChatPage, registry: Readonly<Record<string, Hook>>): void {
  listen(
    () => diagnoseChat(page, registry, document, new URL(location.href), Date.now()),
    () => page.detectTheme(document),
  );
}
