// The app's client list at 100,000 people in real Chromium: seeds the extension's own database from the app
// page with the bulk repository functions (chunks of ~1,000), reloads, then scrolls the virtualised list and
// reports frame times (requestAnimationFrame deltas) while it moves.
// Run: KARTKA_OUT=.output-app npx wxt build && KARTKA_OUT=.output-app npx tsx tests/bench/app-list.ts [people=100000]
// KARTKA_BENCH_PROFILE=<dir> keeps the Chromium profile in <dir> and seeds it only once per people count, so a
// rebuilt extension can be measured again without the ~200 s seeding (the extension id follows its path).
import { build } from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ensureChromium } from '../../scripts/lib/chromium';
import { assertBuilt, chromiumArgs, EXTENSION_DIR, launchKartka } from '../e2e/harness';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer, type FakeServer } from '../fakes/server';

const PEOPLE = Number(process.argv[2] ?? 100_000);
const PROFILE = process.env.KARTKA_BENCH_PROFILE;

/** Opens the app page in a fresh profile, or in the kept one; `seeded` says whether it already holds the base. */
async function open(server: FakeServer, path: string) {
  if (!PROFILE) {
    const kartka = await launchKartka({ server });
    return { page: await kartka.extensionPage(path), seeded: false, done: () => {}, close: kartka.close };
  }
  assertBuilt();
  mkdirSync(PROFILE, { recursive: true });
  const marker = join(PROFILE, `kartka-seeded-${PEOPLE}`);
  const context = await chromium.launchPersistentContext(PROFILE, {
    executablePath: ensureChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...chromiumArgs(server),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/${path}`);
  return {
    page,
    seeded: existsSync(marker),
    done: () => writeFileSync(marker, new Date().toISOString()),
    close: () => context.close(),
  };
}

/** The seeding code, bundled from the repository's own storage functions and run inside the app page. */
async function seederSource(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'app-list-seed.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no seeding bundle');
  return file.text;
}

function stats(deltas: number[]): string {
  const s = [...deltas].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  const long = s.filter((d) => d > 50).length;
  return `frames ${s.length}, p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${(s.at(-1) ?? NaN).toFixed(1)} ms, >50 ms: ${long}`;
}

// In-page code is plain JavaScript text: tsx would wrap named functions in a helper the page does not have.
const SCROLL = `(px, count) => new Promise((done) => {
  const list = document.querySelector('[data-testid="client-list"]');
  const deltas = [];
  let last = performance.now();
  let n = 0;
  const tick = (now) => {
    deltas.push(now - last);
    last = now;
    list.scrollTop += px;
    if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) list.scrollTop = 0;
    if (++n < count) requestAnimationFrame(tick);
    else done(deltas.slice(1));
  };
  requestAnimationFrame(tick);
})`;
const RECORD = `(() => {
  window.frameLog = [];
  window.frameStop = false;
  let last = performance.now();
  const tick = (now) => {
    window.frameLog.push(now - last);
    last = now;
    if (!window.frameStop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
/** Whether the stored client snapshot holds `n` people (the page writes it once it has caught up and is quiet). */
const HOLDS_EVERYONE = `(n) => new Promise((done) => {
  const open = indexedDB.open('kartka');
  open.onerror = () => done(false);
  open.onsuccess = () => {
    const get = open.result.transaction('meta').objectStore('meta').get('clients-snapshot');
    get.onsuccess = () => {
      const head = get.result && get.result.value;
      open.result.close();
      done(Boolean(head) && head.format === 2 && head.count === n);
    };
    get.onerror = () => done(false);
  };
})`;
/** Starts recording the page's long tasks (over 50 ms) in `window.longTasks`, as ms. */
const LONG_TASKS = `(() => {
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push(e.duration);
  }).observe({ type: 'longtask' });
})()`;
const STOP = `(() => { window.frameStop = true; return window.frameLog.slice(1); })()`;

/** Scrolls the list by `step` px every frame for `frames` frames; returns the rAF deltas. */
function scrollFrames(page: Page, step: number, frames: number): Promise<number[]> {
  return page.evaluate(`(${SCROLL})(${step}, ${frames})`);
}

/** Wheel scrolling as a user does it (input events through the browser), measured the same way. */
async function wheelFrames(page: Page, events: number): Promise<number[]> {
  await page.evaluate(RECORD);
  const box = await page.getByTestId('client-list').boundingBox();
  if (!box) throw new Error('the client list is not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < events; i++) {
    await page.mouse.wheel(0, i % 40 < 30 ? 600 : -600);
    await page.waitForTimeout(16);
  }
  return page.evaluate<number[]>(STOP);
}

async function main(): Promise<void> {
  const server = await startFakeServer(mailRoutes());
  const kartka = await open(server, 'app.html#/clients');
  let t0 = Date.now();
  try {
    const page = kartka.page;
    page.on(
      'console',
      (m) =>
        m.text().startsWith('kartka-seed:') &&
        console.log(`  ${m.text()} (${((Date.now() - t0) / 1000).toFixed(0)} s)`),
    );
    await page.getByTestId('list-count').waitFor();
    if (kartka.seeded) console.log(`reusing the base seeded in ${PROFILE}`);
    else {
      t0 = Date.now();
      await page.evaluate(await seederSource());
      const seeded = await page.evaluate(
        (n) =>
          (
            window as unknown as { kartkaSeed: (n: number) => Promise<{ people: number; problems: number }> }
          ).kartkaSeed(n),
        PEOPLE,
      );
      console.log(
        `seeded ${seeded.people} people (${seeded.problems} refused) in ${((Date.now() - t0) / 1000).toFixed(1)} s, chunks of 1,000`,
      );
    }

    // The page stores its client snapshot once it has caught up and been quiet for a few seconds, as after
    // any import: wait for the one that holds every client, so the next open is the one from a snapshot.
    await page.evaluate(LONG_TASKS);
    const waitUntil = Date.now() + 180_000;
    while (!(await page.evaluate<boolean>(`(${HOLDS_EVERYONE})(${PEOPLE})`))) {
      if (Date.now() > waitUntil)
        throw new Error('the page stored no snapshot of every client within 3 minutes');
      await page.waitForTimeout(1000);
    }
    await page.waitForTimeout(1000);
    const long = await page.evaluate<number[]>('window.longTasks');
    console.log(
      `while the page caught up and stored its snapshot: longest task ${Math.max(0, ...long).toFixed(0)} ms, ${long.length} over 50 ms${kartka.seeded ? ' (nothing to catch up: the base was seeded earlier)' : ''}`,
    );
    kartka.done();
    const expected = `${PEOPLE.toLocaleString('en')} of ${PEOPLE.toLocaleString('en')} clients`;
    for (const how of ['from the stored snapshot', 'again']) {
      t0 = Date.now();
      await page.reload();
      await page.getByTestId('list-count').filter({ hasText: expected }).waitFor({ timeout: 120_000 });
      console.log(
        `list of ${PEOPLE.toLocaleString('en')} loaded ${how}, sorted and shown in ${Date.now() - t0} ms`,
      );
    }

    await page.getByTestId('client-list').focus();
    await page.waitForTimeout(500);
    console.log(`steady scroll (120 px/frame, ~7,200 px/s):  ${stats(await scrollFrames(page, 120, 600))}`);
    console.log(`fast scroll (1,200 px/frame):               ${stats(await scrollFrames(page, 1200, 300))}`);
    console.log(`mouse wheel (600 px per event, 200 events): ${stats(await wheelFrames(page, 200))}`);

    t0 = Date.now();
    await page.keyboard.press('End');
    await page.locator(`[aria-rowindex="${PEOPLE + 1}"]`).waitFor();
    console.log(`End key to the last row: ${Date.now() - t0} ms`);

    t0 = Date.now();
    await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
    await page.locator('[aria-sort="ascending"]').waitFor();
    console.log(`re-sort ${PEOPLE.toLocaleString('en')} rows by name (collation): ${Date.now() - t0} ms`);

    t0 = Date.now();
    await page.getByRole('searchbox', { name: /Search the base/ }).fill('олена');
    await page.getByTestId('list-count').filter({ hasNotText: expected }).waitFor();
    console.log(
      `search "олена" over ${PEOPLE.toLocaleString('en')}: ${Date.now() - t0} ms → ${await page.getByTestId('list-count').textContent()}`,
    );
  } finally {
    await kartka.close();
    await server.close();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
