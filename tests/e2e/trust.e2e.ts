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
