// @vitest-environment happy-dom
// "Paste a conversation" with a Telegram export: a result.json pasted as text is read as the file; a whole-account
// export asks which chat, picks the one with the client's Telegram id, says who is the user, warns when the chat is
// with someone else; a long export is logged in batches the background takes, each message with its key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { expect, test, vi } from 'vitest';
import { translator } from '../../../core/i18n';
import type { PastedMessage } from '../../../core/parse/chat-paste';
import { PasteConversation } from '../../../components/sidebar/PasteConversation';
import { render } from '../render';

const DIR = join(__dirname, '../../files/telegram-export');
const t = translator('en');

function type(area: HTMLTextAreaElement, text: string): void {
  const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  act(() => {
    set?.call(area, text);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const byTestId = (el: HTMLElement, id: string) => el.querySelector(`[data-testid="${id}"]`);

async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

function open(props: Partial<Parameters<typeof PasteConversation>[0]> = {}) {
  const onLog = vi.fn(async (_m: string, messages: PastedMessage[]) => ({
    added: messages.length,
    alreadyLogged: 0,
  }));
  const el = render(<PasteConversation name="Олена Коваль" locale="en" t={t} onLog={onLog} {...props} />);
  act(() => (byTestId(el, 'paste-open') as HTMLButtonElement).click());
  return { el, onLog };
}

test('a result.json pasted as text: previewed as the file would be, the user told by the ids, logged with keys', async () => {
  const { el, onLog } = open();
  type(
    byTestId(el, 'paste-text') as HTMLTextAreaElement,
    readFileSync(join(DIR, 'olena/result.json'), 'utf8'),
  );
  expect(byTestId(el, 'export-summary')?.textContent).toContain('10 messages, Nov 3, 2025 – Mar 12, 2026');
  const me = [...el.querySelectorAll('label')].find((l) => l.textContent === 'Оксана Мельник: 4');
  expect(me?.querySelector('input')?.checked).toBe(true);
  expect(el.textContent).toContain('1 service line left out');
  act(() => (byTestId(el, 'export-log') as HTMLButtonElement).click());
  await flush();
  expect(onLog).toHaveBeenCalledTimes(1);
  const [messenger, messages] = onLog.mock.calls[0] ?? [];
  expect(messenger).toBe('telegram');
  expect(messages?.filter((m) => m.direction === 'outgoing')).toHaveLength(4);
  expect(messages?.[0]?.key).toBe('telegram:5012345678:2');
  expect(byTestId(el, 'export-done')?.textContent).toBe('10 messages logged; 0 already in the base.');
});

test('a broken JSON paste says so, instead of listing every line as unreadable', () => {
  const { el } = open();
  type(byTestId(el, 'paste-text') as HTMLTextAreaElement, '{"name": "Олена", "messages": [');
  expect(byTestId(el, 'export-error')?.textContent).toContain('“result.json” is not valid JSON');
  expect(byTestId(el, 'paste-unread')).toBeNull();
});

test('a whole-account export: the chat with the client’s Telegram id is picked, another can be chosen', () => {
  const { el } = open({ name: 'Петро Новак', telegramIds: ['7234567890'] });
  type(
    byTestId(el, 'paste-text') as HTMLTextAreaElement,
    readFileSync(join(DIR, 'account/result.json'), 'utf8'),
  );
  const select = byTestId(el, 'export-chat') as HTMLSelectElement;
  expect([...select.options].map((o) => o.textContent)).toEqual([
    'Pick the chat to log.',
    'Петро Новак (2 messages)',
    'Зоря Агро — закупівлі (2 messages)',
    'Агроновини (1 message)',
  ]);
  expect(select.value).toBe('0');
  expect(el.querySelector('[role="alert"]')).toBeNull();
  act(() => {
    select.value = '1';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  expect(byTestId(el, 'export-summary')?.textContent).toContain('2 messages');
});

test('a private chat with someone else than the client’s Telegram id is warned about', () => {
  const { el } = open({ telegramIds: ['999'] });
  type(
    byTestId(el, 'paste-text') as HTMLTextAreaElement,
    readFileSync(join(DIR, 'olena/result.json'), 'utf8'),
  );
  expect(el.querySelector('[role="alert"]')?.textContent).toBe(
    'This is a chat with Telegram user 5012345678, but Олена Коваль’s Telegram id is 999. Check that you picked the right chat.',
  );
});

test('a long export is logged in batches of 5000, the most the background takes at once', async () => {
  const messages = Array.from({ length: 12_001 }, (_, i) => ({
    id: i + 1,
    type: 'message',
    date: '2026-01-01T10:00:00',
    date_unixtime: String(1_767_261_600 + i * 60),
    from: i % 2 ? 'Оксана' : 'Олена Коваль',
    from_id: i % 2 ? 'user1' : 'user5012345678',
    text: `повідомлення ${i + 1}`,
  }));
  const { el, onLog } = open();
  type(
    byTestId(el, 'paste-text') as HTMLTextAreaElement,
    JSON.stringify({ name: 'Олена Коваль', type: 'personal_chat', id: 5012345678, messages }),
  );
  act(() => (byTestId(el, 'export-log') as HTMLButtonElement).click());
  for (let i = 0; i < 5 && onLog.mock.calls.length < 3; i++) await flush();
  expect(onLog.mock.calls.map(([, batch]) => batch.length)).toEqual([5000, 5000, 2001]);
  expect(byTestId(el, 'export-done')?.textContent).toBe('12,001 messages logged; 0 already in the base.');
});
