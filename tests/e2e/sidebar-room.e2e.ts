// The sidebar makes room: on both sites, at 1024, 1280 and 1600 px, the mail page lays out in the width the
// sidebar leaves, so the thread's rightmost controls (Gmail's date column, Outlook's "More actions") and the
// account avatar are the page's own under the pointer — open or collapsed; the width stays remembered per site.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadDemoBase, sidebarFrame, type Kartka } from './harness';
import { expectCard, withMailBrowser } from './mail-browser';

let kartka: Kartka;
let page: Page;

const SITES = [
  {
    site: 'Gmail',
    list: 'https://mail.google.com/mail/u/0/#inbox',
    row: 'tr.zA',
    // The date column of each expanded message, right-aligned in its header.
    controls: '[role=main] .gK .g3',
    avatar: '.gb_B',
  },
  {
    site: 'Outlook',
    list: 'https://outlook.office.com/mail/inbox',
    row: '#MailList [role=option]',
    // "More actions" on each expanded message, at the right of its header.
    controls: '#ConversationReadingPaneContainer .k-more',
    avatar: '.k-me',
  },
] as const;
const WIDTHS = [1024, 1280, 1600] as const;

withMailBrowser(async (browser) => {
  kartka = browser.kartka;
  page = browser.page;
  await loadDemoBase(kartka);
});

/** What the pointer would hit at the right end of each element matching `selector`: 'page' or 'kartka'. */
async function hitAtRightEdges(selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll(sel)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const hit = document.elementFromPoint(r.right - 2, r.top + r.height / 2);
      out.push(
        hit === null
          ? 'nothing'
          : hit.closest('kartka-sidebar')
            ? 'kartka'
            : el.contains(hit)
              ? 'page'
              : 'other',
      );
    }
    return out;
  }, selector);
}

/** The sidebar iframe's left edge, or null when collapsed. */
async function frameLeft(): Promise<number | null> {
  const frame = await sidebarFrame(page, kartka.extensionId);
  return (await (await frame.frameElement()).boundingBox())?.x ?? null;
}

describe.each(SITES)('$site makes room for the sidebar', ({ list, row, controls, avatar }) => {
  it.each(WIDTHS)(
    'at %i px: the thread’s rightmost controls and the avatar are the page’s',
    async (width) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(list);
      await page.locator(row, { hasText: 'Замовлення насіння на весну' }).first().click();
      const frame = await sidebarFrame(page, kartka.extensionId);
      await expectCard(frame, 'Олена Коваль');
      const left = await frameLeft();
      expect(left).not.toBeNull();
      // The page ends where Kartka's rail begins.
      const pageRight = await page.evaluate(() => document.body.getBoundingClientRect().right);
      expect(pageRight).toBeLessThanOrEqual((left ?? 0) - 28 + 0.5);
      const hits = await hitAtRightEdges(controls);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h === 'page')).toBe(true);
      expect(await hitAtRightEdges(avatar)).toEqual(['page']);
    },
  );
});

describe('collapsed', () => {
  it.each(SITES)(
    'keeps only the toggle’s rail on $site, covering none of its controls',
    async ({ list, row, controls, avatar }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(list);
      await page.locator(row, { hasText: 'Замовлення насіння на весну' }).first().click();
      const left = await frameLeft();
      if (left === null) throw new Error('the sidebar frame is not visible');
      await page.mouse.click(left - 14, 22); // the toggle, in the rail left of the frame
      await expect.poll(frameLeft).toBeNull();
      const pageRight = await page.evaluate(() => document.body.getBoundingClientRect().right);
      expect(pageRight).toBe(1280 - 28);
      expect((await hitAtRightEdges(controls)).every((h) => h === 'page')).toBe(true);
      expect(await hitAtRightEdges(avatar)).toEqual(['page']);
      await page.mouse.click(1280 - 14, 22); // open it again for the next site
      await expect.poll(async () => (await frameLeft()) !== null).toBe(true);
    },
  );
});
