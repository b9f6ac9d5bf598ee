// The sidebar as a person uses it: quick actions, adding a stranger, switching correspondents, the frame's
// size and collapse remembered per site, and a keyboard that never reaches the mail site's shortcuts.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { presetDue } from '../../core/card';
import { formatMoney } from '../../core/i18n/money';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer, type FakeServer } from '../fakes/server';
import { launchKartka, loadDemoBase, sidebarFrame, type Kartka } from './harness';
import { seriousViolations } from './axe';
import { expectCard } from './mail-browser';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const ARTIFACTS = join(import.meta.dirname, '.artifacts');
/** Actions go through the background and come back over the port: give them a few seconds. */
const SLOW = { timeout: 10_000 };
let server: FakeServer;
let kartka: Kartka;
let page: Page;

beforeAll(async () => {
  server = await startFakeServer(mailRoutes());
  kartka = await launchKartka({ server });
  expect(await loadDemoBase(kartka)).toMatch(/30/);
  page = await kartka.context.newPage();
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await kartka?.close();
  await server?.close();
});

async function openThread(subject: string, list = `${GMAIL}#inbox`): Promise<Frame> {
  await page.goto(list);
  await page.locator('tr.zA, [role=option]', { hasText: subject }).first().click();
  return sidebarFrame(page, kartka.extensionId);
}

async function openOlena(): Promise<Frame> {
  const frame = await openThread('Замовлення насіння на весну');
  await expectCard(frame, 'Олена Коваль');
  return frame;
}

/** The sidebar iframe's box on the page (null when it is hidden). */
async function frameBox(frame: Frame) {
  return (await frame.frameElement()).boundingBox();
}

describe('quick actions', () => {
  it('adds a note that appears at the top of the history', async () => {
    const frame = await openOlena();
    await frame.getByRole('button', { name: 'Note' }).click();
    await frame.getByRole('textbox', { name: 'Note' }).fill('Хоче знижку на 100 мішків <b>не HTML</b>');
    await frame.getByRole('button', { name: 'Add note' }).click();
    await expect
      .poll(() => frame.getByTestId('timeline').locator('.event').first().textContent(), SLOW)
      .toContain('Хоче знижку на 100 мішків <b>не HTML</b>');
    expect(await frame.locator('b').count()).toBe(0);
    await expect.poll(() => frame.getByRole('status').textContent(), SLOW).toBe('Saved');
  });

  it('adds a task due on a preset date', async () => {
    const frame = await openOlena();
    await frame.getByRole('button', { name: 'Task' }).click();
    await frame.getByRole('textbox', { name: 'What to do' }).fill('Узгодити графік відвантаження');
    await frame.getByRole('button', { name: 'In 3 days' }).click();
    await frame.getByRole('button', { name: 'Add task' }).click();
    await expect
      .poll(() => frame.getByTestId('open-tasks').textContent(), SLOW)
      .toContain('Узгодити графік відвантаження');
    const tasks = await kartka.all<{ title: string; due: number }>('tasks');
    const due = tasks.find((t) => t.title === 'Узгодити графік відвантаження')?.due ?? 0;
    const expected = await page.evaluate(() => Date.now()).then((now) => presetDue('in3days', now));
    expect(Math.abs(due - expected)).toBeLessThan(86_400_000); // browser and test share a time zone
  });

  it('marks a task done', async () => {
    const frame = await openOlena();
    await frame.getByRole('button', { name: /Mark “Узгодити графік відвантаження” done/ }).click();
    await expect
      .poll(
        async () =>
          (await frame.getByTestId('open-tasks').count()) === 0 ||
          !(await frame.getByTestId('open-tasks').textContent())?.includes('Узгодити'),
        SLOW,
      )
      .toBe(true);
  });

  it('changes the stage, with the reason on the card', async () => {
    const frame = await openOlena();
    await frame.getByRole('button', { name: 'Stage' }).click();
    await frame.getByRole('combobox', { name: 'New stage' }).selectOption('vip');
    await frame
      .getByRole('textbox', { name: 'Reason, shown on the card' })
      .fill('Підписали рамковий договір');
    await frame.getByRole('button', { name: 'Change stage' }).click();
    await expect.poll(() => frame.getByTestId('card-stage').textContent(), SLOW).toContain('VIP');
    await expect
      .poll(() => frame.getByTestId('card-stage').textContent(), SLOW)
      .toContain('Підписали рамковий договір');
  });

  it('adds a deal titled after the thread', async () => {
    const frame = await openOlena();
    await frame.getByRole('button', { name: 'Deal' }).click();
    await expect
      .poll(() => frame.getByRole('textbox', { name: 'Deal' }).inputValue(), SLOW)
      .toBe('Замовлення насіння на весну');
    await frame.getByRole('textbox', { name: 'Amount' }).fill('12 500,50');
    await frame.getByRole('button', { name: 'Add deal' }).click();
    await expect
      .poll(() => frame.getByTestId('deals').textContent(), SLOW)
      .toContain('Замовлення насіння на весну');
    // One money format: the base page's (Intl with the base's currency), "UAH 12,500.50" in English.
    await expect
      .poll(() => frame.getByTestId('deals').textContent(), SLOW)
      .toContain(formatMoney(12_500.5, 'UAH', 'en'));
  });

  it('says why a deal was not saved', async () => {
    const frame = await openOlena();
    await frame.getByRole('button', { name: 'Deal' }).click();
    await frame.getByRole('textbox', { name: 'Amount' }).fill('багато');
    await frame.getByRole('button', { name: 'Add deal' }).click();
    await expect
      .poll(() => frame.getByRole('alert').textContent(), SLOW)
      .toContain('The amount must be a number');
    await frame.getByRole('button', { name: 'Cancel' }).click();
  });

  it('opens the full card in the base page', async () => {
    const frame = await openOlena();
    const opened = kartka.context.waitForEvent('page');
    await frame.getByTestId('open-card').click();
    const app = await opened;
    expect(app.url()).toMatch(new RegExp(`^chrome-extension://${kartka.extensionId}/app\\.html#/people/`));
    await app.close();
  });
});

describe('history and the inbox view', () => {
  it('opens a logged email from its history entry; full text in tooltips', async () => {
    const frame = await openOlena();
    const link = frame
      .getByTestId('timeline')
      .locator('a.event-link', { hasText: 'Замовлення насіння на весну' });
    await expect.poll(() => link.count(), SLOW).toBeGreaterThan(0);
    // The thread's Gmail (hex) id, in a new tab; the demo's own history (no thread) is not a link.
    expect(await link.first().getAttribute('href')).toMatch(
      /^https:\/\/mail\.google\.com\/mail\/(u\/0\/|\?authuser=[^#]+)#all\/19f82b4e90a1[0-9a-f]{4}$/u,
    );
    expect(await link.first().getAttribute('target')).toBe('_blank');
    expect(await link.first().getAttribute('title')).toBe('Замовлення насіння на весну');
    const plain = frame.getByTestId('timeline').locator('p.event-title');
    expect(await plain.count()).toBeGreaterThan(0);
    for (const title of await plain.all())
      expect(await title.getAttribute('title')).toBe(await title.textContent());
  });

  it('shows today’s tasks and reminders when no thread is open', async () => {
    await page.goto(`${GMAIL}#inbox`);
    const frame = await sidebarFrame(page, kartka.extensionId);
    const today = frame.getByTestId('today');
    await expect.poll(() => today.textContent().catch(() => ''), SLOW).toContain('Confirm shipment dates');
    const text = (await today.textContent()) ?? '';
    expect(text).toContain('Due today');
    // Overdue ones too (due two days ago), and nothing due later this week.
    expect(text).toMatch(/Follow up after the fair.*overdue/u);
    expect(text).not.toContain('Надіслати комерційну пропозицію');
    expect(await seriousViolations(frame)).toEqual([]);
    await today.getByRole('button', { name: 'Mark “Confirm shipment dates” done' }).click();
    await expect.poll(() => today.textContent(), SLOW).not.toContain('Confirm shipment dates');
  });
});

describe('correspondents', () => {
  it('adds an unknown correspondent in one click, and logs the thread with them', async () => {
    const frame = await openThread('Запит на прайс-лист');
    await expect
      .poll(() => frame.getByTestId('new-correspondent').textContent(), { timeout: 15_000 })
      .toContain('Петро Гнатюк');
    await frame.getByRole('button', { name: 'Add to the base' }).click();
    await expect
      .poll(() =>
        frame
          .getByTestId('client-card')
          .locator('h1')
          .textContent()
          .catch(() => null),
      )
      .toBe('Петро Гнатюк');
    await expect.poll(() => frame.getByTestId('card-stage').textContent(), SLOW).toContain('Potential');
    await expect
      .poll(() => frame.getByTestId('thread-log').locator('summary').textContent(), SLOW)
      .toMatch(/1 new message logged/);
    await expect
      .poll(() => frame.getByTestId('timeline').textContent(), SLOW)
      .toContain('Запит на прайс-лист');
  });

  it('switches between the thread’s correspondents', async () => {
    const frame = await openOlena();
    await frame.locator('.switcher button', { hasText: 'Тарас Шевченко' }).click();
    await expect
      .poll(() => frame.getByTestId('client-card').locator('h1').textContent(), SLOW)
      .toBe('Тарас Шевченко');
    await expect
      .poll(() => frame.locator('.switcher button[aria-pressed=true]').textContent(), SLOW)
      .toContain('Тарас Шевченко');
    await frame.locator('.switcher button', { hasText: 'Олена Коваль' }).click();
    await expect
      .poll(() => frame.getByTestId('client-card').locator('h1').textContent(), SLOW)
      .toBe('Олена Коваль');
  });
});

describe('screenshots', () => {
  it.each([
    ['light', `${GMAIL}#inbox`],
    ['dark', `${GMAIL}?dark=1#inbox`],
  ])('the demo thread in %s', async (theme, list) => {
    const frame = await openThread('Замовлення насіння на весну', list);
    await expectCard(frame, 'Олена Коваль');
    await page.screenshot({ path: join(ARTIFACTS, `sidebar-${theme}.png`) });
    const box = await frameBox(frame);
    if (!box) throw new Error('the sidebar frame is not visible');
    const clip = { ...box, height: Math.min(box.height, 900) };
    await page.screenshot({ path: join(ARTIFACTS, `sidebar-${theme}-panel.png`), clip });
    await frame.getByRole('button', { name: 'Task' }).click();
    await page.screenshot({ path: join(ARTIFACTS, `sidebar-${theme}-task-form.png`), clip });
    await frame.getByRole('button', { name: 'Cancel' }).click();
  });
});

describe('the frame on the page', () => {
  it('remembers collapsed after a reload, per site', async () => {
    const frame = await openOlena();
    const box = await frameBox(frame);
    if (!box) throw new Error('the sidebar frame is not visible');
    // The toggle sits just left of the frame, inside Kartka's closed shadow root: click it where it is drawn.
    await page.mouse.click(box.x - 14, 22);
    await expect.poll(() => frameBox(frame), SLOW).toBeNull();
    await page.reload();
    const again = await sidebarFrame(page, kartka.extensionId);
    await page.waitForTimeout(500);
    expect(await frameBox(again)).toBeNull();
    const viewport = page.viewportSize()?.width ?? 1400;
    await page.mouse.click(viewport - 14, 22);
    await expect.poll(async () => (await frameBox(again))?.width ?? 0).toBeGreaterThan(300);
  });

  it('remembers the width after a reload', async () => {
    const frame = await openOlena();
    const box = await frameBox(frame);
    if (!box) throw new Error('the sidebar frame is not visible');
    await page.mouse.move(box.x + 1, 400);
    await page.mouse.down();
    await page.mouse.move(box.x - 80, 400, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => Math.round((await frameBox(frame))?.width ?? 0)).toBeGreaterThan(420);
    const width = Math.round((await frameBox(frame))?.width ?? 0);
    await page.reload();
    const again = await sidebarFrame(page, kartka.extensionId);
    await expect.poll(async () => Math.round((await frameBox(again))?.width ?? 0)).toBe(width);
    // Outlook keeps its own width.
    const outlook = await openThread('Замовлення насіння на весну', 'https://outlook.office.com/mail/inbox');
    await expect.poll(async () => Math.round((await frameBox(outlook))?.width ?? 0), SLOW).toBe(361); // 360 and the 1px border
  });
});

describe('keyboard', () => {
  async function countHostKeys(): Promise<void> {
    await page.evaluate(() => {
      const w = window as unknown as { hostKeys: string[] };
      w.hostKeys = [];
      document.addEventListener('keydown', (e) => w.hostKeys.push(e.key));
    });
  }
  const hostKeys = () => page.evaluate(() => (window as unknown as { hostKeys: string[] }).hostKeys);

  it('reaches every control with Tab and opens a form with Enter', async () => {
    const frame = await openOlena();
    await frame.locator('.switcher button').first().focus();
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      seen.push(
        await frame.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
        ),
      );
      await page.keyboard.press('Tab');
    }
    expect(seen.join('|')).toMatch(
      /Open full card.*Copy olena.koval@zoria-agro.com.ua.*Note\|Task\|Stage\|Deal/,
    );
    await frame.getByRole('button', { name: 'Note' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => frame.evaluate(() => document.activeElement?.tagName), SLOW).toBe('TEXTAREA');
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.evaluate(() => document.activeElement?.textContent), SLOW).toBe('Note');
  });

  it('typing "c" or "r" in the note box never reaches the mail site', async () => {
    const frame = await openOlena();
    await countHostKeys();
    await frame.getByRole('button', { name: 'Note' }).click();
    await page.keyboard.type('c r j k');
    expect(await frame.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('c r j k');
    expect(await hostKeys()).toEqual([]);
    expect(page.url()).toMatch(/#inbox\/[0-9a-f]+$/); // no Gmail shortcut navigated away
  });

  it('keys pressed on the collapse toggle stay with Kartka', async () => {
    const frame = await openOlena();
    const box = await frameBox(frame);
    if (!box) throw new Error('the sidebar frame is not visible');
    await countHostKeys();
    await page.mouse.click(box.x - 14, 22); // focuses the toggle (and collapses)
    await page.keyboard.press('c');
    await page.keyboard.press('Enter'); // expands again
    expect(await hostKeys()).toEqual([]);
    await expect.poll(async () => (await frameBox(frame))?.width ?? 0).toBeGreaterThan(300);
  });
});
