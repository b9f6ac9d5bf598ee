// Launches Debian Chromium with the built extension against the fake HTTPS hosts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ensureChromium } from '../../scripts/lib/chromium';
import type { FakeServer } from '../fakes/server';

export const EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.KARTKA_OUT ?? '.output',
  'chrome-mv3',
);

/** Flags for a quiet, headless-safe Chromium that reaches the fake hosts (no extension flags). */
export function chromiumArgs(server: FakeServer): string[] {
  return [
    `--host-resolver-rules=${server.resolverRules}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--enable-precise-memory-info',
  ];
}

export interface Kartka {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens a page of the extension, e.g. `popup.html`. */
  extensionPage: (path: string) => Promise<Page>;
  /** Counts the records of one IndexedDB table of the extension. */
  count: (table: string) => Promise<number>;
  /** Reads every record of one table (small tables only). */
  all: <T>(table: string) => Promise<T[]>;
  /** Everything in one `chrome.storage` area, read by the service worker. */
  storageArea: (area: StorageAreaName) => Promise<Record<string, unknown>>;
  /** Writes items into one `chrome.storage` area, from the service worker. */
  setStorage: (area: StorageAreaName, items: Record<string, unknown>) => Promise<void>;
  close: () => Promise<void>;
}

export type StorageAreaName = 'local' | 'session' | 'sync';

/** The part of `chrome.storage` the harness calls inside the service worker. */
interface StorageGlobal {
  chrome: {
    storage: Record<
      StorageAreaName,
      { get: (keys: null) => Promise<Record<string, unknown>>; set: (items: object) => Promise<void> }
    >;
  };
}

export interface LaunchOptions {
  server: FakeServer;
  headless?: boolean;
  /** Extra time to wait for the service worker (a cold Chromium start can be slow). */
  timeoutMs?: number;
  /** More Chromium flags (the benchmark exposes `gc()` to measure memory from a collected start). */
  extraArgs?: readonly string[];
}

/** Fails fast, with the fix in the message, when the extension has not been built. */
export function assertBuilt(): void {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Run \`npm run build\` first.`);
  }
}

/** Starts Chromium with Kartka loaded and returns helpers bound to it. */
export async function launchKartka({
  server,
  headless = true,
  timeoutMs = 30_000,
  extraArgs = [],
}: LaunchOptions): Promise<Kartka> {
  assertBuilt();
  const executablePath = ensureChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'kartka-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 900 },
    timeout: timeoutMs,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...chromiumArgs(server),
      ...extraArgs,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: timeoutMs }));
  const extensionId = new URL(worker.url()).host;

  const evaluateTable = <R>(table: string, mode: 'count' | 'all') =>
    worker.evaluate(
      async ([name, how]) =>
        new Promise<R>((done, fail) => {
          const open = indexedDB.open('kartka');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const idb = open.result;
            if (!idb.objectStoreNames.contains(name)) {
              idb.close();
              done((how === 'count' ? 0 : []) as R);
              return;
            }
            const store = idb.transaction(name, 'readonly').objectStore(name);
            const req = how === 'count' ? store.count() : store.getAll();
            req.onsuccess = () => {
              idb.close();
              done(req.result as R);
            };
            req.onerror = () => fail(req.error);
          };
        }),
      [table, mode] as const,
    );

  return {
    context,
    extensionId,
    worker,
    extensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    count: (table) => evaluateTable<number>(table, 'count'),
    all: <T>(table: string) => evaluateTable<T[]>(table, 'all'),
    storageArea: (area) =>
      worker.evaluate(
        (name) => (globalThis as unknown as StorageGlobal).chrome.storage[name].get(null),
        area,
      ),
    setStorage: (area, items) =>
      worker.evaluate(
        ([name, values]) => (globalThis as unknown as StorageGlobal).chrome.storage[name].set(values),
        [area, items] as const,
      ),
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The sidebar frame of a mail page (the extension's iframe inside Kartka's shadow host). */
export async function sidebarFrame(page: Page, extensionId: string) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const frame = page
      .frames()
      .find((f) => f.url().startsWith(`chrome-extension://${extensionId}/sidebar.html`));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('The Kartka sidebar frame did not appear on the mail page');
    await page.waitForTimeout(100);
  }
}

/** Starts an mbox import on the app's import page the way a user does: the file, their own address, Import. */
export async function startMboxImport(page: Page, name: string, mbox: string, own: string): Promise<void> {
  await page
    .locator('#import-files')
    .setInputFiles({ name, mimeType: 'application/mbox', buffer: Buffer.from(mbox, 'utf8') });
  await page.getByRole('textbox', { name: /address/i }).fill(own);
  await page
    .getByRole('button', { name: /Import/ })
    .last()
    .click();
}

/** Loads the demo base the way a new user does: the popup's "Load the demo client base" button. */
export async function loadDemoBase(kartka: Kartka): Promise<string> {
  const popup = await kartka.extensionPage('popup.html');
  await popup.getByRole('button', { name: /demo/i }).click();
  const status = popup.getByRole('status').filter({ hasText: /\S/ });
  await status.waitFor({ timeout: 15_000 });
  const text = (await status.textContent()) ?? '';
  await popup.close();
  return text;
}

/**
 * Rows of one table of the extension's base, read from an extension page rather than the worker: a sync test
 * stops the worker on purpose, and the page's IndexedDB is the same database.
 */
export const rowsOnPage = <T>(page: Page, table: string) =>
  page.evaluate(
    (name) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('kartka');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            open.result.close();
            done(req.result as T[]);
          };
        };
      }),
    table,
  );

/** The toolbar badge, read from an extension page (the worker may be stopped). */
export const badgeOnPage = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText: (d: object) => Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );
