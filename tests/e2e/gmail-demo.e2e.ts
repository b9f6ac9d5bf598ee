// The walking skeleton end to end: the demo Gmail at its real host name, the real content script,
// the sidebar frame, the background logging into IndexedDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mailRoutes } from '../fakes/mail-routes';
import { HOSTILE_NAME, HOSTILE_SUBJECT } from '../fakes/mailboxes';
import { startFakeServer, type FakeServer } from '../fakes/server';
import { launchKartka, loadDemoBase, sidebarFrame, type Kartka } from './harness';

const GMAIL = 'https://mail.google.com/mail/u/0/';
let server: FakeServer;
let kartka: Kartka;
let page: Page;

beforeAll(async () => {
  server = await startFakeServer(mailRoutes());
  kartka = await launchKartka({ server });
  expect(await loadDemoBase(kartka)).toMatch(/30/);
  page = await kartka.context.newPage();
});

afterAll(async () => {
  await kartka?.close();
  await server?.close();
});

async function openRow(subject: string) {
  await page.goto(`${GMAIL}#inbox`);
  await page.locator('tr.zA', { hasText: subject }).click();
  return sidebarFrame(page, kartka.extensionId);
}

describe('demo Gmail thread view', () => {
  it('shows the correspondent’s card, found by its visible text', async () => {
    const frame = await openRow('Замовлення насіння на весну');
    const card = frame.getByTestId('client-card');
    await expect.poll(() => card.locator('h1').textContent(), { timeout: 15_000 }).toBe('Олена Коваль');
    await expect.poll(() => card.textContent()).toContain('Зоря Агро');
    await expect.poll(() => card.textContent()).toContain('Regular');
    await expect.poll(() => frame.getByTestId('thread-log').textContent()).toMatch(/3 new messages logged/);
  });

  it('changes the card when another thread is opened', async () => {
    const frame = await openRow('Договір перевезення на 2027 рік');
    await expect
      .poll(() => frame.getByTestId('client-card').locator('h1').textContent(), { timeout: 15_000 })
      .toBe('Андрій Мельник');
  });

  it('logs nothing new when a thread is opened again', async () => {
    const before = await kartka.count('interactions');
    const frame = await openRow('Замовлення насіння на весну');
    await expect
      .poll(() => frame.getByTestId('thread-log').textContent(), { timeout: 15_000 })
      .toMatch(/nothing new/);
    await expect
      .poll(() => frame.getByTestId('client-card').locator('h1').textContent())
      .toBe('Олена Коваль');
    expect(await kartka.count('interactions')).toBe(before);
  });

  it('offers to add a correspondent who is not in the base', async () => {
    const frame = await openRow('Запит на прайс-лист');
    await expect
      .poll(() => frame.locator('body').textContent(), { timeout: 15_000 })
      .toContain('New correspondent');
    await expect.poll(() => frame.locator('body').textContent()).toContain('petro.hnatiuk@agrosvit.com.ua');
  });

  it('shows a visible notice, not a stale card, when the thread layout cannot be read', async () => {
    await openRow('Замовлення насіння на весну');
    await page.goto(`${GMAIL}?broken=1#inbox`);
    // A thread the base knows nothing of (one it knows is shown from the base: views.e2e.ts).
    await page.locator('tr.zA', { hasText: 'Сервіс кавомашин' }).click();
    const frame = await sidebarFrame(page, kartka.extensionId);
    await expect
      .poll(() => frame.getByRole('alert').textContent(), { timeout: 15_000 })
      .toContain("Can't read this thread");
    expect(await frame.getByTestId('client-card').count()).toBe(0);
  });
});

describe('hostile input', () => {
  it('renders a subject and a display name that carry HTML and script as text', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${GMAIL}?mailbox=hostile#inbox`);
    await page.locator('tr.zA').first().click();
    const frame = await sidebarFrame(page, kartka.extensionId);
    await expect
      .poll(() => frame.locator('body').textContent(), { timeout: 15_000 })
      .toContain('evil@evil-corp.example');
    await expect.poll(() => frame.locator('.notice p').first().textContent()).toContain(HOSTILE_NAME);
    expect(await frame.locator('b, img, iframe, script:not([src])').count()).toBe(0);
    await expect.poll(() => page.locator('h2.hP').textContent()).toBe(HOSTILE_SUBJECT);
    expect(await page.title()).not.toBe('pwned');
    expect(dialogs).toEqual([]);
  });

  it('a copy of the sidebar the mail page frames itself gets nothing from the background (no key in its URL)', async () => {
    const real = await openRow('Договір перевезення на 2027 рік');
    await expect
      .poll(() => real.getByTestId('client-card').locator('h1').textContent(), { timeout: 15_000 })
      .toBe('Андрій Мельник');
    expect(real.url()).toMatch(/[#&]key=[0-9a-f]{32}/u);
    // A script of the mail page (an XSS on the mail site) frames sidebar.html, to overlay it for clickjacking.
    await page.evaluate((id) => {
      const copy = document.createElement('iframe');
      copy.src = `chrome-extension://${id}/sidebar.html#theme=light`;
      copy.id = 'overlay';
      document.body.append(copy);
    }, kartka.extensionId);
    const deadline = Date.now() + 15_000;
    let copy = page.frames().find((f) => f.url().endsWith('sidebar.html#theme=light'));
    while (!copy && Date.now() < deadline) {
      await page.waitForTimeout(100);
      copy = page.frames().find((f) => f.url().endsWith('sidebar.html#theme=light'));
    }
    if (!copy) throw new Error('the page’s own copy of the sidebar did not load');
    const frame = copy;
    await expect
      .poll(async () => (await frame.locator('body').textContent())?.trim(), { timeout: 15_000 })
      .toBe('Kartka shows its card only inside Gmail and Outlook.');
    // The real sidebar still shows its card.
    expect(await real.getByTestId('client-card').locator('h1').textContent()).toBe('Андрій Мельник');
  });

  it('shows nothing when another site frames the sidebar', async () => {
    const hostile = await kartka.context.newPage();
    await hostile.goto(`https://hostile.example/frame?ext=${kartka.extensionId}`);
    await hostile.waitForTimeout(1500);
    const frame = hostile.frames().find((f) => f.url().includes('sidebar.html'));
    const text = frame
      ? await frame
          .locator('body')
          .textContent()
          .catch(() => '')
      : '';
    expect(text ?? '').not.toMatch(/Олена|Коваль|@/);
    await hostile.close();
  });
});
