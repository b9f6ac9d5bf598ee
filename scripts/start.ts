// `npm start`: opens Chromium with Kartka on the built-in demo mailbox. With a display it stays open
// for you to click around; without one it runs a short scripted tour, prints what it saw, and exits 0.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { mailRoutes } from '../tests/fakes/mail-routes';
import { startFakeServer } from '../tests/fakes/server';
import { launchKartka, loadDemoBase, sidebarFrame, type Kartka } from '../tests/e2e/harness';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const SHOTS = resolve(import.meta.dirname, '../.output/demo');

async function openThread(page: Page, kartka: Kartka, index: number) {
  await page.goto(`${GMAIL}#inbox`);
  const row = page.locator('tr.zA').nth(index);
  const subject = (await row.locator('.bog').first().textContent())?.trim() ?? `thread ${index + 1}`;
  await row.click();
  const frame = await sidebarFrame(page, kartka.extensionId);
  const card = frame
    .getByTestId('client-card')
    .or(frame.getByTestId('new-correspondent'))
    .or(frame.getByRole('alert'));
  await card.first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  const name =
    (await frame.locator('#card-name, .card-name, .notice h2, .newcomer h2').first().textContent())?.trim() ??
    '';
  const count =
    (
      await frame
        .getByTestId('message-count')
        .textContent()
        .catch(() => '')
    )?.trim() ?? '';
  const log =
    (
      await frame
        .locator('[data-testid=thread-log] summary span')
        .first()
        .textContent()
        .catch(() => '')
    )?.trim() ?? '';
  return { subject, name, count, log };
}

async function main() {
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const server = await startFakeServer(mailRoutes());
  const kartka = await launchKartka({ server, headless });
  try {
    console.log(
      `Kartka ${headless ? '(headless: no display found)' : ''} — extension id ${kartka.extensionId}`,
    );
    console.log(await loadDemoBase(kartka));
    const page = await kartka.context.newPage();
    if (!headless) {
      await page.goto(`${GMAIL}#inbox`);
      console.log(`The demo mailbox is open at ${GMAIL} (served locally). Close the browser to stop.`);
      await new Promise<void>((done) => kartka.context.on('close', () => done()));
      return;
    }
    mkdirSync(SHOTS, { recursive: true });
    for (const index of [0, 1, 4]) {
      const seen = await openThread(page, kartka, index);
      const shot = resolve(SHOTS, `thread-${index + 1}.png`);
      await page.screenshot({ path: shot });
      console.log(
        `Thread "${seen.subject}": card "${seen.name}" — ${seen.count || 'not in the base yet'}; ${seen.log}`,
      );
      console.log(`  screenshot: ${shot}`);
    }
    console.log(
      `Interactions in the base: ${await kartka.count('interactions')}; people: ${await kartka.count('people')}`,
    );
  } finally {
    await kartka.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
