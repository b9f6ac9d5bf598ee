// A reading the background refuses never leaves the previous thread's or chat's card in the sidebar.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabContextKey, type TabContext } from '../../../integrations/messaging/protocol';
import { onRefusedReading } from '../../../entrypoints/background/handlers';
import { rememberChat, rememberedChat } from '../../../entrypoints/background/chat-memory';
import { rememberThread, rememberedThread } from '../../../entrypoints/background/thread-memory';
import { setTabContext } from '../../../entrypoints/background/tab-context';
import { message, NOW, thread } from '../storage/helpers';

const sender = { kind: 'mail-page' as const, tabId: 7, url: 'https://mail.google.com/mail/u/0/#inbox/x' };

describe('a refused thread reading', () => {
  it('makes the tab show "unreadable" and forgets the thread it showed', async () => {
    const shown = thread('19f82b4e90a11791', [message('m1', 'olena@zoria.ua', ['me@firm.ua'], NOW)]);
    await rememberThread(7, shown);
    await setTabContext(7, {
      status: 'thread',
      threadKey: 'gmail:19f82b4e90a11791',
      subject: shown.subject,
      provider: 'gmail',
      correspondents: [{ address: 'olena@zoria.ua', name: 'Олена' }],
      main: 'olena@zoria.ua',
      pending: false,
      added: 1,
      alreadyLogged: 0,
      decisions: [],
      at: NOW,
    });

    await onRefusedReading('page.thread', sender, 'messages.0.date: expected number');

    const key = tabContextKey(7);
    const context = (await fakeBrowser.storage.session.get(key))[key] as TabContext;
    expect(context).toMatchObject({
      status: 'unreadable',
      details: { problem: 'messages.0.date: expected number' },
    });
    expect(await rememberedThread(7)).toBeNull();
  });

  it('from a chat page: the tab shows "unreadable" and forgets the chat it showed', async () => {
    const chatPage = { kind: 'chat-page' as const, tabId: 9, url: 'https://web.telegram.org/k/#@olena' };
    await rememberChat(9, {
      messenger: 'telegram',
      client: 'telegram-k',
      peer: { kind: 'user', id: '500', title: 'Олена' },
      messages: [],
    });
    await onRefusedReading('page.chat', chatPage, 'messages.0.at: expected number');
    const key = tabContextKey(9);
    expect((await fakeBrowser.storage.session.get(key))[key]).toMatchObject({
      status: 'unreadable',
      reason: 'The chat as read from the page was not valid',
    });
    expect(await rememberedChat(9)).toBeNull();
  });

  it('does nothing for other messages or senders', async () => {
    await onRefusedReading('sidebar.addNote', { ...sender, kind: 'extension-page' }, 'x');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
