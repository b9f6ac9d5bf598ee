// The XSS sweep (issue 16, "done when"): markup and script in names, companies, positions, subjects, addresses and
// attachment names, brought in the ways a user brings them (a CSV and an mbox through the import screen, a captured
// selection), then shown on every surface that shows them: the import preview and report, the client list, the
// card and its history, the popup's search, the capture window. Nothing may run: no dialog, no marker set by an
// event handler, no element the payloads would create.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer, type FakeServer } from '../fakes/server';
import { launchKartka, loadDemoBase, startMboxImport, type Kartka } from './harness';

let server: FakeServer;
let kartka: Kartka;

/** Each payload, if it ran, sets `window.__xss` or opens a dialog. */
const IMG = '<img src=x onerror="window.__xss=1">';
const SVG = '<svg onload="window.__xss=1"></svg>';
const SCRIPT = '<script>window.__xss=1</script>';
const NAME = `Evil ${IMG} Коваль`;
const COMPANY = `${SVG} Corp`;
const POSITION = `${SCRIPT} boss`;
const SUBJECT = `Invoice ${IMG}`;
const ATTACHMENT = `${SVG}.pdf`;

const CSV = [
  'Name,E-mail 1 - Value,Organization 1 - Name,Organization 1 - Title',
  `"${NAME.replaceAll('"', '""')}",evil@evil-corp.example,"${COMPANY.replaceAll('"', '""')}",${POSITION}`,
  `Bad Address,"""><img src=x onerror=window.__xss=1>@evil.example",,`,
  `Js Address,javascript:alert(1)//@evil.example,,`,
].join('\r\n');

const MBOX = [
  'From MAILER-DAEMON Mon Mar 10 10:00:00 2025',
  `From: "${NAME.replaceAll('"', '\\"')}" <evil@evil-corp.example>`,
  'To: Me <me@kartka-demo.com.ua>',
  `Subject: ${SUBJECT}`,
  'Date: Mon, 10 Mar 2025 10:00:00 +0200',
  'Message-ID: <xss-1@evil-corp.example>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b"',
  '',
  '--b',
  'Content-Type: text/plain; charset=utf-8',
  '',
  `Please pay ${SCRIPT}`,
  '--b',
  `Content-Type: application/pdf; name="${ATTACHMENT.replaceAll('"', '\\"')}"`,
  `Content-Disposition: attachment; filename="${ATTACHMENT.replaceAll('"', '\\"')}"`,
  '',
  'JVBERi0=',
  '--b--',
  '',
].join('\r\n');

beforeAll(async () => {
  server = await startFakeServer(mailRoutes());
  kartka = await launchKartka({ server });
  expect(await loadDemoBase(kartka)).toMatch(/30/);
});

afterAll(async () => {
  await kartka?.close();
  await server?.close();
});

const dialogs: string[] = [];

/** Watches a page for dialogs; `ran` tells whether any payload ran or made its element. */
function watch(page: Page): Page {
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return page;
}

async function nothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload], [onerror], script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);
}

describe('the XSS sweep', () => {
  it('the import screen: preview, report and mail import show every payload as text', async () => {
    const page = watch(await kartka.extensionPage('app.html#/import'));
    await page
      .locator('#import-files')
      .setInputFiles({ name: 'evil.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await expect
      .poll(() => page.getByRole('heading', { name: /3 contacts ready to import/ }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await expect.poll(() => page.locator('main').textContent()).toContain(NAME);
    await nothingRan(page);
    await page.getByRole('button', { name: /Import 3 contacts/ }).click();
    const report = page.getByRole('region', { name: 'Import report' });
    await expect
      .poll(() => report.locator('ol.problems').textContent(), { timeout: 30_000 })
      .toContain('evil.example');
    await nothingRan(page);

    await startMboxImport(page, 'evil.mbox', MBOX, 'me@kartka-demo.com.ua');
    await expect
      .poll(
        async () =>
          (await kartka.all<{ subject?: string }>('interactions')).some((i) => i.subject === SUBJECT),
        {
          timeout: 20_000,
        },
      )
      .toBe(true);
    await nothingRan(page);
    await page.close();
  });

  it('the client list and the card with its history, attachments included', async () => {
    const evil = (await kartka.all<{ id: string; emails: string[]; displayName: string }>('people')).find(
      (p) => p.emails.includes('evil@evil-corp.example'),
    );
    expect(evil?.displayName).toBe(NAME);
    expect(
      (await kartka.all<{ emails: string[] }>('people')).filter((p) =>
        p.emails.some((e) => /evil\.example/u.test(e)),
      ),
    ).toEqual([]);
    const list = watch(await kartka.extensionPage('app.html#/clients'));
    await list.getByRole('searchbox', { name: /Search the base/ }).fill('evil');
    await expect.poll(() => list.locator('main').textContent(), { timeout: 15_000 }).toContain(NAME);
    await nothingRan(list);
    await list.goto(`chrome-extension://${kartka.extensionId}/app.html#/people/${evil?.id}`);
    await expect.poll(() => list.getByRole('heading', { level: 1 }).textContent()).toBe(NAME);
    await expect.poll(() => list.locator('main').textContent()).toContain(SUBJECT);
    await expect.poll(() => list.locator('main').textContent()).toContain(ATTACHMENT);
    expect(await list.locator('main').textContent()).toContain(POSITION);
    await nothingRan(list);
    await list.close();
  });

  it('the popup’s search', async () => {
    const popup = watch(await kartka.extensionPage('popup.html'));
    await popup.getByRole('combobox').fill('evil');
    await expect
      .poll(() => popup.getByRole('option').first().textContent(), { timeout: 10_000 })
      .toContain(NAME);
    await nothingRan(popup);
    await popup.close();
  });

  it('the capture window', async () => {
    const sender = await kartka.extensionPage('popup.html');
    const opened = kartka.context.waitForEvent('page', (p) => p.url().includes('/capture.html#'));
    const text = `${NAME}\n${POSITION}\n${COMPANY}\nevil2@evil-corp.example\n+380 67 765 43 21`;
    const reply = await sender.evaluate(
      (payload) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ kartka: 1, type: 'capture.fromText', payload }),
      { text },
    );
    expect(reply).toMatchObject({ ok: true });
    const capture = watch(await opened);
    await sender.close();
    await capture.waitForLoadState();
    // The fields hold what was selected as values (the capture parser drops the markup from the name and company).
    const values = () =>
      capture.locator('input, textarea').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await expect.poll(values, { timeout: 10_000 }).toContain('evil2@evil-corp.example');
    expect((await values()).join('\n')).toContain('Evil Коваль');
    await nothingRan(capture);
    await capture.close();
  });
});
