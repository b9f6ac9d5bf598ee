// What the mail-page e2e files share: one browser with the built extension and the fake mail sites at their
// real host names, started before a file's tests and closed after them, and the card they wait for.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer, type FakeRoute, type FakeServer } from '../fakes/server';
import { launchKartka, type Kartka } from './harness';

/** Outlook on the web's four hosts (MAIL-PAGES.md; core/mail-origins.ts). */
export const OUTLOOK_HOSTS = [
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
];

export interface MailBrowser {
  kartka: Kartka;
  /** A blank tab for the file's tests to navigate. */
  page: Page;
}

/**
 * Registers the file's browser: the fake server (the mail sites, or the `routes` given: the chat sites) and Kartka
 * start in `beforeAll` and are handed to `ready` (which keeps them, and may prepare the base), and both stop in
 * `afterAll`.
 */
export function withMailBrowser(
  ready: (browser: MailBrowser) => void | Promise<void>,
  routes: () => FakeRoute[] = mailRoutes,
): void {
  let server: FakeServer | undefined;
  let kartka: Kartka | undefined;
  beforeAll(async () => {
    server = await startFakeServer(routes());
    kartka = await launchKartka({ server });
    await ready({ kartka, page: await kartka.context.newPage() });
  });
  afterAll(async () => {
    await kartka?.close();
    await server?.close();
  });
}

export const cardName = (frame: Frame) => frame.getByTestId('client-card').locator('h1').textContent();

/** Waits for `name`'s card, and for the thread to be logged when the page was read (the card may show first). */
export async function expectCard(frame: Frame, name: string): Promise<void> {
  await expect.poll(() => cardName(frame).catch(() => null), { timeout: 15_000 }).toBe(name);
  await expect
    .poll(() => frame.getByTestId('thread-log').locator('summary').textContent(), { timeout: 15_000 })
    .not.toMatch(/logging/);
}

/** The "can't read this thread" notice (role=alert), and no card: never the previous thread's. */
export async function expectUnreadableNotice(frame: Frame): Promise<void> {
  await expect
    .poll(
      () =>
        frame
          .getByRole('alert')
          .textContent()
          .catch(() => ''),
      { timeout: 15_000 },
    )
    .toContain("Can't read this thread");
  expect(await frame.getByTestId('client-card').count()).toBe(0);
}
