// Main-thread script time per navigation on the demo Gmail, with Kartka and without it
// (CDP Performance.getMetrics ScriptDuration covers the content script's isolated world too).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ensureChromium } from '../../scripts/lib/chromium';
import { chromiumArgs, type Kartka } from '../e2e/harness';
import type { FakeServer } from '../fakes/server';

const NAVIGATIONS = 24;
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';

async function scriptMsPerNavigation(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await page.goto(GMAIL);
  await page.waitForTimeout(1000);
  const ids = await page
    .locator('tr.zA [data-legacy-thread-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-legacy-thread-id') ?? ''));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  };
  const start = await scriptSeconds();
  for (let n = 0; n < NAVIGATIONS; n++) {
    const id = ids[n % Math.max(1, ids.length)] ?? '';
    await page.evaluate((hash) => (location.hash = hash), n % 2 === 0 ? `#inbox/${id}` : '#inbox');
    await page.waitForTimeout(350); // let the content script's settle timer fire
  }
  const end = await scriptSeconds();
  await page.close();
  return ((end - start) * 1000) / NAVIGATIONS;
}

/** ms of main-thread script per navigation with Kartka, without it, and the difference. */
export async function mainThreadPerNavigation(
  kartka: Kartka,
  server: FakeServer,
): Promise<{ with: number; without: number; extra: number }> {
  const withKartka = await scriptMsPerNavigation(kartka.context);
  const dir = mkdtempSync(join(tmpdir(), 'kartka-plain-'));
  const plain = await chromium.launchPersistentContext(dir, {
    executablePath: ensureChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    args: chromiumArgs(server),
  });
  try {
    const without = await scriptMsPerNavigation(plain);
    return { with: withKartka, without, extra: Math.max(0, withKartka - without) };
  } finally {
    await plain.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
