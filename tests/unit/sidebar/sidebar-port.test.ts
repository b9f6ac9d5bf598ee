// The sidebar port: the card of the thread's correspondent, read once per correspondent and kept live.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { interactionId, type PersonId } from '../../../core/ids';
import { serveSidebar } from '../../../entrypoints/background/sidebar-port';
import { setTabContext } from '../../../entrypoints/background/tab-context';
import { issueSidebarKey } from '../../../entrypoints/background/sidebar-key';
import {
  sidebarPortName,
  type SidebarState,
  type TabContext,
} from '../../../integrations/messaging/protocol';
import { db } from '../../../storage/db';
import { createPerson } from '../../../storage/people';
import { NOW, testSettings } from '../storage/helpers';

/** Every card read, by address. */
const reads = vi.hoisted(() => ({ count: 0, addresses: [] as string[] }));
vi.mock('../../../storage/cards', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../storage/cards')>();
  return {
    ...real,
    cardForAddress: (...args: Parameters<typeof real.cardForAddress>) => {
      reads.count++;
      reads.addresses.push(args[1]);
      return real.cardForAddress(...args);
    },
  };
});

const OLENA = 'olena.koval@acme.com.ua';

function threadContext(patch: Partial<Extract<TabContext, { status: 'thread' }>> = {}): TabContext {
  return {
    status: 'thread',
    threadKey: 'gmail:19f82b4e90a11791',
    subject: 'Рахунок',
    provider: 'gmail',
    correspondents: [{ address: OLENA, name: 'Олена' }],
    main: OLENA,
    pending: true,
    added: 0,
    alreadyLogged: 0,
    decisions: [],
    at: NOW,
    ...patch,
  };
}

/** A sidebar frame's end of the port, recording what the background posts; `key` as its URL gave it. */
function sidebarPort(tabId: number, key = sidebarKey) {
  const posted: SidebarState[] = [];
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port = {
    name: sidebarPortName(key),
    sender: {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('/sidebar.html'),
      tab: { id: tabId, url: 'https://mail.google.com/mail/u/0/#inbox/19f82b4e90a11791' },
    },
    postMessage: (state: SidebarState) => posted.push(state),
    disconnect: vi.fn(),
    onMessage: { addListener: (f: (message: unknown) => void) => onMessage.push(f) },
    onDisconnect: { addListener: (f: () => void) => onDisconnect.push(f) },
  };
  return {
    port: port as unknown as Browser.runtime.Port,
    posted,
    send: (message: unknown) => onMessage.forEach((f) => f(message)),
    close: () => onDisconnect.forEach((f) => f()),
  };
}

let tabId: number;
let olena: PersonId;
let sidebarKey: string;
beforeEach(async () => {
  reads.count = 0;
  reads.addresses.length = 0;
  tabId = (await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/#inbox' })).id ?? -1;
  sidebarKey = await issueSidebarKey(tabId);
  const p = await createPerson(db, { displayName: 'Олена Коваль', emails: [OLENA] }, testSettings(), NOW);
  if (!p.ok) throw new Error('seed');
  olena = p.person.id;
});
afterEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('serveSidebar', () => {
  test.each([
    ['no key', ''],
    ['another key', 'f'.repeat(32)],
  ])(
    'a frame with %s (a copy the page framed itself) gets a refusal and nothing else',
    async (_case, key) => {
      await setTabContext(tabId, threadContext());
      const sidebar = sidebarPort(tabId, key);
      serveSidebar(sidebar.port);
      await vi.waitFor(() => expect(sidebar.posted).toEqual([{ type: 'refused' }]));
      expect(sidebar.port.disconnect).toHaveBeenCalled();
      await new Promise((done) => setTimeout(done, 50));
      expect(sidebar.posted).toEqual([{ type: 'refused' }]);
      expect(reads.count).toBe(0);
    },
  );

  test('a key stops working once the tab issues a new one (the frame it was for is gone)', async () => {
    const old = sidebarKey;
    await issueSidebarKey(tabId);
    const sidebar = sidebarPort(tabId, old);
    serveSidebar(sidebar.port);
    await vi.waitFor(() => expect(sidebar.posted).toEqual([{ type: 'refused' }]));
  });

  test('a new context for the same correspondent re-posts the live card without reading it again', async () => {
    await setTabContext(tabId, threadContext());
    const sidebar = sidebarPort(tabId);
    serveSidebar(sidebar.port);
    await vi.waitFor(() => expect(sidebar.posted.at(-1)?.card?.displayName).toBe('Олена Коваль'));
    expect(sidebar.posted.at(-1)).toMatchObject({ address: OLENA, context: { pending: true } });
    expect(reads.count).toBe(1);

    // The thread is logged: the context changes, the card stays the same query.
    await setTabContext(tabId, threadContext({ pending: false, alreadyLogged: 1 }));
    await vi.waitFor(() => expect(sidebar.posted.at(-1)?.context).toMatchObject({ pending: false }));
    expect(sidebar.posted.at(-1)?.card?.displayName).toBe('Олена Коваль');
    expect(reads.count).toBe(1);

    // A write to her history reaches the open card through the live query.
    await db.interactions.add({
      id: interactionId('i1'),
      kind: 'note',
      source: 'manual',
      direction: 'internal',
      participants: [],
      body: 'Передзвонити',
      at: NOW,
      attachmentNames: [],
      personIds: [olena],
      companyIds: [],
      createdAt: NOW,
    });
    await vi.waitFor(() => expect(sidebar.posted.at(-1)?.card?.historyCount).toBe(1));
    expect(sidebar.posted.at(-1)?.context).toMatchObject({ pending: false });

    // Choosing someone else reads their card.
    sidebar.send({ type: 'select', address: 'nobody@elsewhere.ua' });
    await vi.waitFor(() => expect(sidebar.posted.at(-1)).toMatchObject({ address: 'nobody@elsewhere.ua' }));
    expect(sidebar.posted.at(-1)?.card).toBeNull();
    expect(reads.addresses.at(-1)).toBe('nobody@elsewhere.ua');
    sidebar.close();
  });

  test('another thread with the same correspondent keeps the card; a closed frame gets nothing more', async () => {
    await setTabContext(tabId, threadContext());
    const sidebar = sidebarPort(tabId);
    serveSidebar(sidebar.port);
    await vi.waitFor(() => expect(sidebar.posted.at(-1)?.card?.historyCount).toBe(0));
    await setTabContext(tabId, threadContext({ threadKey: 'gmail:other', subject: 'Інше' }));
    await vi.waitFor(() =>
      expect(sidebar.posted.at(-1)?.context).toMatchObject({ threadKey: 'gmail:other' }),
    );
    expect(sidebar.posted.at(-1)?.card?.displayName).toBe('Олена Коваль');
    expect(reads.count).toBe(1);

    sidebar.close();
    const before = sidebar.posted.length;
    await setTabContext(tabId, threadContext({ threadKey: 'gmail:third' }));
    await new Promise((done) => setTimeout(done, 50));
    expect(sidebar.posted).toHaveLength(before);
  });

  test('a history longer than the timeline shows at once, and its count follows once the user stays', async () => {
    await db.interactions.bulkAdd(
      Array.from({ length: 80 }, (_, k) => ({
        id: interactionId(`long-${k}`),
        kind: 'email' as const,
        source: 'gmail' as const,
        providerKey: `gmail:long-${k}`,
        direction: 'incoming' as const,
        participants: [],
        at: NOW - k * 60_000,
        attachmentNames: [],
        personIds: [olena],
        companyIds: [],
        createdAt: NOW,
      })),
    );
    await setTabContext(tabId, threadContext());
    const sidebar = sidebarPort(tabId);
    serveSidebar(sidebar.port);
    await vi.waitFor(() => expect(sidebar.posted.at(-1)?.card?.timeline).toHaveLength(50));
    expect(sidebar.posted.at(-1)?.card?.historyCount).toBeNull();
    await vi.waitFor(() => expect(sidebar.posted.at(-1)?.card?.historyCount).toBe(80), { timeout: 4000 });
    // Reopened: the count known for this person shows at once.
    sidebar.close();
    const again = sidebarPort(tabId);
    serveSidebar(again.port);
    await vi.waitFor(() => expect(again.posted.at(-1)?.card?.historyCount).toBe(80));
    // A message logged while the card is open counts in the very card that shows it, not a minute later.
    const shown = again.posted.length;
    await db.interactions.add({
      id: interactionId('long-new'),
      kind: 'email' as const,
      source: 'gmail' as const,
      providerKey: 'gmail:long-new',
      direction: 'outgoing' as const,
      participants: [],
      at: NOW + 60_000,
      attachmentNames: [],
      personIds: [olena],
      companyIds: [],
      createdAt: NOW,
    });
    await vi.waitFor(() => expect(again.posted.at(-1)?.card?.timeline[0]?.key).toBe('i:long-new'));
    const first = again.posted.slice(shown).find((s) => s.card?.timeline[0]?.key === 'i:long-new');
    expect(first?.card?.historyCount).toBe(81);
    // And the count taken again once the user stays agrees.
    await new Promise((done) => setTimeout(done, 1700));
    expect(again.posted.at(-1)?.card?.historyCount).toBe(81);
    again.close();
  });
});
