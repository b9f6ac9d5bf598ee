// Opens a client's card in the full client base page.
import { browser } from 'wxt/browser';

/** The app page's address of a person's card. */
export const cardUrl = (personId: string) =>
  `${browser.runtime.getURL('/')}app.html#/people/${encodeURIComponent(personId)}`;

/** Opens the card in a new tab next to the current one. */
export async function openCard(personId: string): Promise<void> {
  await browser.tabs.create({ url: cardUrl(personId) });
}
