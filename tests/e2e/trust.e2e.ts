// Trust under hostile input, end to end: settings a content script or a crafted backup cannot brick.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer, type FakeServer } from '../fakes/server';
import { launchKartka, loadDemoBase, type Kartka } from './harness';

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
    await page
      .locator('#import-files')
      .setInputFiles({ name: 'sent.mbox', mimeType: 'application/mbox', buffer: Buffer.from(mbox, 'utf8') });
    await page.getByRole('textbox', { name: /address/i }).fill('me@kartka-demo.com.ua');
    await page
      .getByRole('button', { name: /Import/ })
      .last()
      .click();
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
