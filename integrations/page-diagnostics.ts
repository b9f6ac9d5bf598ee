// The content script's side of "copy diagnostics": answers the background's request with the report of every
// hook of the site's registry run against this page (integrations/diagnostics.ts). Nothing else is answered.
import { browser } from 'wxt/browser';
import { diagnose, formatDiagnostics } from './diagnostics';
import type { Hook } from './hooks';
import type { MailPage } from './mail-page';
import { PAGE_DIAGNOSE } from './messaging/protocol';

/** Listens for the background's diagnose request for as long as the content script lives. */
export function answerDiagnostics(page: MailPage, registry: Readonly<Record<string, Hook>>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const m = message as Partial<typeof PAGE_DIAGNOSE> | null;
    // Only our own background asks (a content script receives runtime messages from its extension alone).
    if (sender.id !== browser.runtime.id || m?.kartka !== 1 || m.type !== PAGE_DIAGNOSE.type)
      return undefined;
    const report = formatDiagnostics(diagnose(page, registry, document, new URL(location.href)), {
      theme: page.detectTheme(document),
      browser:
        /Chrom(?:e|ium)\/(\d+)/u.exec(navigator.userAgent)?.[0] ?? navigator.userAgent.split(' ').pop() ?? '',
    });
    sendResponse({ report });
    return undefined;
  });
}
