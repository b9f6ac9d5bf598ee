// The fake WhatsApp Web page's views: the markup the hooks rely on (#main, header title, rows with data-id,
// message-in/out, data-pre-plain-text, selectable-text) around generated-looking class names, as VNode trees.
// Each function uses only its arguments and the other functions here (they are serialized into the page).
import type { VNode } from '../mail/vnode';
import type { ChatFakeKit } from './common';
import type { FakeChat, FakeChatBase, FakeChatOptions } from './types';

export interface WhatsappState {
  chatId: string | null;
  start: number;
  now: number;
}

/** A message's id as WhatsApp Web's rows show it (hex). */
export function whatsappFakeMessageId(id: number): string {
  return `3EB0${id.toString(16).toUpperCase().padStart(16, '0')}`;
}

/** The row's data-id: `{fromMe}_{chat}_{id}`, and a group message's participant after it (wa-js MsgKey). */
export function whatsappFakeDataId(chat: FakeChat, i: number, me: string): string {
  const m = chat.messages[i];
  if (!m) return '';
  const key = `${m.out ? 'true' : 'false'}_${chat.id}_${whatsappFakeMessageId(m.id)}`;
  if (chat.kind !== 'group') return key;
  return `${key}_${m.out ? me : (m.from?.id ?? '')}`;
}

/** "[14:05, 12.03.2026] Олена: " — the date in the UI language's order (month first in English). */
export function whatsappFakePrePlain(at: number, name: string, lang: string, kit: ChatFakeKit): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date =
    lang === 'uk' || lang === 'ru'
      ? `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`
      : `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`;
  return `[${kit.clock(at, lang)}, ${date}] ${name}: `;
}

export function whatsappFakeRow(
  chat: FakeChat,
  i: number,
  base: FakeChatBase,
  options: FakeChatOptions,
  kit: ChatFakeKit,
): VNode {
  const m = chat.messages[i];
  if (!m) return ['div', {}];
  const lang = options.lang ?? 'en';
  const name = m.out ? base.me.name : (m.from?.name ?? chat.title);
  const sender: VNode[] =
    chat.kind === 'group' && !m.out
      ? [['span', { class: 'wa-sender _ahxt', 'aria-label': `${name}:` }, name]]
      : [];
  return [
    'div',
    { role: 'row' },
    [
      'div',
      {
        class: 'wa-row _amjv',
        tabindex: '-1',
        [options.broken ? 'data-key' : 'data-id']: whatsappFakeDataId(chat, i, base.me.id),
      },
      [
        'div',
        { class: `${m.out ? 'message-out' : 'message-in'} focusable-list-item _amjy` },
        ...sender,
        [
          'div',
          { class: 'copyable-text', 'data-pre-plain-text': whatsappFakePrePlain(m.at, name, lang, kit) },
          [
            'div',
            { class: '_akbu' },
            ['span', { dir: 'ltr', class: 'selectable-text copyable-text x1lliihq' }, ['span', {}, m.text]],
          ],
        ],
        ['span', { class: 'wa-time x1c4vz4f' }, kit.clock(m.at, lang)],
      ],
    ],
  ];
}

export function whatsappFakeApp(
  base: FakeChatBase,
  state: WhatsappState,
  options: FakeChatOptions,
  kit: ChatFakeKit,
): VNode {
  const chat = base.chats.find((c) => c.id === state.chatId);
  const list: VNode = [
    'div',
    { id: 'side' },
    [
      'div',
      { id: 'pane-side' },
      [
        'div',
        { role: 'grid', 'aria-label': 'Chat list' },
        ...base.chats.map((c): VNode => [
          'div',
          { role: 'listitem', 'data-fake-chat': c.id, 'aria-selected': String(c.id === state.chatId) },
          ['span', { dir: 'auto', title: c.title }, c.title],
        ]),
      ],
    ],
  ];
  if (!chat)
    return [
      'div',
      { id: 'app' },
      list,
      ['div', { class: 'wa-start' }, kit.labels(options.lang ?? 'en').start],
    ];
  const { from, to } = kit.window(chat.messages.length, state.start, options.window ?? 15);
  const rows: VNode[] = [];
  for (let i = from; i < to; i++) rows.push(whatsappFakeRow(chat, i, base, options, kit));
  return [
    'div',
    { id: 'app' },
    list,
    [
      'div',
      { id: 'main', class: '_ajx_' },
      [
        'header',
        { class: '_amid' },
        [
          'div',
          { role: 'button' },
          ['span', { dir: 'auto', title: chat.title, class: 'x1iyjqo2' }, chat.title],
        ],
      ],
      [
        'div',
        {
          role: 'application',
          'data-fake-scroller': '1',
          'data-scrolltracepolicy': 'wa.web.conversation.messages',
        },
        [
          'div',
          { style: `padding-top: ${from * 64}px; padding-bottom: ${(chat.messages.length - to) * 64}px;` },
          ...rows,
        ],
      ],
    ],
  ];
}
