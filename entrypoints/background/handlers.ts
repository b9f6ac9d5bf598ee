// The background's answer to every message: validate (done by the router), decide in core, write in storage.
import { db } from '../../storage/db';
import { logThread } from '../../storage/interactions';
import { loadSettings } from '../../storage/settings-item';
import { loadDemoBase } from '../../storage/demo';
import type { Handlers } from '../../integrations/messaging/router';
import { setTabContext } from './tab-context';

// A tab's readings can overtake each other; only the newest one may set the sidebar's context.
const latestReading = new Map<number, number>();
let readingCounter = 0;

function claim(tabId: number): () => boolean {
  const mine = ++readingCounter;
  latestReading.set(tabId, mine);
  return () => latestReading.get(tabId) === mine;
}

export const handlers: Handlers = {
  async 'page.thread'(thread, sender) {
    const tabId = sender.tabId ?? -1;
    const isLatest = claim(tabId);
    const now = Date.now();
    const settings = await loadSettings();
    const result = await logThread(db, thread, settings, now);
    if (isLatest()) {
      await setTabContext(tabId, {
        status: 'thread',
        threadKey: result.threadKey,
        subject: thread.subject,
        provider: thread.provider,
        correspondents: result.correspondents.map(({ address, name }) => ({ address, name })),
        main: result.main,
        added: result.added,
        alreadyLogged: result.alreadyLogged,
        decisions: result.decisions.map(({ providerMessageId, logged, reason }) => ({
          providerMessageId,
          logged,
          reason,
        })),
        at: now,
      });
    }
    return { added: result.added, alreadyLogged: result.alreadyLogged };
  },

  async 'page.noThread'(_payload, sender) {
    const tabId = sender.tabId ?? -1;
    claim(tabId);
    await setTabContext(tabId, { status: 'no-thread', at: Date.now() });
    return null;
  },

  async 'page.unreadable'(reading, sender) {
    const tabId = sender.tabId ?? -1;
    claim(tabId);
    await setTabContext(tabId, {
      status: 'unreadable',
      reason: reading.reason,
      details: reading.details,
      at: Date.now(),
    });
    return null;
  },

  async 'demo.load'() {
    return loadDemoBase(db, await loadSettings(), Date.now());
  },
};
