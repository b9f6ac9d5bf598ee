// The "quick-add" shortcut (Alt+Shift+K by default, rebindable in the browser's shortcut settings).
// It cannot be `_execute_action`: that opens the popup in its default search view with no way to say
// "quick add". So the background opens the popup itself with action.openPopup() (Chrome 127+, Firefox
// in a command handler) after leaving the intent in session storage; where openPopup is missing or
// refuses (no focused browser window), the popup page opens as a small window instead.
import { browser } from '#imports';
import { POPUP_INTENT_KEY, type PopupIntent } from '../../integrations/capture/popup-intent';

export const QUICK_ADD_COMMAND = 'quick-add';

interface CommandTab {
  id?: number | undefined;
}

/** Opens quick-add for `tab` (the tab the user was on: its thread or page prefills the form). */
export function openQuickAdd(tab: CommandTab | undefined, now: number): Promise<void> {
  const intent: PopupIntent = { view: 'add', at: now, ...(tab?.id === undefined ? {} : { tabId: tab.id }) };
  // Not awaited before openPopup: Firefox allows openPopup only synchronously inside the user's action.
  const stored = browser.storage.session.set({ [POPUP_INTENT_KEY]: intent });
  const opened = tryOpenPopup();
  return Promise.all([stored, opened]).then(async ([, ok]) => {
    if (ok) return;
    await browser.storage.session.remove(POPUP_INTENT_KEY);
    const query = tab?.id === undefined ? '?view=add' : `?view=add&tab=${tab.id}`;
    await browser.windows.create({
      type: 'popup',
      url: browser.runtime.getURL(`/popup.html${query}`),
      width: 420,
      height: 640,
    });
  });
}

/** True when the browser opened the popup; false where openPopup is missing (Chrome < 127) or refused. */
function tryOpenPopup(): Promise<boolean> {
  try {
    if (typeof browser.action.openPopup !== 'function') return Promise.resolve(false);
    return browser.action.openPopup().then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/** Listens for the shortcut. */
export function listenToCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== QUICK_ADD_COMMAND) return;
    void openQuickAdd(tab, Date.now()).catch((error: unknown) => console.error('[Kartka] quick add', error));
  });
}
