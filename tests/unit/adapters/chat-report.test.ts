// What a chat page sends: each message once per page load, and nothing when nothing changed.
import { expect, test } from 'vitest';
import type { ChatReading } from '../../../core/chat';
import { chatReporter } from '../../../integrations/report-chat';

const chat = (peer: string, ids: string[], title = 'Олена'): ChatReading => ({
  kind: 'chat',
  chat: {
    messenger: 'telegram',
    client: 'telegram-k',
    peer: { kind: 'user', id: peer, title },
    messages: ids.map((id) => ({ id, direction: 'incoming', at: 1, text: id })),
  },
});
const ids = (r: ChatReading | undefined) => (r?.kind === 'chat' ? r.chat.messages.map((m) => m.id) : r?.kind);

test('scrolling, switching away and back, and a peer that changes', () => {
  const sent: ChatReading[] = [];
  const report = chatReporter((r) => sent.push(r));
  report(chat('1', ['10', '11', '12']));
  report(chat('1', ['11', '12', '13'])); // scrolled: one new row
  report(chat('1', ['12', '13'])); // re-rendered: nothing new, same peer
  report(chat('2', ['7']));
  report(chat('1', ['12', '13'])); // back to the first chat: who it is with, no messages again
  report(chat('1', ['12', '13'], 'Олена Коваль')); // the header changed
  report({ kind: 'no-chat' });
  report(chat('1', ['13']));
  expect(sent.map(ids)).toEqual([['10', '11', '12'], ['13'], ['7'], [], [], 'no-chat', []]);
});
