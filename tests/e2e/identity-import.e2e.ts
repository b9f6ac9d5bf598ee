// Issue 15's import cases in the real app page, with project files that reproduce the real-world ones
// (tests/files/contacts): a shared mobile never merges two people, the preview flags the pair, the
// possible duplicates page offers it, and "Undo this import" puts back the count and every card.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer, type FakeServer } from '../fakes/server';
import { launchKartka, loadDemoBase, type Kartka } from './harness';

interface PersonRow {
  id: string;
  displayName: string;
  emails: string[];
  phones: string[];
  mergedInto?: string;
  touchedAt?: number;
}

let server: FakeServer;
let kartka: Kartka;
let page: Page;

const FILES = join(import.meta.dirname, '../files/contacts');
const csv = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(FILES, name)) });

/** Every person as stored, without the write time, in a stable order: "the cards". */
async function cards(): Promise<string[]> {
  const people = await kartka.all<PersonRow>('people');
  return people.map(({ touchedAt: _t, ...p }) => JSON.stringify(p)).sort();
}
const named = async (name: string) =>
  (await kartka.all<PersonRow>('people')).filter((p) => p.displayName === name && !p.mergedInto);

beforeAll(async () => {
  server = await startFakeServer(mailRoutes());
  kartka = await launchKartka({ server });
  await loadDemoBase(kartka);
  page = await kartka.extensionPage('app.html#/import');
});

afterAll(async () => {
  await kartka?.close();
  await server?.close();
});

async function importFile(name: string, rows: number): Promise<void> {
  await page.locator('#import-files').setInputFiles(csv(name));
  const run = page.getByRole('button', { name: new RegExp(`^Import ${rows} contacts?$`, 'u') });
  await run.waitFor({ timeout: 15_000 });
  await run.click();
  await page.getByRole('region', { name: 'Import report' }).getByRole('status').waitFor({ timeout: 30_000 });
}

describe('importing contacts that share phones', () => {
  let before: string[];
  let beforeCount: number;

  it('flags Андрій Шевченко, who shares Тарас Шевченко’s mobile, and does not merge them', async () => {
    await importFile('google-shared-phone.csv', 3);
    before = await cards();
    beforeCount = await kartka.count('people');
    const [taras] = await named('Тарас Шевченко');

    await page.locator('#import-files').setInputFiles(csv('outlook-shared-phones.csv'));
    // The preview says who shares the phone and that the row is kept apart.
    const flagged = page.locator('details.file tr.has-possible');
    await expect.poll(() => flagged.count(), { timeout: 15_000 }).toBe(2);
    expect(await flagged.allTextContents()).toEqual([
      expect.stringMatching(
        /Андрій.*Тарас Шевченко\? Same number \+380501112233, different name — kept apart/u,
      ),
      expect.stringMatching(/Мария.*Иван Петрович Сидоров\? Same number \+79161234567, different name/u),
    ]);
    await page.getByRole('button', { name: /^Import 5 contacts$/u }).click();
    const report = page.getByRole('region', { name: 'Import report' });
    await expect
      .poll(() => report.textContent(), { timeout: 30_000 })
      .toMatch(/2 rows share a phone with someone of another name/u);

    // Андрій, Мария, the two colleagues sharing a switchboard, and the row with a broken email (kept, reported).
    expect(await kartka.count('people')).toBe(beforeCount + 5);
    expect(await named('Тарас Шевченко')).toEqual([taras]);
    const [andrii] = await named('Андрій Шевченко');
    expect(andrii?.emails).toEqual(['a.shevchenko@agro-lviv.com.ua']);
    expect((await named('Мария Иванова'))[0]?.emails).toEqual(['maria@example.ru']);
    expect((await named('Иван Петрович Сидоров'))[0]?.emails).toEqual([
      'ivan@vector.ru',
      'i.sidorov@vector.ru',
    ]);
  });

  it('finds Мария Иванова, not Сидоров, when searching for "Иванова"', async () => {
    const list = await kartka.extensionPage('app.html#/clients');
    await list.getByRole('searchbox', { name: /Search the base/u }).fill('Иванова');
    const rows = list.getByTestId('client-list').getByRole('row');
    await expect
      .poll(() => rows.allTextContents(), { timeout: 15_000 })
      .toEqual([expect.stringContaining('Мария Иванова')]);
    await list.close();
  });

  it('offers both pairs as possible duplicates', async () => {
    await page.getByRole('link', { name: 'Review possible duplicates' }).click();
    const pairs = page.locator('li.duplicate-pair');
    await expect.poll(() => pairs.count(), { timeout: 15_000 }).toBe(2);
    expect(await pairs.allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /Same phone \+380501112233\. The names differ\..*Андрій Шевченко.*Тарас Шевченко|Тарас Шевченко.*Андрій Шевченко/u,
        ),
      ]),
    );
    await expect
      .poll(() =>
        page
          .getByRole('navigation')
          .getByRole('link', { name: /Duplicates 2/u })
          .count(),
      )
      .toBe(1);
  });

  it('undoes the import: the count and every card are as they were', async () => {
    await page.goto(page.url().replace(/#.*$/u, '#/import'));
    await page.getByRole('button', { name: 'Undo this import' }).click();
    await expect
      .poll(
        () =>
          page
            .getByRole('status')
            .filter({ hasText: /Import undone/u })
            .textContent(),
        { timeout: 15_000 },
      )
      .toMatch(/Import undone: 9 records removed/u); // 5 people and their 4 new companies
    expect(await kartka.count('people')).toBe(beforeCount);
    expect(await cards()).toEqual(before);
    expect(await kartka.count('possibleDuplicates')).toBe(0);
  });
});
