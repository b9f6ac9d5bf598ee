import { afterAll, beforeAll, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer, type FakeServer } from '../fakes/server';
import { launchKartka, loadDemoBase, sidebarFrame, type Kartka } from './harness';
let server: FakeServer; let kartka: Kartka; let page: Page;
beforeAll(async () => { server = await startFakeServer(mailRoutes()); kartka = await launchKartka({ server }); page = await kartka.context.newPage(); });
afterAll(async () => { await kartka?.close(); await server?.close(); });
it('debug', async () => {
  await loadDemoBase(kartka);
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  await page.locator('tr.zA', { hasText: 'Замовлення насіння' }).click();
  const frame = await sidebarFrame(page, kartka.extensionId);
  await page.waitForTimeout(2000);
  console.log(await frame.evaluate(() => ['.fact-value', '.card-company', '.last-contact', '.row-title', '.event-title', '.stage-reason', 'h1'].map((s) => { const el = document.querySelector(s); const cs = el ? getComputedStyle(el) : null; return `${s}: ${cs?.fontSize} ${cs?.fontFamily}`; }).join('\n')));
});
