// What several e2e files wait for: the sidebar showing a correspondent's card. Apart from harness.ts, which the
// bench and `npm start` load outside vitest.
import type { Frame } from 'playwright-core';
import { expect } from 'vitest';

/** Waits for the sidebar to show `name`'s card (the thread is read and its correspondent found first). */
export async function expectSidebarCard(frame: Frame, name: string): Promise<void> {
  await expect
    .poll(
      () =>
        frame
          .getByTestId('client-card')
          .locator('h1')
          .textContent()
          .catch(() => null),
      { timeout: 15_000 },
    )
    .toBe(name);
}
