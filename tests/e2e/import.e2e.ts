// Import and export in the real app page: a CSV with a broken row through the file input, the per-row
// report, dedupe against the demo base, and a full backup offered as a download.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer, type FakeServer } from '../fakes/server';
import { launchKartka, loadDemoBase, type Kartka } from './harness';

let server: FakeServer;
let kartka: Kartka;
let page: Page;

const CSV = [
  'Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name,Organization 1 - Title',
  'Олена Коваль,olena.koval@zoria-agro.com.ua,+380 67 000 11 22,Зоря Агро,Головна агрономка',
  'Марко Гнатюк,marko@hnatiuk.com.ua,+380 67 555 44 33,Гнатюк і син,Власник',
  ',ivan@,,,',
  'Софія Литвин,sofiia@lytvyn.ua,050 123 45 67,,',
].join('\r\n');

beforeAll(async () => {
  server = await startFakeServer(mailRoutes());
  kartka = await launchKartka({ server });
  await loadDemoBase(kartka);
  page = await kartka.extensionPage('app.html#/import');
});

/** Switches the app's language in the settings page and waits until that page speaks it, so the choice is stored. */
async function speak(locale: 'en' | 'uk'): Promise<void> {
  const settings = await kartka.extensionPage('app.html#/settings');
  await settings.getByRole('combobox', { name: /^(Language|Мова)$/u }).selectOption(locale);
  const label = locale === 'uk' ? 'Мова' : 'Language';
  await expect.poll(() => settings.getByRole('combobox', { name: label, exact: true }).count()).toBe(1);
  await settings.close();
}

afterAll(async () => {
  await kartka?.close();
  await server?.close();
});

describe('import/export page', () => {
  it('imports a CSV with a bad row and reports that row by line and reason', async () => {
    const people = await kartka.count('people');
    await page
      .locator('#import-files')
      .setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await expect
      .poll(() => page.getByRole('heading', { name: /3 contacts ready to import/ }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    // The demo base already has Олена Коваль: the preview says so, and the default keeps her data.
    await expect.poll(() => page.locator('tr.has-match').first().textContent()).toContain('Олена Коваль');
    await page.getByRole('button', { name: /Import 3 contacts/ }).click();

    const report = page.getByRole('region', { name: 'Import report' });
    await expect
      .poll(() => report.getByRole('status').textContent(), { timeout: 30_000 })
      .toBe('1 row was not imported (see below); the other 3 were imported.');
    await expect
      .poll(() => report.locator('ol.problems').textContent())
      .toMatch(/clients\.csv, row 4: 'ivan@' is not an email address.*not imported/u);
    expect(await report.textContent()).toMatch(/2 new.*1 merged/u);
    expect(await kartka.count('people')).toBe(people + 2);
    const olena = (
      await kartka.all<{ displayName: string; emails: string[]; position?: string }>('people')
    ).find((p) => p.emails.includes('olena.koval@zoria-agro.com.ua'));
    expect(olena?.displayName).toBe('Олена Коваль');
  });

  it('exports the whole base as a JSON backup download', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kartka-backup-\d{4}-\d\d-\d\d\.json$/u);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      format: string;
      schemaVersion: number;
      tables: Record<string, unknown[]>;
    };
    expect(backup.format).toBe('kartka-backup');
    expect(backup.tables.people).toHaveLength(await kartka.count('people'));
    expect(backup.tables.interactions).toHaveLength(await kartka.count('interactions'));
  });

  it('reports the broken row in Ukrainian when the app speaks Ukrainian', async () => {
    await speak('uk');
    await page.reload();
    // The language is read from storage as the page starts: wait for it before choosing the file.
    await expect.poll(() => page.getByRole('button', { name: 'Завантажити CSV' }).count()).toBe(1);
    await page
      .locator('#import-files')
      .setInputFiles({ name: 'клієнти.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await page.getByRole('button', { name: /^Імпортувати 3 контакти$/u }).click();
    const report = page.getByRole('region', { name: 'Звіт про імпорт' });
    await expect
      .poll(() => report.locator('ol.problems').textContent(), { timeout: 30_000 })
      .toMatch(
        /клієнти\.csv, рядок 4: «ivan@» — не адреса електронної пошти \(після @ немає домену\).*не імпортовано/u,
      );
    await speak('en');
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Download CSV' }).count()).toBe(1);
  });

  it('exports the people as a CSV for Excel (BOM, chosen columns)', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\ufeffName,E-mail,Phone,Company,Job Title,City,Labels\r\n')).toBe(true);
    expect(text).toContain('Марко Гнатюк,marko@hnatiuk.com.ua,+380675554433,Гнатюк і син,Власник');
  });
});
