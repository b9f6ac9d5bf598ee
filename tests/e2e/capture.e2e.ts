// Capture end to end: the popup's search and quick add, and "Save to client base" through the service
// worker (native menus cannot be clicked headless; `capture.fromText` runs the menu's own code path).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Person } from '../../core/model';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer, type FakeServer } from '../fakes/server';
import { IRYNA_SIGNATURE, OLENA_SIGNATURE } from '../unit/capture/signatures';
import { launchKartka, loadDemoBase, sidebarFrame, type Kartka } from './harness';

const GMAIL = 'https://mail.google.com/mail/u/0/';
let server: FakeServer;
let kartka: Kartka;

beforeAll(async () => {
  server = await startFakeServer(mailRoutes());
  kartka = await launchKartka({ server });
  expect(await loadDemoBase(kartka)).toMatch(/30/);
});

afterAll(async () => {
  await kartka?.close();
  await server?.close();
});

/** The few extension APIs the test calls inside the browser. */
interface ExtensionGlobal {
  chrome: {
    runtime: { sendMessage: (message: unknown) => Promise<unknown> };
    tabs: { query: (query: { url: string }) => Promise<{ id?: number }[]> };
  };
}

const people = () => kartka.all<Person>('people');
const personWith = async (email: string) =>
  (await people()).filter((p) => p.emails.includes(email) && !p.mergedInto);

/** Sends text the way the menu handler gets a selection, and returns the capture window it opens. */
async function capture(text: string, target: 'new' | 'existing' = 'new') {
  const sender = await kartka.extensionPage('popup.html');
  const opened = kartka.context.waitForEvent('page', (p) => p.url().includes('/capture.html#'));
  const reply = await sender.evaluate(
    ([payload]) =>
      (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({
        kartka: 1,
        type: 'capture.fromText',
        payload,
      }),
    [{ text, target }] as const,
  );
  expect(reply).toMatchObject({ ok: true });
  const page = await opened;
  await sender.close();
  await page.waitForLoadState();
  return page;
}

const value = (page: Page, testId: string) => page.getByTestId(testId).inputValue();

describe('popup', () => {
  it('finds a seeded client by a transliterated query and opens the card with Enter', async () => {
    const popup = await kartka.extensionPage('popup.html');
    const search = popup.getByRole('combobox');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill('olena koval');
    const first = popup.getByRole('option').first();
    await expect.poll(() => first.textContent(), { timeout: 10_000 }).toContain('Олена Коваль');
    expect(await first.textContent()).toMatch(/Regular.*Зоря Агро · last contact/);
    const card = kartka.context.waitForEvent('page');
    await search.press('Enter');
    const [olena] = await personWith('olena.koval@zoria-agro.com.ua');
    expect((await card).url()).toMatch(new RegExp(`/app\\.html#/people/${olena?.id}$`));
    await popup.close();
  });

  it('quick-adds the correspondent of an open demo thread with one keystroke after the last field', async () => {
    const mail = await kartka.context.newPage();
    await mail.goto(`${GMAIL}#inbox`);
    await mail.locator('tr.zA', { hasText: 'Запит на прайс-лист' }).click();
    const frame = await sidebarFrame(mail, kartka.extensionId);
    await expect
      .poll(() => frame.locator('body').textContent(), { timeout: 15_000 })
      .toContain('New correspondent');
    const tabId = await kartka.worker.evaluate(
      async () =>
        (
          await (globalThis as unknown as ExtensionGlobal).chrome.tabs.query({
            url: 'https://mail.google.com/*',
          })
        )[0]?.id,
    );

    const popup = await kartka.extensionPage(`popup.html?view=add&tab=${tabId}`);
    await expect
      .poll(() => value(popup, 'emails.0'), { timeout: 10_000 })
      .toBe('petro.hnatiuk@agrosvit.com.ua');
    expect(await value(popup, 'name')).toBe('Петро Гнатюк');
    expect(await popup.locator('.prefill-note').textContent()).toBe('Filled in from the open thread');
    await popup.getByTestId('company').fill('Агросвіт');
    await popup.getByTestId('manager').fill('Оксана Демченко');
    await popup.getByTestId('note').fill('Цікавиться добривами, Волинь');
    await popup.getByTestId('note').press('Enter');
    await expect.poll(() => popup.getByTestId('capture-done').textContent()).toContain('Saved: Петро Гнатюк');
    const [petro] = await personWith('petro.hnatiuk@agrosvit.com.ua');
    expect(petro).toMatchObject({
      displayName: 'Петро Гнатюк',
      manager: 'Оксана Демченко',
      notes: 'Цікавиться добривами, Волинь',
      source: 'capture',
    });
    await popup.close();
    await mail.close();
  });
});

describe('popup prefill from the page', () => {
  it('reads a signature selected on the active tab (scripting on a host the user is on)', async () => {
    const mail = await kartka.context.newPage();
    await mail.goto(`${GMAIL}#inbox`);
    await mail.evaluate((signature) => {
      const block = document.createElement('pre');
      block.id = 'selected-signature';
      block.textContent = signature;
      document.body.append(block);
      const range = document.createRange();
      range.selectNodeContents(block);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }, IRYNA_SIGNATURE);
    const tabId = await kartka.worker.evaluate(
      async () =>
        (
          await (globalThis as unknown as ExtensionGlobal).chrome.tabs.query({
            url: 'https://mail.google.com/*',
          })
        )[0]?.id,
    );
    const popup = await kartka.extensionPage(`popup.html?view=add&tab=${tabId}`);
    await expect.poll(() => value(popup, 'name'), { timeout: 10_000 }).toBe('Ірина Савченко');
    expect(await popup.locator('.prefill-note').textContent()).toBe(
      'Filled in from the selection on this page',
    );
    expect(await value(popup, 'company')).toBe('Світанок Трейд');
    expect(await value(popup, 'phones.1')).toBe('044 123 45 6');
    await popup.close();
    await mail.close();
  });
});

describe('"Save to client base"', () => {
  it('opens a signature block as a correct draft, the invalid phone shown with its reason, and saves it', async () => {
    const page = await capture(IRYNA_SIGNATURE);
    await expect.poll(() => value(page, 'name')).toBe('Ірина Савченко');
    expect(await value(page, 'position')).toBe('Головна бухгалтерка');
    expect(await value(page, 'company')).toBe('Світанок Трейд');
    expect(await value(page, 'legalForm')).toBe('ТОВ');
    expect(await value(page, 'emails.0')).toBe('iryna.savchenko@svitanok-trade.com.ua');
    expect(await value(page, 'phones.0')).toBe('+380503112233');
    expect(await value(page, 'phones.1')).toBe('044 123 45 6');
    expect(await page.getByTestId('phones.1').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field-problem').first().textContent()).toMatch(
      /"044 123 45 6" is not a valid phone number/,
    );
    expect(await value(page, 'registrationIds.0')).toBe('32855961');

    await page.getByTestId('name').press('Enter');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/Fix 1 field/);
    expect(await personWith('iryna.savchenko@svitanok-trade.com.ua')).toEqual([]);
    await page.getByRole('button', { name: 'Remove 044 123 45 6' }).click();
    await page.getByTestId('name').press('Enter');
    await expect
      .poll(() => page.getByTestId('capture-done').textContent())
      .toContain('Saved: Ірина Савченко');
    const [iryna] = await personWith('iryna.savchenko@svitanok-trade.com.ua');
    expect(iryna).toMatchObject({ phones: ['+380503112233'], position: 'Головна бухгалтерка' });
    expect(iryna?.companies).toHaveLength(1);
    await page.close();
  });

  it('offers the client already in the base instead of a second person', async () => {
    const before = (await people()).length;
    const page = await capture(OLENA_SIGNATURE);
    const offers = page.getByTestId('duplicates');
    await expect.poll(() => offers.textContent()).toContain('Олена Коваль already exists');
    expect(await offers.textContent()).toContain('email olena.koval@zoria-agro.com.ua');
    await page.getByTestId('name').press('Enter');
    await expect
      .poll(() => page.getByTestId('save-status').textContent())
      .toContain('already belongs to Олена Коваль');
    const add = page.getByTestId('append-offer');
    expect(await add.textContent()).toBe('Add +380675551234 to Олена Коваль');
    await expect.poll(() => add.evaluate((el) => el === document.activeElement)).toBe(true);
    await add.press('Enter');
    await expect
      .poll(() => page.getByTestId('capture-done').textContent())
      .toContain('Added to Олена Коваль');
    expect((await people()).length).toBe(before);
    const [olena] = await personWith('olena.koval@zoria-agro.com.ua');
    expect(olena?.phones).toEqual(['+380671234567', '+380675551234']);
    await page.close();
  });

  it('says so when the selection has no contact data', async () => {
    const page = await capture('Дякуємо, гарного дня!');
    await expect
      .poll(() => page.getByTestId('draft-notes').textContent())
      .toContain('No contact data in the selection');
    await page.close();
  });

  it('"Add to existing client…" appends the parsed data to the client the user picks', async () => {
    const page = await capture('Андрій, мій робочий: andrii.melnyk@dnipro-logistic.ua', 'existing');
    await page.getByRole('combobox').fill('Melnyk');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Андрій Мельник');
    await page.getByRole('combobox').press('Enter');
    await expect
      .poll(() => page.getByTestId('picked-client').textContent())
      .toContain('Adding to Андрій Мельник');
    await page.getByTestId('emails.0').press('Enter');
    await expect
      .poll(() => page.getByTestId('capture-done').textContent())
      .toContain('Added to Андрій Мельник');
    const [andrii] = await personWith('a.melnyk@dnipro-logistic.ua');
    expect(andrii?.emails).toEqual(['a.melnyk@dnipro-logistic.ua', 'andrii.melnyk@dnipro-logistic.ua']);
    await page.close();
  });

  it('takes a 1 MB selection and opens its draft', async () => {
    const big = `${IRYNA_SIGNATURE}\n${'Текст листа без контактів, рядок за рядком.\n'.repeat(25_000)}`;
    const page = await capture(big);
    await expect.poll(() => value(page, 'emails.0')).toBe('iryna.savchenko@svitanok-trade.com.ua');
    await page.close();
  });
});
