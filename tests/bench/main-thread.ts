// Main-thread script time per navigation on the demo Gmail, with Kartka and without it (CDP
// Performance.getMetrics ScriptDuration, which covers the content script's isolated world too), and Kartka's own
// share of it: CPU-profile samples whose nearest script frame is the extension's (its DOM calls included).
// The difference of two ScriptDuration totals swings with whatever else the machine does, so the passes alternate
// and the figures are medians; both the difference and the attributed time are held to the 2 ms budget.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ensureChromium } from '../../scripts/lib/chromium';
import { chromiumArgs, type Kartka } from '../e2e/harness';
import type { FakeServer } from '../fakes/server';
import { percentile } from './report';

const NAVIGATIONS = 24;
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';

/** One CPU profile node, as CDP's Profiler gives it. */
interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/** ms of samples whose nearest frame with a script URL starts with `prefix` (natives count for their caller). */
export function attributedMs(
  profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] },
  prefix: string,
): number {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const owner = new Map<number, string>();
  const ownerOf = (id: number): string => {
    const known = owner.get(id);
    if (known !== undefined) return known;
    const url = byId.get(id)?.callFrame.url ?? '';
    const up = parent.get(id);
    const result = url !== '' || up === undefined ? url : ownerOf(up);
    owner.set(id, result);
    return result;
  };
  let us = 0;
  (profile.samples ?? []).forEach((id, i) => {
    if (ownerOf(id).startsWith(prefix)) us += profile.timeDeltas?.[i] ?? 0;
  });
  return us / 1000;
}

async function scriptMsPerNavigation(
  context: BrowserContext,
  extensionId?: string,
): Promise<{ total: number; own: number }> {
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
  if (extensionId) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const start = await scriptSeconds();
  for (let n = 0; n < NAVIGATIONS; n++) {
    const id = ids[n % Math.max(1, ids.length)] ?? '';
    await page.evaluate((hash) => (location.hash = hash), n % 2 === 0 ? `#inbox/${id}` : '#inbox');
    await page.waitForTimeout(350); // let the content script's settle timer fire
  }
  const end = await scriptSeconds();
  const own = extensionId
    ? attributedMs((await cdp.send('Profiler.stop')).profile, `chrome-extension://${extensionId}/`)
    : 0;
  await page.close();
  return { total: ((end - start) * 1000) / NAVIGATIONS, own: own / NAVIGATIONS };
}

const ROUNDS = 3;

/** The middle of the rounds (an odd number of them). */
const median = (xs: readonly number[]): number => percentile(xs, 50);

/**
 * ms of main-thread script per navigation: with Kartka, without it, their difference, and Kartka's own share.
 * The passes with and without alternate, three rounds each, and each figure is the median, so a burst of other
 * work on the machine lands in one round of one side rather than in the whole figure.
 */
export async function mainThreadPerNavigation(
  kartka: Kartka,
  server: FakeServer,
): Promise<{ with: number; without: number; extra: number; own: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'kartka-plain-'));
  const plain = await chromium.launchPersistentContext(dir, {
    executablePath: ensureChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    args: chromiumArgs(server),
  });
  try {
    const withKartka: number[] = [];
    const without: number[] = [];
    const extra: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const a = (await scriptMsPerNavigation(kartka.context)).total;
      const b = (await scriptMsPerNavigation(plain)).total;
      withKartka.push(a);
      without.push(b);
      extra.push(Math.max(0, a - b));
    }
    // A separate pass: the profiler's own overhead would inflate the ScriptDuration of the pass it samples.
    const own = (await scriptMsPerNavigation(kartka.context, kartka.extensionId)).own;
    return { with: median(withKartka), without: median(without), extra: median(extra), own };
  } finally {
    await plain.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
