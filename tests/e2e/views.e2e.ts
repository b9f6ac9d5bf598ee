// Navigation on both mail sites, at their real host names: the card follows the open thread, reopening a
// thread logs nothing new, and a layout the adapter cannot read shows the notice instead. (Every layout
// variant of both sites: families.e2e.ts.)
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { demoMailbox } from '../../core/demo/threads';
import { loadDemoBase, sidebarFrame, type Kartka } from './harness';
import { cardName, expectCard, expectUnreadableNotice, OUTLOOK_HOSTS, withMailBrowser } from './mail-browser';

const OLENA = { subject: 'Замовлення насіння на весну', name: 'Олена Коваль' };
const ANDRII = { subject: 'Договір перевезення на 2027 рік', name: 'Андрій Мельник' };
/** Demo threads no test here opens readable: the base knows nothing of them. */
const UNOPENED = ['Сервіс кавомашин', 'Запит на прайс-лист', 'Angebot: Ersatzteile für Förderanlagen'];

let kartka: Kartka;
let page: Page;

withMailBrowser(async (browser) => {
  ({ kartka, page } = browser);
  expect(await loadDemoBase(kartka)).toMatch(/30/);
});

/** Opens a list row by its subject (Gmail `tr.zA`, Outlook `[role=option]`). */
async function openRow(subject: string): Promise<Frame> {
  const row = page.locator('tr.zA, [role=option]', { hasText: subject }).first();
  await row.click();
  return sidebarFrame(page, kartka.extensionId);
}

/** Opens A, then B (the card follows without a reload), then A again, which must log nothing. */
async function navigateAndReopen(listUrl: string): Promise<void> {
  await page.goto(listUrl);
  await expectCard(await openRow(OLENA.subject), OLENA.name);
  await page.goBack();
  await expectCard(await openRow(ANDRII.subject), ANDRII.name);
  const logged = await kartka.count('interactions');
  await page.goBack();
  const frame = await openRow(OLENA.subject);
  await expectCard(frame, OLENA.name);
  await expect
    .poll(() => frame.getByTestId('thread-log').locator('summary').textContent())
    .toMatch(/nothing new/);
  expect(await kartka.count('interactions')).toBe(logged);
}

/** The notice in the tab's sidebar, not a card. */
async function expectNotice(): Promise<void> {
  await expectUnreadableNotice(await sidebarFrame(page, kartka.extensionId));
}

describe('Gmail views at mail.google.com', () => {
  // Every layout variant is opened by families.e2e.ts; here, navigation from thread to thread and back.
  it.each([
    [
      'the current layout (listitem wrappers, earlier views kept hidden)',
      'https://mail.google.com/mail/u/0/?states=wrapper&hiddenViews=1#inbox',
    ],
    ['preview-pane mode', 'https://mail.google.com/mail/u/0/?previewPane=1&states=wrapper#inbox'],
  ])('%s: the card follows the thread and reopening adds nothing', async (_view, url) => {
    await navigateAndReopen(url);
  });

  it('a thread opened in its own window', async () => {
    const id = demoMailbox(Date.now()).threads.find((t) => t.subject === ANDRII.subject)?.id ?? '';
    await page.goto(`https://mail.google.com/mail/u/0/?standaloneWindow=1#inbox/${id}`);
    await expectCard(await sidebarFrame(page, kartka.extensionId), ANDRII.name);
  });

  it('a changed layout: a thread the base knows shows its card from the base; else the notice, never the previous card', async () => {
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await expectCard(await openRow(OLENA.subject), OLENA.name);
    await page.goto('https://mail.google.com/mail/u/0/?broken=1#inbox');
    const frame = await openRow(ANDRII.subject);
    await expect.poll(() => cardName(frame).catch(() => null), { timeout: 15_000 }).toBe(ANDRII.name);
    await expect.poll(() => frame.getByTestId('from-base').count()).toBe(1);
    await page.goBack();
    await openRow(UNOPENED[0] ?? '');
    await expectNotice();
  });
});

describe('Gmail edge cases (sample mailbox)', () => {
  const SAMPLE = 'https://mail.google.com/mail/u/0/?mailbox=sample';

  it('does not log collapsed messages until they are expanded, then logs my reply and makes a card', async () => {
    await page.goto(`${SAMPLE}#inbox`);
    const frame = await openRow('Рахунок за листопад');
    // Іван wrote, I have not replied visibly yet (my reply is collapsed): he is a new correspondent.
    await expect
      .poll(() => frame.getByTestId('new-correspondent').textContent(), { timeout: 15_000 })
      .toContain('Іван Петренко');
    await expect.poll(() => frame.locator('.switcher button').count()).toBe(3);
    await frame.getByTestId('thread-log').locator('summary').click();
    await expect.poll(() => frame.getByTestId('why-list').textContent()).toContain('collapsed on the page');
    const before = await kartka.count('interactions');
    // Expanding my collapsed reply gives it its id: it is logged once, and creates Іван (create-on-sent).
    await page.locator('div.adn.kv, div.adn.ky').nth(1).click();
    await expectCard(frame, 'Іван Петренко');
    const after = await kartka.count('interactions');
    expect(after).toBeGreaterThan(before);
    await page.goto(`${SAMPLE}#inbox`);
    await expectCard(await openRow('Рахунок за листопад'), 'Іван Петренко');
    expect(await kartka.count('interactions')).toBe(after);
  });

  it('logs a reply that was just sent in the thread', async () => {
    await page.goto(`${SAMPLE}#inbox`);
    await expectCard(await openRow('Договор поставки'), 'Сергей Иванов');
  });

  it('logs outgoing mail opened from the sent view', async () => {
    await page.goto(`${SAMPLE}#sent`);
    const frame = await openRow('Sent quote');
    await expect
      .poll(() => frame.getByTestId('thread-log').locator('summary').textContent(), { timeout: 15_000 })
      .toMatch(/1 new message logged/);
    await frame.locator('.switcher button', { hasText: 'Іван Петренко' }).click();
    await expectCard(frame, 'Іван Петренко');
    await expect.poll(() => frame.getByTestId('timeline').textContent()).toContain('Sent quote');
  });
});

describe('Outlook views on all four hosts', () => {
  it.each(OUTLOOK_HOSTS)('%s: the card follows the thread and reopening adds nothing', async (host) => {
    await navigateAndReopen(`https://${host}/mail/inbox`);
  });

  it.each([
    [
      'conversation view off, Ukrainian UI',
      'https://outlook.office.com/mail/inbox?conversationView=0&lang=uk',
    ],
  ])('%s: the card follows the thread and reopening adds nothing', async (_view, url) => {
    await navigateAndReopen(url);
  });

  it.each(OUTLOOK_HOSTS)('%s: a changed layout on a thread nothing knows shows the notice', async (host) => {
    await page.goto(`https://${host}/mail/inbox?broken=1`);
    await openRow(UNOPENED[OUTLOOK_HOSTS.indexOf(host) % UNOPENED.length] ?? '');
    await expectNotice();
  });
});

describe('theme', () => {
  it.each([
    ['Gmail', 'https://mail.google.com/mail/u/0/?dark=1#inbox'],
    ['Outlook', 'https://outlook.live.com/mail/inbox?dark=1'],
  ])('%s in dark: the sidebar is dark too', async (_site, url) => {
    await page.goto(url);
    const frame = await openRow(OLENA.subject);
    await expectCard(frame, OLENA.name);
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  it('light Gmail: the sidebar is light', async () => {
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    const frame = await openRow(OLENA.subject);
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });
});
