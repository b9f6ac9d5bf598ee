// "Copy diagnostics" from settings: asks the content script of the mail or chat tab the user looked at last to run
// every hook of its site's registry, and hands back its redacted report (hook names and counts only).
import { browser } from '#imports';
import { providerOfOrigin } from '../../core/mail-origins';
import { chatClientOfUrl, PAGE_MATCHES } from '../../core/page-origins';
import { PAGE_DIAGNOSE, type Res } from '../../integrations/messaging/protocol';

/** The mail or chat tab the user looked at last, if any is open. */
async function lastPageTab(): Promise<{ id: number; url: string } | null> {
  const tabs = await browser.tabs.query({ url: PAGE_MATCHES });
  const best = tabs
    .filter((t) => t.id !== undefined && t.url)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return best?.id !== undefined && best.url ? { id: best.id, url: best.url } : null;
}

export async function diagnoseMailTab(): Promise<Res<'health.diagnose'>> {
  const tab = await lastPageTab();
  const site = tab && (providerOfOrigin(tab.url) ?? chatClientOfUrl(tab.url));
  if (!tab || !site) return { status: 'no-tab' };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tab.id, PAGE_DIAGNOSE, { frameId: 0 });
    const report = (answer as { report?: unknown } | undefined)?.report;
    if (typeof report !== 'string') return { status: 'failed', error: 'the page did not answer' };
    const { version } = browser.runtime.getManifest();
    return { status: 'ok', site, report: `${report}\nKartka ${version}` };
  } catch (error) {
    // No content script there (the tab was open before Kartka was installed or updated): reload it.
    return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
