// Trust under hostile input, end to end: settings a content script or a crafted backup cannot brick.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer, type FakeServer } from '../fakes/server';
import { launchKartka, loadDemoBase, startMboxImport, type Kartka } from './harness';

let server: FakeServer;
let kartka: Kartka;
let page: Page;

beforeAll(async () => {
  server = await startFakeServer(mailRoutes());
  kartka = await launchKartka({ server });
  expect(await loadDemoBase(kartka)).toMatch(/30/);
  page = await kartka.extensionPage('app.html#/clients');
});

afterAll(async () => {
  await kartka?.close();
  await server?.close();
});

const count = () => page.getByTestId('list-count').textContent();

describe('settings', () => {
  it('a backup whose settings are {"pipeline": 42, "blocklist": "x"} restores, says so, and the app still works', async () => {
    const backup = {
      format: 'kartka-backup',
      schemaVersion: 5,
      exportedAt: Date.now(),
      tables: {
        people: [
          {
            id: 'p1',
            displayName: 'Олена Коваль',
            emails: ['olena@zoria.ua'],
            phones: [],
            tags: [],
            companies: [],
          },
        ],
      },
      settings: { pipeline: 42, blocklist: 'x', language: 'en' },
    };
    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/import`);
    await page.getByTestId('restore-input').setInputFiles({
      name: 'crafted.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await page.getByRole('checkbox', { name: /replaces everything/ }).check();
    await page.getByRole('button', { name: 'Replace the base with this backup' }).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'backup’s settings' }).textContent(), {
        timeout: 15_000,
      })
      .toContain('blocklist, pipeline');

    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/clients`);
    await expect.poll(count, { timeout: 15_000 }).toBe('1 of 1 client');
    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/settings`);
    await expect.poll(() => page.getByRole('heading', { name: 'Settings', level: 1 }).count()).toBe(1);
  });

  it('what anyone writes to storage.local (where content scripts can write) does not change the settings', async () => {
    await kartka.setStorage('local', { settings: { language: 'uk', blocklist: ['zoria.ua'], pipeline: 42 } });
    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/settings`);
    await expect.poll(() => page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('en');
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('en');
    expect(await page.getByRole('alert').filter({ hasText: 'not valid' }).count()).toBe(0);
  });
});

describe('imports run off the page', () => {
  it('reads a huge CSV of broken rows in a worker: progress shows, and Cancel stops it at once', async () => {
    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/import`);
    const rows = 'Олена Коваль\n'.repeat(600_000);
    await page.locator('#import-files').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`Name,E-mail 1 - Value,Phone 1 - Value\n${rows}`, 'utf8'),
    });
    const progress = page.getByTestId('read-progress');
    await expect.poll(() => progress.count(), { timeout: 15_000 }).toBe(1);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Stopped reading' }).textContent())
      .toBe('Stopped reading broken.csv; nothing from it was imported.');
    expect(await progress.count()).toBe(0);
  });

  it('imports an mbox in the worker, which writes the new people to the base', async () => {
    const mbox = [1, 2, 3]
      .map(
        (i) =>
          `From MAILER-DAEMON Mon Mar 10 10:00:00 2025\r\nFrom: Me <me@kartka-demo.com.ua>\r\nTo: Марко ${i} <marko${i}@worker-test.ua>\r\nSubject: Пропозиція ${i}\r\nDate: Mon, 10 Mar 2025 10:0${i}:00 +0200\r\nMessage-ID: <w${i}@kartka-demo.com.ua>\r\n\r\nДобрий день\r\n\r\n`,
      )
      .join('');
    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/import`);
    await startMboxImport(page, 'sent.mbox', mbox, 'me@kartka-demo.com.ua');
    await expect
      .poll(
        async () =>
          (await kartka.all<{ emails: string[] }>('people')).filter((p) =>
            p.emails[0]?.endsWith('@worker-test.ua'),
          ).length,
        {
          timeout: 20_000,
        },
      )
      .toBe(3);
  });
});

describe('delete means delete', () => {
  const TRACES = ['Олена Коваль', 'olena.koval@zoria-agro.com.ua', '671234567'];
  const isUndoRecord = (row: unknown) => String((row as { key?: unknown }).key).startsWith('app.trash:');

  /** Every record of every IndexedDB store of the extension and every chrome.storage area, as text. */
  async function everything({ undo }: { undo: boolean }): Promise<string> {
    const stores = await page.evaluate(async () => {
      const out: Record<string, unknown[]> = {};
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(info.name ?? '');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error ?? new Error('open'));
        });
        for (const name of db.objectStoreNames) {
          out[`${db.name}.${name}`] = await new Promise<unknown[]>((resolve, reject) => {
            const read = db.transaction(name).objectStore(name).getAll();
            read.onsuccess = () => resolve(read.result);
            read.onerror = () => reject(read.error ?? new Error('read'));
          });
        }
        db.close();
      }
      return out;
    });
    const kept = Object.fromEntries(
      Object.entries(stores).map(([name, rows]) => [
        name,
        undo ? rows : rows.filter((r) => !isUndoRecord(r)),
      ]),
    );
    const areas = await Promise.all(
      (['local', 'session', 'sync'] as const).map((a) => kartka.storageArea(a)),
    );
    return JSON.stringify({ kept, areas });
  }
  const found = (text: string) => TRACES.filter((trace) => text.includes(trace));

  it('"Delete the whole base" also clears the threads kept in session storage', async () => {
    await kartka.setStorage('session', { 'thread:7': { subject: 'Замовлення', from: TRACES[1] } });
    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/settings`);
    await page.getByRole('checkbox', { name: /I understand/ }).check();
    await page.getByRole('button', { name: 'Delete the whole base' }).click();
    await expect.poll(() => page.getByText('The base was deleted').count()).toBe(1);
    expect(await kartka.storageArea('session')).toEqual({});
    expect(await kartka.count('people')).toBe(0);
  });

  it('deleting a client leaves their name, address and phone nowhere but the undo record; a backup carries none', async () => {
    // The test above empties the base: a new user's demo base again.
    if ((await kartka.count('people')) === 0) expect(await loadDemoBase(kartka)).toMatch(/30/);
    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/people/demo-person-olena`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Олена Коваль');
    expect(found(await everything({ undo: true }))).toEqual(TRACES);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain('adds them back when you open it');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/clients');

    // Only the undo record names her (it goes within minutes: tests/unit/storage/delete-forgets.test.ts).
    expect(found(await everything({ undo: false }))).toEqual([]);
    expect(found(await everything({ undo: true }))).toEqual(TRACES);

    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/import`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    const backup = readFileSync(await download.path(), 'utf8');
    expect(backup).toContain('Тарас');
    expect(found(backup)).toEqual([]);
    expect(backup).not.toContain('app.trash:');
  });

  it('deleting with "don’t log their addresses again" puts them in Never log, so mail does not add them back', async () => {
    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/people/demo-person-taras`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Тарас Шевченко');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('checkbox', { name: /don’t log their addresses again/ }).check();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/clients');
    const settings = async () =>
      (await kartka.all<{ key: string; value: { blocklist?: string[] } }>('meta')).find(
        (m) => m.key === 'settings',
      )?.value.blocklist;
    await expect.poll(settings).toContain('taras@zoria-agro.com.ua');
  });
});
