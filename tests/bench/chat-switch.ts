// Main-thread script time per chat switch on a fake chat page: Kartka's content script's share (CPU-profile
// samples whose nearest script frame is the extension's, its DOM reads included) beside the page's whole script
// time per switch (CDP ScriptDuration), as main-thread.ts measures a mail page's navigations.
import type { Page } from 'playwright-core';
import type { Kartka } from '../e2e/harness';
import { attributedMs } from './main-thread';

const SWITCHES = 24;

/** ms per chat switch: Kartka's own, and all script on the page's main thread (the page's own and Kartka's). */
export async function chatSwitchCost(
  kartka: Kartka,
  url: string,
  titles: readonly string[],
): Promise<{ own: number; total: number }> {
  const page: Page = await kartka.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1000);
  const cdp = await kartka.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const start = await scriptSeconds();
  for (let n = 0; n < SWITCHES; n++) {
    const title = titles[n % titles.length] ?? '';
    await page.locator('[data-fake-chat]', { hasText: title }).first().click();
    await page.waitForTimeout(350); // the content script's settle timer, and the reading after it
  }
  const end = await scriptSeconds();
  const own = attributedMs(
    (await cdp.send('Profiler.stop')).profile,
    `chrome-extension://${kartka.extensionId}/`,
  );
  await page.close();
  return { own: own / SWITCHES, total: ((end - start) * 1000) / SWITCHES };
}
