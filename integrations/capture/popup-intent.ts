// What the popup should show when the background opened it (the quick-add shortcut), and for which tab.
import { browser } from 'wxt/browser';

export const POPUP_INTENT_KEY = 'popup:intent';
/** An intent older than this was left behind by a popup that never opened; it is ignored. */
const FRESH_MS = 10_000;

export interface PopupIntent {
  view: 'add';
  tabId?: number;
  at: number;
}

/** Takes (reads and clears) the intent the quick-add shortcut left, if it is fresh. */
export async function takePopupIntent(now: number): Promise<PopupIntent | null> {
  const stored = await browser.storage.session.get(POPUP_INTENT_KEY);
  const intent = stored[POPUP_INTENT_KEY] as PopupIntent | undefined;
  if (intent === undefined) return null;
  await browser.storage.session.remove(POPUP_INTENT_KEY);
  return now - intent.at < FRESH_MS ? intent : null;
}
