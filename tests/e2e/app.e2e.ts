// The full-page app end to end, on the demo base in real Chromium: filter the list, open a card, edit a field
// (an invalid value refused with its reason), add a task whose reminder fires as a notification (seen from the
// service worker), and see a stage change in the funnel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer, type FakeServer } from '../fakes/server';
import { launchKartka, loadDemoBase, type Kartka } from './harness';

interface Row {
  id: string;
  displayName?: string;
  emails?: string[];
  position?: string;
  tags?: string[];
  stage?: { stage: string; setBy: string };
  title?: string;
  notifiedAt?: number;
}

let server: FakeServer;
let kartka: Kartka;
let page: Page;

const OLENA = 'demo-person-olena';

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

const person = async (id: string) => (await kartka.all<Row>('people')).find((p) => p.id === id);
const count = () => page.getByTestId('list-count').textContent();
/** Notifications currently shown by the extension, as the service worker sees them. */
const notifications = () =>
  kartka.worker.evaluate(
    () =>
      new Promise<string[]>((done) => {
        const api = (
          globalThis as unknown as {
            chrome: { notifications: { getAll: (cb: (n: object) => void) => void } };
          }
        ).chrome;
        api.notifications.getAll((all) => done(Object.keys(all)));
      }),
  );

describe('the client list', () => {
  it('lists the seeded base and narrows it by stage, search and tag', async () => {
    await expect.poll(count, { timeout: 15_000 }).toBe('30 of 30 clients');
    const stageMenu = page.locator('summary', { hasText: /^Stage/ });
    await stageMenu.click();
    await page
      .getByRole('group', { name: 'Stage' })
      .getByRole('checkbox', { name: 'Regular (3+ orders)' })
      .check();
    await expect.poll(count).toBe('4 of 30 clients');
    const rows = page.getByTestId('client-list').getByRole('row');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Олена Коваль')]),
    );
    await stageMenu.click();
    await page.getByRole('button', { name: /Clear 1 filter/ }).click();
    await expect.poll(count).toBe('30 of 30 clients');

    // The base's search: a Latin transliteration finds the Cyrillic name.
    await page.getByRole('searchbox', { name: /Search the base/ }).fill('olena koval');
    await expect.poll(count).toBe('1 of 30 clients');
    await page.getByRole('searchbox', { name: /Search the base/ }).fill('');
    await expect.poll(count).toBe('30 of 30 clients');
  });

  it('tags a selection in bulk and filters by the new tag', async () => {
    await page.getByRole('checkbox', { name: 'Select Олена Коваль' }).check();
    await page.getByRole('combobox', { name: 'Tag' }).fill('весна-2026');
    await page.getByRole('button', { name: 'Apply to 1 client' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Done' }).textContent())
      .toContain('1 client changed');
    await expect.poll(async () => (await person(OLENA))?.tags).toContain('весна-2026');
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await page.locator('summary', { hasText: /^Tag/ }).click();
    await page.getByRole('group', { name: 'Tag' }).getByRole('checkbox', { name: 'весна-2026' }).check();
    await expect.poll(count).toBe('1 of 30 clients');
    await page.locator('summary', { hasText: /^Tag/ }).click(); // closes the menu, which lies over the bar
    await page.getByRole('button', { name: /Clear 1 filter/ }).click();
    await expect.poll(count).toBe('30 of 30 clients');
  });
});

describe('the client card', () => {
  it('opens from the list with the keyboard', async () => {
    await page.getByRole('searchbox', { name: /Search the base/ }).fill('Коваль Олена');
    await expect.poll(count).toBe('1 of 30 clients');
    await page.getByTestId('client-list').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/people/${OLENA}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Олена Коваль');
  });

  it('refuses an invalid email with the reason, and saves a valid edit', async () => {
    const card = page.getByTestId('person-card');
    await card.getByRole('textbox', { name: 'Add an email address' }).fill('ivan@');
    await card.getByRole('textbox', { name: 'Add an email address' }).press('Enter');
    await expect
      .poll(() => card.getByRole('alert').textContent())
      .toContain('"ivan@" is not an email address');
    expect((await person(OLENA))?.emails).toEqual(['olena.koval@zoria-agro.com.ua']);

    await card.getByRole('button', { name: /^Position/ }).click();
    await card.getByRole('textbox', { name: 'Position' }).fill('Комерційна директорка');
    await card.getByRole('textbox', { name: 'Position' }).press('Enter');
    await expect.poll(async () => (await person(OLENA))?.position).toBe('Комерційна директорка');
    await expect
      .poll(() => card.getByRole('button', { name: /^Position/ }).textContent())
      .toBe('Комерційна директорка');
  });

  it('adds a task whose reminder fires as a browser notification', async () => {
    const title = 'Передзвонити щодо договору';
    const card = page.getByTestId('person-card');
    await card.getByRole('textbox', { name: 'What to do' }).fill(title);
    // Due this very minute, so the reminder is due at once; typed as an English reader writes dates (M/D/Y).
    const d = new Date();
    const p = (n: number) => String(n).padStart(2, '0');
    await card.getByLabel('When').fill(`${p(d.getMonth() + 1)}/${p(d.getDate())}/${d.getFullYear()}`);
    await card.getByLabel('Time').fill(`${p(d.getHours())}:${p(d.getMinutes())}`);
    await card.getByRole('button', { name: 'Add task' }).click();
    await expect.poll(() => card.getByTestId('task').filter({ hasText: title }).count()).toBe(1);

    const task = async () => (await kartka.all<Row>('tasks')).find((x) => x.title === title);
    await expect.poll(async () => (await task())?.notifiedAt, { timeout: 30_000 }).toBeGreaterThan(0);
    const id = (await task())?.id;
    await expect.poll(notifications, { timeout: 10_000 }).toContain(`kartka:task:${id}`);
  });

  it('shows a stage change in the funnel', async () => {
    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/funnel`);
    await page.getByRole('radio', { name: 'Tables' }).check();
    const vip = () => page.getByTestId('funnel-count-vip').textContent();
    await expect.poll(vip, { timeout: 15_000 }).toBe('4');

    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/people/${OLENA}`);
    await page.getByRole('button', { name: 'Change stage' }).click();
    await page.getByRole('combobox', { name: 'Stage' }).selectOption('vip');
    await page.getByRole('textbox', { name: 'Why (shown on the card)' }).fill('Top-5 by revenue this year');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('card-stage').textContent()).toBe('VIP');
    await expect
      .poll(async () => (await person(OLENA))?.stage)
      .toMatchObject({ stage: 'vip', setBy: 'hand' });

    await page.getByRole('link', { name: 'Funnel' }).click();
    await page.getByRole('radio', { name: 'Tables' }).check();
    await expect.poll(vip, { timeout: 15_000 }).toBe('5');
    await expect.poll(() => page.getByTestId('funnel-count-regular').textContent()).toBe('3');
  });

  it('deletes a client and undoes it', async () => {
    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/people/${OLENA}`);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/clients');
    // The list keeps its search ("Коваль Олена") while the app is open: nobody matches now.
    await expect.poll(count, { timeout: 15_000 }).toBe('0 of 29 clients');
    expect(await person(OLENA)).toBeUndefined();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await person(OLENA))?.displayName).toBe('Олена Коваль');
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/people/${OLENA}`);
  });
});

describe('tasks, segments and settings', () => {
  it('shows today, overdue and upcoming tasks', async () => {
    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/tasks`);
    await page.getByRole('tab', { name: /^Overdue/ }).click();
    await expect.poll(() => page.getByRole('tabpanel').textContent()).toContain('Follow up after the fair');
    await page.getByRole('tab', { name: /^Upcoming/ }).click();
    await expect
      .poll(() => page.getByRole('tabpanel').textContent())
      .toContain('Надіслати комерційну пропозицію');
  });

  it('saves a segment and applies it again', async () => {
    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/clients`);
    await page.getByRole('searchbox', { name: /Search the base/ }).fill('');
    await expect.poll(count).toBe('30 of 30 clients');
    await page.locator('summary', { hasText: /^Manager/ }).click();
    await page
      .getByRole('group', { name: 'Manager' })
      .getByRole('checkbox', { name: 'Оксана Демченко' })
      .check();
    await expect.poll(count).not.toBe('30 of 30 clients');
    const oksana = await count();
    expect(oksana).toMatch(/^\d+ of 30 clients$/u);
    await page.getByRole('textbox', { name: 'Name for this segment' }).fill('Клієнти Оксани');
    await page.getByRole('button', { name: 'Save segment' }).click();
    await page.getByRole('button', { name: /Clear 1 filter/ }).click();
    await expect.poll(count).toBe('30 of 30 clients');
    await page.getByRole('combobox', { name: 'Saved segment' }).selectOption({ label: 'Клієнти Оксани' });
    await expect.poll(count).toBe(oksana);
  });

  it('switches the language, with Ukrainian plurals and numbers', async () => {
    await page.goto(`chrome-extension://${kartka.extensionId}/app.html#/settings`);
    await page.getByRole('textbox', { name: 'Add an address, e.g. me@company.ua' }).fill('oksana@');
    await page.getByRole('textbox', { name: 'Add an address, e.g. me@company.ua' }).press('Enter');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('"oksana@" is not an email address');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('uk');
    await expect.poll(() => page.getByRole('navigation').textContent()).toContain('Клієнти');
    await page.getByRole('link', { name: 'Клієнти' }).click();
    await page
      .getByRole('combobox', { name: 'Збережений сегмент' })
      .selectOption({ label: 'Клієнти Оксани' });
    await page.getByRole('button', { name: /^Скинути 1 фільтр$/ }).click();
    await expect.poll(count).toBe('30 з 30 клієнтів');
  });
});
