// A user's first hour on the base page, in real Chromium: the empty base's three ways in, "New client" (quick add's
// form, the one default stage), the demo loaded and then removed on its own (a count, a confirmation, undo), whole
// stage names in the list, and focus back on the list row after a card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer, type FakeServer } from '../fakes/server';
import { seriousViolations } from './axe';
import { launchKartka, type Kartka } from './harness';

interface Row {
  id: string;
  displayName?: string;
  stage?: { stage: string; setBy: string };
}

let server: FakeServer;
let kartka: Kartka;
let page: Page;

beforeAll(async () => {
  server = await startFakeServer(mailRoutes());
  kartka = await launchKartka({ server });
  page = await kartka.extensionPage('app.html#/clients');
});

afterAll(async () => {
  await kartka?.close();
  await server?.close();
});

const count = () => page.getByTestId('list-count').textContent();
const dialog = () => page.getByRole('dialog', { name: 'New client' });

describe('the base page for a new user', () => {
  it('shows an empty base as three buttons: import a file, add a client, load the demo', async () => {
    const empty = page.getByTestId('empty-base');
    await empty.waitFor({ timeout: 15_000 });
    for (const name of ['Import a file', 'Add a client', 'Load the demo'])
      expect(await empty.getByRole('button', { name }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await empty.getByRole('button', { name: 'Import a file' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/import');
    await page.goBack();
    await empty.getByRole('button', { name: 'Load the demo' }).click();
    await expect.poll(count, { timeout: 15_000 }).toBe('30 of 30 clients');
  });

  it('"New client" opens quick add’s form, starting at the one default stage', async () => {
    const button = page.getByRole('button', { name: 'New client' });
    await button.click();
    await dialog().waitFor();
    const stage = dialog().getByTestId('stage');
    expect(await stage.inputValue()).toBe('');
    expect(await stage.locator('option:checked').textContent()).toBe('Potential (default)');
    expect(await seriousViolations(page)).toEqual([]);
    // Escape closes it, and focus goes back to the button that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New client');

    await button.click();
    await dialog().getByTestId('name').fill('Ірина Гончар');
    await dialog().getByTestId('emails.0').fill('iryna@own.ua');
    await dialog().getByTestId('name').press('Enter');
    await dialog().getByRole('button', { name: 'Close' }).click();
    await expect.poll(count).toBe('31 of 31 clients');
    const people = await kartka.all<Row>('people');
    expect(people.find((p) => p.displayName === 'Ірина Гончар')?.stage).toMatchObject({
      stage: 'potential',
      setBy: 'rule',
    });
  });

  it('removes only the demo data, naming the count first, with undo', async () => {
    const companies = (await kartka.all<Row>('companies')).filter((c) => c.id.startsWith('demo-')).length;
    const demo = 30 + companies;
    const notice = page.getByTestId('demo-notice');
    await expect
      .poll(() => notice.textContent())
      .toContain(`The base holds demo data: ${demo} demo clients.`);
    await notice.getByRole('button', { name: 'Remove the demo data' }).click();
    expect(await notice.textContent()).toContain(
      `Remove ${demo} demo clients (30 people, ${companies} companies) with their history, deals and tasks?`,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await notice.getByRole('button', { name: `Remove ${demo} demo clients` }).click();
    await expect.poll(count).toBe('1 of 1 client');
    expect((await kartka.all<Row>('people')).map((p) => p.displayName)).toEqual(['Ірина Гончар']);
    expect(await kartka.count('companies')).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(count).toBe('31 of 31 clients');
    expect(await kartka.count('companies')).toBe(companies);
  });

  it('shows whole stage names in the stage column', async () => {
    const chips = page.getByTestId('client-list').locator('.col-stage .stage-chip');
    await expect.poll(() => chips.count()).toBeGreaterThan(5);
    // Neither the chip nor its cell is cut (scrollWidth beyond the box means an ellipsis hides the rest).
    const cut = await chips.evaluateAll((all) =>
      all
        .filter((c) => {
          const cell = c.parentElement ?? c;
          return c.scrollWidth > c.clientWidth + 0.5 || cell.scrollWidth > cell.clientWidth + 0.5;
        })
        .map((c) => c.textContent),
    );
    expect(cut).toEqual([]);
    expect(await chips.allTextContents()).toEqual(expect.arrayContaining(['Lost (not revivable)']));
  });

  it('returns focus to the list row after opening its card and going back', async () => {
    const grid = page.getByTestId('client-list');
    await grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const id = await grid.getAttribute('aria-activedescendant');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/(people|companies)\//u);
    await page.goBack();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('client-list');
    expect(await grid.getAttribute('aria-activedescendant')).toBe(id);
  });
});
