// Serves each sidebar frame over a port: its tab's context and the live card of the chosen correspondent.
import { browser, type Browser } from '#imports';
import { liveQuery, type Subscription } from 'dexie';
import { isMailOrigin } from '../../core/mail-origins';
import type { Settings } from '../../core/model';
import {
  SIDEBAR_PORT,
  tabContextKey,
  type SidebarState,
  type TabContext,
} from '../../integrations/messaging/protocol';
import { sidebarRequest } from '../../integrations/messaging/schemas';
import { cardForAddress } from '../../storage/cards';
import { db } from '../../storage/db';
import { loadSettings, settingsItem } from '../../storage/settings-item';

/** The tab a sidebar port may speak for: the sidebar page of this extension, framed in a mail tab. */
function tabOf(port: Browser.runtime.Port): number | null {
  const sender = port.sender;
  if (port.name !== SIDEBAR_PORT || sender?.id !== browser.runtime.id) return null;
  if (!sender.url?.startsWith(browser.runtime.getURL('/sidebar.html'))) return null;
  const tabId = sender.tab?.id;
  return tabId !== undefined && isMailOrigin(sender.tab?.url) ? tabId : null;
}

/** True when `next` shows the thread `previous` showed and still lists the chosen correspondent. */
function sameThread(previous: TabContext | null, next: TabContext | null, selected: string | null): boolean {
  return (
    previous?.status === 'thread' &&
    next?.status === 'thread' &&
    previous.threadKey === next.threadKey &&
    selected !== null &&
    next.correspondents.some((c) => c.address === selected)
  );
}

/** Accepts one sidebar connection and keeps it up to date until it disconnects. */
export function serveSidebar(port: Browser.runtime.Port): void {
  const tabId = tabOf(port);
  if (tabId === null) {
    port.disconnect();
    return;
  }
  const key = tabContextKey(tabId);
  let context: TabContext | null = null;
  let selected: string | null = null;
  let subscription: Subscription | null = null;
  let settings: Settings | null = null;

  const publish = () => {
    subscription?.unsubscribe();
    const address = selected ?? (context?.status === 'thread' ? context.main : null);
    const shown = context;
    const current = settings;
    if (current === null) return; // published again once the settings are loaded
    // Only Dexie may be awaited inside liveQuery (anything else loses track of what it read), so the
    // settings are read outside it and a change of settings publishes again.
    subscription = liveQuery(() => (address ? cardForAddress(db, address, current) : null)).subscribe({
      next: (card) => post({ type: 'state', context: shown, address, card }),
      error: (error: unknown) => {
        console.error('[Kartka] sidebar card', error);
        const problem = error instanceof Error ? error.message : String(error);
        post({ type: 'state', context: shown, address, card: null, problem });
      },
    });
  };
  const post = (state: SidebarState) => {
    try {
      port.postMessage(state);
    } catch {
      subscription?.unsubscribe(); // the frame is gone
    }
  };

  const onChanged = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const change = changes[key];
    if (area !== 'session' || !change) return;
    const previous = context;
    context = (change.newValue as TabContext | undefined) ?? null;
    // A re-read of the same thread (a message expanded, someone added) keeps the correspondent the user chose.
    if (!sameThread(previous, context, selected)) selected = null;
    publish();
  };
  browser.storage.onChanged.addListener(onChanged);
  const unwatchSettings = settingsItem.watch(() => {
    void loadSettings().then((loaded) => {
      settings = loaded;
      publish();
    });
  });
  port.onMessage.addListener((raw) => {
    const parsed = sidebarRequest.safeParse(raw);
    if (!parsed.success) return;
    selected = parsed.data.address;
    publish();
  });
  port.onDisconnect.addListener(() => {
    subscription?.unsubscribe();
    browser.storage.onChanged.removeListener(onChanged);
    unwatchSettings();
  });
  void Promise.all([browser.storage.session.get(key), loadSettings()]).then(([stored, loaded]) => {
    context = (stored[key] as TabContext | undefined) ?? null;
    settings = loaded;
    publish();
  });
}
