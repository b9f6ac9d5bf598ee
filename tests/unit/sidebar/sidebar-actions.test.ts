// The sidebar's actions: refused unless sent by Kartka's sidebar framed in a mail tab; applied through storage.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ActionError } from '../../../core/action-error';
import { translator } from '../../../core/i18n';
import { actionErrorText } from '../../../core/i18n/action-error-text';
import { taskId } from '../../../core/ids';
import { send } from '../../../integrations/messaging/client';
import { rememberThread } from '../../../entrypoints/background/thread-memory';
import { sidebarActions } from '../../../entrypoints/background/sidebar-actions';
import { setTabContext } from '../../../entrypoints/background/tab-context';
import { personId, type PersonId } from '../../../core/ids';
import { tabContextKey, type TabContext } from '../../../integrations/messaging/protocol';
import { createRouter, type Handlers, type VerifiedSender } from '../../../integrations/messaging/router';
import { createCompany } from '../../../storage/companies';
import { db } from '../../../storage/db';
import { createPerson } from '../../../storage/people';
import { countInteractionsForPerson } from '../../../storage/interactions';
import { ME, message, NOW, testSettings, thread } from '../storage/helpers';

const SIDEBAR = 'chrome-extension://test-extension-id/sidebar.html#theme=dark';
let tabId: number;
let sidebar: VerifiedSender;

beforeEach(async () => {
  const tab = await fakeBrowser.tabs.create({
    url: 'https://mail.google.com/mail/u/0/#inbox/19f82b4e90a11791',
  });
  tabId = tab.id ?? -1;
  sidebar = { kind: 'extension-page', tabId, url: SIDEBAR };
});
afterEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function olena(): Promise<PersonId> {
  const p = await createPerson(
    db,
    { displayName: 'Олена Коваль', emails: ['olena.koval@acme.com.ua'] },
    testSettings(),
    NOW,
  );
  if (!p.ok) throw new Error('seed');
  return p.person.id;
}

describe('sender checks', () => {
  it.each([
    [
      'the popup',
      { kind: 'extension-page', tabId: null, url: 'chrome-extension://test-extension-id/popup.html' },
    ],
    ['a sidebar outside a tab', { kind: 'extension-page', tabId: null, url: SIDEBAR }],
  ] as const)('refuses %s', async (_who, sender) => {
    const id = await olena();
    await expect(sidebarActions['sidebar.addNote']({ personId: id, text: 'x' }, sender)).rejects.toThrow(
      /only Kartka's sidebar/,
    );
    expect(await db.interactions.count()).toBe(0);
  });

  it('refuses a sidebar in a tab that is not a mail site', async () => {
    const other = await fakeBrowser.tabs.create({ url: 'https://hostile.example/frame' });
    const sender: VerifiedSender = { kind: 'extension-page', tabId: other.id ?? -1, url: SIDEBAR };
    await expect(sidebarActions['sidebar.openCard']({ personId: await olena() }, sender)).rejects.toThrow(
      /only Kartka's sidebar/,
    );
  });
});

describe('actions', () => {
  it('adds a note to the history', async () => {
    const id = await olena();
    await sidebarActions['sidebar.addNote']({ personId: id, text: 'Хоче знижку' }, sidebar);
    expect(await db.interactions.toArray()).toMatchObject([
      { kind: 'note', body: 'Хоче знижку', personIds: [id] },
    ]);
  });

  it('adds a task, and marks it done', async () => {
    const id = await olena();
    await sidebarActions['sidebar.addTask'](
      { personId: id, title: 'Передзвонити', due: NOW + 86_400_000 },
      sidebar,
    );
    const [task] = await db.tasks.toArray();
    expect(task).toMatchObject({ title: 'Передзвонити', personId: id, done: false });
    if (!task) throw new Error('no task');
    await sidebarActions['sidebar.completeTask']({ taskId: task.id }, sidebar);
    expect((await db.tasks.get(task.id))?.done).toBe(true);
    await expect(sidebarActions['sidebar.completeTask']({ taskId: task.id }, sidebar)).rejects.toThrow(
      /already done/,
    );
  });

  it('sets a stage from the pipeline, with the reason, and refuses one that is not in it', async () => {
    const id = await olena();
    await sidebarActions['sidebar.setStage'](
      { personId: id, stage: 'vip', reason: 'рамковий договір' },
      sidebar,
    );
    expect((await db.people.get(id))?.stage).toMatchObject({
      stage: 'vip',
      reason: 'рамковий договір',
      setBy: 'hand',
    });
    await expect(
      sidebarActions['sidebar.setStage']({ personId: id, stage: 'gold', reason: '' }, sidebar),
    ).rejects.toThrow(/no stage "gold"/);
  });

  it('opens a deal and re-derives the stage from it', async () => {
    const id = await olena();
    await sidebarActions['sidebar.addDeal'](
      { personId: id, title: 'Насіння', amount: 1200, currency: 'uah' },
      sidebar,
    );
    expect(await db.deals.toArray()).toMatchObject([
      { title: 'Насіння', amount: 1200, currency: 'UAH', status: 'open' },
    ]);
    expect((await db.people.get(id))?.stage).toMatchObject({ stage: 'active', setBy: 'rule' });
  });

  it('says what to do when the person is gone', async () => {
    await expect(
      sidebarActions['sidebar.addNote']({ personId: personId('gone'), text: 'x' }, sidebar),
    ).rejects.toThrow(/no longer in the base/);
  });

  it('opens the full card in a new tab', async () => {
    const id = await olena();
    await sidebarActions['sidebar.openCard']({ personId: id }, sidebar);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(`chrome-extension://test-extension-id/app.html#/people/${id}`);
  });
});

describe('adding a correspondent', () => {
  const PETRO = 'petro.hnatiuk@agrosvit.com.ua';
  const snapshot = () =>
    thread('19f82b4e90a11791', [message('19f82b4e90a11791', PETRO, [ME], NOW - 3_600_000)], 'Запит на прайс');

  it('creates them at their company and logs the open thread with them at once', async () => {
    const company = await createCompany(db, { name: 'Агросвіт', domains: ['agrosvit.com.ua'] }, NOW);
    if (!company.ok) throw new Error('seed');
    await rememberThread(tabId, snapshot());
    const before: TabContext = {
      status: 'thread',
      threadKey: 'gmail:19f82b4e90a11791',
      subject: 'Запит на прайс',
      provider: 'gmail',
      correspondents: [{ address: PETRO, name: 'Петро Гнатюк' }],
      main: PETRO,
      pending: false,
      added: 0,
      alreadyLogged: 0,
      decisions: [{ providerMessageId: '19f82b4e90a11791', logged: false, reason: 'not a client' }],
      at: NOW,
    };
    await setTabContext(tabId, before);

    const { personId: id } = await sidebarActions['sidebar.addPerson'](
      { address: PETRO, name: 'Петро Гнатюк' },
      sidebar,
    );
    expect(await db.people.get(id)).toMatchObject({
      displayName: 'Петро Гнатюк',
      emails: [PETRO],
      companies: [{ companyId: company.company.id }],
      stage: { stage: 'potential', setBy: 'rule' },
    });
    expect(await countInteractionsForPerson(db, id)).toBe(1);
    const key = tabContextKey(tabId);
    const after = (await fakeBrowser.storage.session.get(key))[key] as TabContext;
    expect(after).toMatchObject({ status: 'thread', added: 1 });
  });

  it('explains why an address cannot be added twice', async () => {
    await sidebarActions['sidebar.addPerson']({ address: PETRO, name: '' }, sidebar);
    await expect(sidebarActions['sidebar.addPerson']({ address: PETRO, name: '' }, sidebar)).rejects.toThrow(
      /already belongs to/,
    );
  });
});

describe('errors the sidebar shows in its language', () => {
  /** The sidebar's `send` answered by the background's real router, as the browser would carry it. */
  function wireSidebar(): void {
    const route = createRouter(
      sidebarActions as Handlers,
      fakeBrowser.runtime.id,
      fakeBrowser.runtime.getURL('/'),
    );
    const facts = {
      id: fakeBrowser.runtime.id,
      url: SIDEBAR.replace('test-extension-id', fakeBrowser.runtime.id),
      tab: { id: tabId, url: 'https://mail.google.com/mail/u/0/#inbox/19f82b4e90a11791' },
    };
    // The reply goes through structured cloning, as between extension contexts.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) =>
      structuredClone(await route(message, facts)),
    );
  }

  async function failure(action: () => Promise<unknown>): Promise<ActionError> {
    const error: unknown = await action().then(
      () => null,
      (e: unknown) => e,
    );
    if (!(error instanceof ActionError)) throw new Error(`expected an ActionError, got ${String(error)}`);
    return error;
  }

  it.each([
    [
      'a task already done',
      () => send('sidebar.completeTask', { taskId: taskId('gone') }),
      { code: 'task.gone' },
      'That task is already done or was deleted.',
      'Це завдання вже виконано або видалено.',
      'Эта задача уже выполнена или удалена.',
    ],
    [
      'a person who is gone',
      () => send('sidebar.addNote', { personId: personId('gone'), text: 'x' }),
      { code: 'person.gone' },
      'This client is no longer in the base (deleted or merged); reopen the thread.',
      'Цього клієнта вже немає в базі (його видалено або об’єднано з іншим); відкрийте розмову ще раз.',
      'Этого клиента уже нет в базе (он удалён или объединён с другим); откройте переписку заново.',
    ],
  ] as const)('%s reaches the caller with its code', async (_name, action, because, en, uk, ru) => {
    wireSidebar();
    const error = await failure(action);
    expect(error.because).toEqual(because);
    expect(error.message).toBe(en);
    expect(actionErrorText(error, translator('en'))).toBe(en);
    expect(actionErrorText(error, translator('uk'))).toBe(uk);
    expect(actionErrorText(error, translator('ru'))).toBe(ru);
  });

  it('names a stage that is not in the pipeline', async () => {
    wireSidebar();
    const id = await olena();
    const error = await failure(() => send('sidebar.setStage', { personId: id, stage: 'gold', reason: '' }));
    expect(error.because).toEqual({ code: 'stage.unknown', params: { stage: 'gold' } });
    expect(actionErrorText(error, translator('uk'))).toBe(
      'У вашій воронці немає етапу «gold»; виберіть етап зі списку.',
    );
  });

  it('carries each refused field with its validator code', async () => {
    wireSidebar();
    await send('sidebar.addPerson', { address: 'petro.hnatiuk@agrosvit.com.ua', name: '' });
    const error = await failure(() =>
      send('sidebar.addPerson', { address: 'petro.hnatiuk@agrosvit.com.ua', name: 'Петро' }),
    );
    expect(error.message).toMatch(/already belongs to/u);
    expect(error.because).toMatchObject({
      code: 'fields',
      problems: [{ because: { code: 'owned.email', params: { value: 'petro.hnatiuk@agrosvit.com.ua' } } }],
    });
    expect(actionErrorText(error, translator('ru'))).toMatch(
      /^petro\.hnatiuk@agrosvit\.com\.ua уже принадлежит карточке «petro\.hnatiuk@agrosvit\.com\.ua»/u,
    );
  });

  it('keeps a plain error plain: the English message, no code', async () => {
    wireSidebar();
    const error: unknown = await send('sidebar.addNote', { personId: personId('p'), text: '' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ActionError);
  });
});
