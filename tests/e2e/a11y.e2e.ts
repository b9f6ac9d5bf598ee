// Accessibility in real Chromium with axe-core: every page a user meets first (the sidebar on a mail page,
// the popup, the base's list, a card, tasks, funnel, import, settings), in light and in dark, has no serious
// or critical WCAG 2.1 A/AA violation; and the text is the size the app sets, not Chromium's 75%.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { loadDemoBase, sidebarFrame, type Kartka } from './harness';
import { expectCard, withMailBrowser } from './mail-browser';

let kartka: Kartka;

withMailBrowser(async (browser) => {
  kartka = browser.kartka;
  await loadDemoBase(kartka);
});

const APP_PAGES: [string, string, (p: Page) => Promise<unknown>][] = [
  ['the base list', 'app.html#/clients', (p) => p.getByTestId('list-count').waitFor()],
  [
    'a card',
    'app.html#/people/demo-person-olena',
    (p) => p.getByRole('heading', { name: 'Олена Коваль' }).waitFor(),
  ],
  [
    'a company card',
    'app.html#/companies/demo-company-zoria',
    (p) =>
      p
        .getByRole('heading', { name: /Зоря Агро/u })
        .first()
        .waitFor(),
  ],
  ['possible duplicates', 'app.html#/duplicates', (p) => p.locator('main h1').waitFor()],
  ['tasks', 'app.html#/tasks', (p) => p.locator('main h1').waitFor()],
  ['the funnel', 'app.html#/funnel', (p) => p.locator('main h1').waitFor()],
  ['import', 'app.html#/import', (p) => p.locator('#import-files').waitFor({ state: 'attached' })],
  ['settings', 'app.html#/settings', (p) => p.locator('main h1').waitFor()],
  ['the popup', 'popup.html', (p) => p.locator('body *').first().waitFor()],
];

describe.each(['light', 'dark'] as const)('%s', (scheme) => {
  it.each(APP_PAGES)('%s has no serious or critical violation', async (_, path, ready) => {
    const page = await kartka.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${kartka.extensionId}/${path}`);
    await ready(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the sidebar on a mail page has no serious or critical violation', async () => {
    const page = await kartka.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`https://mail.google.com/mail/u/0/${scheme === 'dark' ? '?dark=1' : ''}#inbox`);
    await page.locator('tr.zA', { hasText: 'Замовлення насіння на весну' }).first().click();
    const frame = await sidebarFrame(page, kartka.extensionId);
    await expectCard(frame, 'Олена Коваль');
    expect(await seriousViolations(frame)).toEqual([]);
    await page.close();
  });
});

describe('text size', () => {
  it.each(['app.html#/clients', 'popup.html'])(
    '%s reads at the app’s size, not Chromium’s 75%%',
    async (path) => {
      const page = await kartka.extensionPage(path);
      await page.locator('body *').first().waitFor();
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
      await page.close();
    },
  );
});
