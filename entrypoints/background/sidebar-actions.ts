// The sidebar's actions: checked to come from Kartka's sidebar framed in a mail tab, applied by repositories.
import { browser } from '#imports';
import { ActionError, fieldsRefused } from '../../core/action-error';
import { newClientStage } from '../../core/lifecycle';
import { isPageOrigin } from '../../core/page-origins';
import { openCard } from '../../integrations/capture/open-card';
import type { Handlers, VerifiedSender } from '../../integrations/messaging/router';
import { dueToday } from '../../storage/app-queries';
import { findCompanyByAddress } from '../../storage/companies';
import { db } from '../../storage/db';
import { addDeal } from '../../storage/deals';
import { addNote, createPerson, getPerson, setStage } from '../../storage/people';
import { loadSettings } from '../../storage/settings';
import { refreshStage } from '../../storage/stages';
import { addTask, completeTask } from '../../storage/tasks';
import { tabContextKey, type TabContext } from '../../integrations/messaging/protocol';
import { logOpenedThread, threadContext } from './opened-thread';
import { rememberedThread } from './thread-memory';
import { setTabContext } from './tab-context';

type SidebarAction =
  | 'sidebar.addNote'
  | 'sidebar.addTask'
  | 'sidebar.completeTask'
  | 'sidebar.setStage'
  | 'sidebar.addDeal'
  | 'sidebar.addPerson'
  | 'sidebar.openCard'
  | 'sidebar.today';

/** The tab of the sidebar that sent an action; throws unless it is our sidebar page inside a mail or chat tab. */
export async function sidebarTab(sender: VerifiedSender, action: string): Promise<number> {
  const refused = () =>
    new ActionError(`Refused "${action}": only Kartka's sidebar inside a mail or chat site may do this.`, {
      code: 'refused',
      params: { action },
    });
  if (!sender.url.startsWith(browser.runtime.getURL('/sidebar.html')) || sender.tabId === null)
    throw refused();
  const tab = await browser.tabs.get(sender.tabId).catch(() => null);
  if (!isPageOrigin(tab?.url)) throw refused();
  return sender.tabId;
}

const personGone = () =>
  new ActionError('This client is no longer in the base (deleted or merged); reopen the thread.', {
    code: 'person.gone',
  });

export async function requirePerson(id: Parameters<typeof getPerson>[1]) {
  const person = await getPerson(db, id);
  if (!person || person.mergedInto) throw personGone();
  return person;
}

/** Logs the tab's thread again (someone was just added, so mail with them may now be logged) and updates its context. */
async function relogTab(tabId: number): Promise<void> {
  const snapshot = await rememberedThread(tabId);
  if (!snapshot) return;
  const now = Date.now();
  const result = await logOpenedThread(db, snapshot, await loadSettings(), now);
  const key = tabContextKey(tabId);
  const current = (await browser.storage.session.get(key))[key] as TabContext | undefined;
  // The page may have moved on to another thread meanwhile: only refresh the context it still shows.
  if (current?.status === 'thread' && current.threadKey === result.threadKey) {
    await setTabContext(tabId, threadContext(snapshot, result, now));
  }
}

export const sidebarActions: Pick<Handlers, SidebarAction> = {
  async 'sidebar.addNote'({ personId, text }, sender) {
    await sidebarTab(sender, 'sidebar.addNote');
    await requirePerson(personId);
    await addNote(db, personId, text, Date.now());
    return null;
  },

  async 'sidebar.addTask'({ personId, title, due }, sender) {
    await sidebarTab(sender, 'sidebar.addTask');
    await requirePerson(personId);
    await addTask(db, { personId, title, due, kind: 'task' }, Date.now());
    return null;
  },

  async 'sidebar.completeTask'({ taskId }, sender) {
    await sidebarTab(sender, 'sidebar.completeTask');
    const done = await completeTask(db, taskId, Date.now());
    if (!done) throw new ActionError('That task is already done or was deleted.', { code: 'task.gone' });
    return null;
  },

  async 'sidebar.setStage'({ personId, stage, reason }, sender) {
    await sidebarTab(sender, 'sidebar.setStage');
    const settings = await loadSettings();
    if (!settings.pipeline.some((s) => s.id === stage)) {
      throw new ActionError(`There is no stage "${stage}" in your pipeline; pick one from the list.`, {
        code: 'stage.unknown',
        params: { stage },
      });
    }
    if (!(await setStage(db, { kind: 'person', id: personId }, stage, reason, Date.now())))
      throw personGone();
    return null;
  },

  async 'sidebar.addDeal'({ personId, title, amount, currency }, sender) {
    await sidebarTab(sender, 'sidebar.addDeal');
    await requirePerson(personId);
    const now = Date.now();
    await addDeal(
      db,
      { personId, title, ...(amount === null ? {} : { amount }), ...(currency.trim() ? { currency } : {}) },
      now,
    );
    await refreshStage(db, { kind: 'person', id: personId }, await loadSettings(), now);
    return null;
  },

  async 'sidebar.addPerson'({ address, name }, sender) {
    const tabId = await sidebarTab(sender, 'sidebar.addPerson');
    const settings = await loadSettings();
    const now = Date.now();
    const company = await findCompanyByAddress(db, address, settings);
    const written = await createPerson(
      db,
      {
        displayName: name.trim() || address,
        emails: [address],
        companies: company
          ? [{ companyId: company.id, decisionMaker: false, archived: false, since: now }]
          : [],
        source: 'sidebar: added from a mail thread',
        stage: newClientStage(now),
      },
      settings,
      now,
    );
    if (!written.ok) throw fieldsRefused(written.problems);
    await refreshStage(db, { kind: 'person', id: written.person.id }, settings, now);
    await relogTab(tabId);
    return { personId: written.person.id };
  },

  async 'sidebar.today'({ startOfDay, until }, sender) {
    await sidebarTab(sender, 'sidebar.today');
    return dueToday(db, startOfDay, until);
  },

  async 'sidebar.openCard'({ personId }, sender) {
    await sidebarTab(sender, 'sidebar.openCard');
    await requirePerson(personId);
    await openCard(personId);
    return null;
  },
};
