// Thread rendered -> card visible, measured across the page and the sidebar frame on one clock
// (performance.timeOrigin + performance.now() is wall-clock based in every frame).
import type { Frame, Page } from 'playwright-core';
import { sidebarFrame } from '../e2e/harness';

export interface CardProbe {
  page: Page;
  extensionId: string;
  /** Selector of the subject element that appears when the thread is rendered. */
  subjectSelector: string;
}

/** Opens the row with `subject` and returns ms from the thread being rendered to the card showing `name`. */
export async function timeCard(
  probe: CardProbe,
  row: string,
  subject: string,
  name: string,
): Promise<number> {
  const { page } = probe;
  const frame: Frame = await sidebarFrame(page, probe.extensionId);
  // tsx (esbuild keepNames) wraps named functions in __name(); define it where these functions run.
  for (const target of [page, frame]) await target.evaluate('globalThis.__name ??= (f) => f');
  await page.evaluate(
    ([selector, text]) => {
      const w = window as unknown as { __rendered?: number | undefined };
      w.__rendered = undefined;
      const check = () => {
        const el = document.querySelector(selector);
        if (el && el.textContent?.trim() === text) {
          w.__rendered = performance.timeOrigin + performance.now();
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    [probe.subjectSelector, subject] as const,
  );
  const visible = frame.evaluate(
    (expected) =>
      new Promise<number>((done, fail) => {
        const deadline = performance.now() + 15_000;
        const tick = () => {
          const h = document.querySelector('[data-testid="client-card"] h1');
          if (h?.textContent === expected) done(performance.timeOrigin + performance.now());
          else if (performance.now() > deadline) fail(new Error(`card "${expected}" never showed`));
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    name,
  );
  await page.locator(row, { hasText: subject }).first().click();
  const shownAt = await visible;
  const renderedAt = await page.evaluate(
    () => (window as unknown as { __rendered?: number }).__rendered ?? NaN,
  );
  return shownAt - renderedAt;
}
