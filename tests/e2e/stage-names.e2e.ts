// Ukrainian and Russian screens name the built-in stages in their own language: the list (column, filter,
// bulk actions), a card, quick add, the funnel, settings and the sidebar carry none of the English labels the
// pipeline stores; a stage the user renamed keeps their name.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { defaultPipeline } from '../../core/lifecycle';
import { loadDemoBase, sidebarFrame, type Kartka } from './harness';
import { withMailBrowser } from './mail-browser';

let kartka: Kartka;

// "VIP" is the same word in every language.
const ENGLISH = defaultPipeline()
  .map((s) => s.label)
  .filter((l) => l !== 'VIP');

withMailBrowser(async (browser) => {
  kartka = browser.kartka;
  await loadDemoBase(kartka);
});

/** Everything a reader can see or pick on the page: text, option labels and the values of fields. */
const visibleWords = (target: Page | Frame) =>
  target.evaluate(() =>
    [
      document.body.textContent ?? '',
      ...[...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value),
    ].join('\n'),
  );
const english = (text: string) => ENGLISH.filter((label) => text.includes(label));

async function speak(locale: 'uk' | 'ru' | 'en'): Promise<void> {
  const settings = await kartka.extensionPage('app.html#/settings');
  await settings.getByRole('combobox', { name: /^(Language|Мова|Язык)$/u }).selectOption(locale);
  // The page relabels itself once the choice is stored: then it is safe to close.
  const label = { uk: 'Мова', ru: 'Язык', en: 'Language' }[locale];
  await settings.getByRole('combobox', { name: label, exact: true }).waitFor({ timeout: 15_000 });
  await settings.close();
}

describe.each([
  ['uk', 'Постійний (3+ замовлення)', 'Потенційний'],
  ['ru', 'Постоянный (3+ заказа)', 'Потенциальный'],
] as const)('in %s', (locale, regular, potential) => {
  beforeAll(() => speak(locale));

  it.each([
    ['the list', 'app.html#/clients'],
    ['a card', 'app.html#/people/demo-person-olena'],
    ['the funnel', 'app.html#/funnel'],
    ['settings', 'app.html#/settings'],
    ['quick add', 'popup.html'],
  ])('%s shows no English stage name', async (_, path) => {
    const page = await kartka.extensionPage(path);
    await expect
      .poll(() => visibleWords(page), { timeout: 15_000 })
      .toContain(path === 'popup.html' ? '' : regular);
    if (path.includes('clients')) {
      await page.locator('.row:not(.head) input[type=checkbox]').first().check(); // the bulk bar's stage list
      await expect.poll(() => visibleWords(page)).toContain(potential);
    }
    if (path === 'popup.html') {
      const add = page.getByRole('button', {
        name: locale === 'uk' ? /Додати клієнта/u : /Добавить клиента/u,
      });
      // The popup renders after it has read the base: wait for the button (or the form already open) before
      // deciding whether to click (a check made too early found no button, clicked nothing and timed out).
      await expect
        .poll(async () => (await add.count()) > 0 || (await visibleWords(page)).includes(potential), {
          timeout: 15_000,
        })
        .toBe(true);
      if ((await add.count()) > 0) await add.first().click();
      await expect.poll(() => visibleWords(page)).toContain(potential);
    }
    expect(english(await visibleWords(page))).toEqual([]);
    await page.close();
  });

  it('the sidebar shows no English stage name', async () => {
    const page = await kartka.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.locator('tr.zA', { hasText: 'Замовлення насіння на весну' }).first().click();
    const frame = await sidebarFrame(page, kartka.extensionId);
    await expect.poll(() => visibleWords(frame), { timeout: 15_000 }).toContain(regular);
    await frame.getByRole('button', { name: locale === 'uk' ? 'Етап' : 'Этап' }).click();
    expect(english(await visibleWords(frame))).toEqual([]);
    await page.close();
  });
});

describe('a renamed stage', () => {
  it('keeps the user’s name in every language', async () => {
    await speak('uk');
    const settings = await kartka.extensionPage('app.html#/settings');
    const field = settings.getByRole('textbox', {
      name: 'Назва етапу «Постійний (3+ замовлення)»',
      exact: true,
    });
    await field.fill('Наші постійні');
    await field.press('Tab');
    await expect
      .poll(
        async () =>
          (await kartka.all<{ key: string; value: { pipeline?: { id: string; label: string }[] } }>('meta'))
            .find((m) => m.key === 'settings')
            ?.value.pipeline?.find((s) => s.id === 'regular')?.label,
      )
      .toBe('Наші постійні');
    await settings.close();
    await speak('en');
    const list = await kartka.extensionPage('app.html#/clients');
    await expect.poll(() => visibleWords(list), { timeout: 15_000 }).toContain('Наші постійні');
    expect(await visibleWords(list)).toContain('Potential');
    await list.close();
  });
});
