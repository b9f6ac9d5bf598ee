// Serves each sidebar frame over a port: its tab's context and the live card of the chosen correspondent.
import { browser, type Browser } from '#imports';
import { liveQuery, type Subscription } from 'dexie';
import { isPageOrigin } from '../../core/page-origins';
import type { Settings } from '../../core/model';
import {
  personSelection,
  SIDEBAR_PORT,
  tabContextKey,
  type SidebarRefused,
  type SidebarState,
  type TabContext,
} from '../../integrations/messaging/protocol';
import { sidebarRequest } from '../../integrations/messaging/schemas';
import {
  followCount,
  historyWindow,
  messageWindow,
  TIMELINE_LIMIT,
  type CountedHistory,
} from '../../core/card';
import type { ChatIdentity } from '../../core/chat-identity';
import type { PersonId } from '../../core/ids';
import { cardForAddress, cardForIdentity, cardForPerson } from '../../storage/cards';
import { findLookalike } from '../../storage/lookalike';
import { countInteractionsForPerson, countMessagesForPerson } from '../../storage/interactions';
import { db } from '../../storage/db';
import { watchSettings } from '../../storage/settings';
import { isSidebarKey } from './sidebar-key';
import { holdLive } from './team';

/** The tab a sidebar port may speak for: the sidebar page of this extension, framed in a mail or chat tab. */
function tabOf(port: Browser.runtime.Port): number | null {
  const sender = port.sender;
  if (!port.name.startsWith(`${SIDEBAR_PORT}:`) || sender?.id !== browser.runtime.id) return null;
  if (!sender.url?.startsWith(browser.runtime.getURL('/sidebar.html'))) return null;
  const tabId = sender.tab?.id;
  return tabId !== undefined && isPageOrigin(sender.tab?.url) ? tabId : null;
}

/** A chat peer's selection key: their identity as the page shows it (a new identity is a new card query). */
const identitySelection = (identity: ChatIdentity) => `identity:${JSON.stringify(identity)}`;

/** The selection keys a context offers: a thread's addresses, a chat's peer and known participants. */
function choices(context: TabContext | null): string[] {
  if (context?.status === 'thread') return context.correspondents.map((c) => c.address);
  if (context?.status !== 'chat') return [];
  const people = context.participants.flatMap((p) => (p.personId ? [personSelection(p.personId)] : []));
  return context.identity ? [identitySelection(context.identity), ...people] : people;
}

/** The key of the thread or chat a context shows. */
const shownKey = (c: TabContext | null) =>
  c?.status === 'thread' ? c.threadKey : c?.status === 'chat' ? c.chatKey : null;

/** True when `next` shows the thread or chat `previous` showed and still offers the chosen correspondent. */
function sameThread(previous: TabContext | null, next: TabContext | null, selected: string | null): boolean {
  const key = shownKey(previous);
  return key !== null && key === shownKey(next) && selected !== null && choices(next).includes(selected);
}

/** Who the card shows when the user chose nobody: a thread's main correspondent, a chat's peer or first known sender. */
function defaultSelection(context: TabContext | null): string | null {
  if (context?.status === 'thread') return context.main;
  return choices(context)[0] ?? null;
}

/** The card behind a selection key: a chat peer's identity, `person:<id>` by id, anything else as an address. */
function cardFor(key: string, settings: Settings) {
  if (key.startsWith('identity:'))
    return cardForIdentity(db, JSON.parse(key.slice('identity:'.length)) as ChatIdentity, settings);
  return key.startsWith('person:')
    ? cardForPerson(db, key.slice('person:'.length) as PersonId, settings)
    : cardForAddress(db, key, settings);
}

/** True for a thread correspondent's address (the only keys an address can imitate). */
const isAddressKey = (key: string) => !key.startsWith('identity:') && !key.startsWith('person:');

/**
 * Counts of long histories by person, for the whole background: a card shows the last one at once, moved on by
 * what its timeline gained or lost since (a message logged while the card is open counts at once).
 */
const historyCounts = new Map<string, CountedHistory & { at: number; messages: CountedHistory }>();
/** A count older than this, or one moved on from a changed timeline, is taken again once the user stays. */
const COUNT_FRESH_MS = 60_000;
/**
 * A long history is counted only after the user has stayed on its card this long: IndexedDB counts an index
 * range entry by entry, one request at a time for the extension, so counting while the user moves on through
 * threads would hold up the next card.
 */
const COUNT_AFTER_MS = 1500;

/** Accepts one sidebar connection and keeps it up to date until it disconnects. */
export function serveSidebar(port: Browser.runtime.Port): void {
  const tabId = tabOf(port);
  if (tabId === null) {
    port.disconnect();
    return;
  }
  // Nothing is read or sent before the frame's key is checked: a copy the page framed itself gets only a refusal.
  const key = port.name.slice(SIDEBAR_PORT.length + 1);
  let gone = false;
  port.onDisconnect.addListener(() => {
    gone = true;
  });
  void isSidebarKey(tabId, key).then(
    (ok) => {
      if (gone) return;
      if (ok) {
        serveKeyedSidebar(port, tabId);
        // The sidebar shows the base beside the mail: while it is open the firm's base replicates live (issue 21),
        // as it does for the base page. Only a frame whose key was checked holds it.
        holdLive(port);
      } else {
        port.postMessage({ type: 'refused' } satisfies SidebarRefused);
        port.disconnect();
      }
    },
    () => port.disconnect(),
  );
}

/** Serves a sidebar whose key was checked. */
function serveKeyedSidebar(port: Browser.runtime.Port, tabId: number): void {
  const key = tabContextKey(tabId);
  let context: TabContext | null = null;
  let selected: string | null = null;
  let subscription: Subscription | null = null;
  let settings: Settings | null = null;
  /** What the running card query reads (address and settings), and the card it last gave. */
  let watched: { address: string | null; settings: Settings } | null = null;
  let latest: Pick<SidebarState, 'card' | 'problem' | 'lookalike'> | null = null;

  let countTimer: ReturnType<typeof setTimeout> | undefined;

  /** Counts the person's history once the user has stayed on the card, then shows the card with the count. */
  const countLater = (personId: string) => {
    clearTimeout(countTimer);
    countTimer = setTimeout(() => {
      const timeline = latest?.card?.personId === personId ? latest.card.timeline : [];
      const id = personId as PersonId;
      void Promise.all([countInteractionsForPerson(db, id), countMessagesForPerson(db, id)]).then(
        ([count, messageCount]) => {
          const messages = { count: messageCount, window: messageWindow(timeline) };
          historyCounts.set(personId, { count, window: historyWindow(timeline), at: Date.now(), messages });
          const card = latest?.card;
          if (card?.personId === personId)
            show({ ...latest, card: { ...card, historyCount: count, messageCount } });
        },
      );
    }, COUNT_AFTER_MS);
  };
  const show = (result: Pick<SidebarState, 'card' | 'problem' | 'lookalike'>) => {
    let shown = result;
    const card = result.card;
    if (card?.historyCount === null) {
      const known = historyCounts.get(card.personId);
      const count = known ? followCount(known, card.timeline) : null;
      if (known && count !== null) {
        // Messages move on alike, within the messages of the timeline; at least those the timeline shows.
        const messages = followCount(known.messages, card.timeline, messageWindow);
        const messageCount = Math.max(messages, messageWindow(card.timeline).length);
        shown = {
          ...result,
          card: { ...card, historyCount: Math.max(count, TIMELINE_LIMIT), messageCount },
        };
        historyCounts.set(card.personId, {
          count,
          window: historyWindow(card.timeline),
          at: known.at,
          messages: { count: messages, window: messageWindow(card.timeline) },
        });
      }
      if (!known || count !== known.count || Date.now() - known.at > COUNT_FRESH_MS)
        countLater(card.personId);
    } else if (card?.personId !== latest?.card?.personId) clearTimeout(countTimer);
    latest = shown;
    post({
      type: 'state',
      context,
      address: watched?.address ?? null,
      language: watched?.settings.language ?? 'auto',
      ...shown,
    });
  };
  const publish = () => {
    const address = selected ?? defaultSelection(context);
    const current = settings;
    if (current === null) return; // published again once the settings are loaded
    if (subscription && watched?.address === address && watched.settings === current) {
      // The same card under a new context (the thread logged, a message expanded): the live query keeps
      // running and already re-reads on every change, so re-reading it here would only delay the card.
      if (latest) show(latest);
      return;
    }
    subscription?.unsubscribe();
    clearTimeout(countTimer);
    watched = { address, settings: current };
    latest = null;
    // Only Dexie may be awaited inside liveQuery (anything else loses track of what it read), so the
    // settings are read outside it and a change of settings publishes again.
    subscription = liveQuery(async () =>
      address
        ? {
            card: await cardFor(address, current),
            lookalike: isAddressKey(address) ? await findLookalike(db, address) : null,
          }
        : { card: null, lookalike: null },
    ).subscribe({
      next: (found) => show(found),
      error: (error: unknown) => {
        console.error('[Kartka] sidebar card', error);
        show({ card: null, problem: error instanceof Error ? error.message : String(error) });
        watched = null; // a failed query has ended: the next publish reads again
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
  const unwatchSettings = watchSettings((checked) => {
    settings = checked.settings;
    publish();
  });
  port.onMessage.addListener((raw) => {
    const parsed = sidebarRequest.safeParse(raw);
    if (!parsed.success) return;
    selected = parsed.data.address;
    publish();
  });
  port.onDisconnect.addListener(() => {
    subscription?.unsubscribe();
    clearTimeout(countTimer);
    browser.storage.onChanged.removeListener(onChanged);
    unwatchSettings();
  });
  // The settings come from the watch above (it calls back at once); publish waits for both.
  void browser.storage.session.get(key).then((stored) => {
    // A change that arrived meanwhile is newer than what this read found.
    context ??= (stored[key] as TabContext | undefined) ?? null;
    publish();
  });
}
