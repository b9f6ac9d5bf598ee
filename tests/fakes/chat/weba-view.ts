// The fake Telegram WebA page's views (telegram-tt's markup: MessageListContent.tsx, message/Message.tsx,
// SenderGroupContainer.tsx, MiddleHeader, profile/ChatExtra.tsx), as plain VNode trees. Each function uses only
// its arguments and the other functions here (they are serialized into the page).
import type { VNode } from '../mail/vnode';
import type { ChatFakeKit } from './common';
import type { FakeChat, FakeChatBase, FakeChatOptions } from './types';

export interface WebaState {
  chatId: string | null;
  start: number;
  profile: boolean;
  now: number;
}

export function webaFakeChatList(base: FakeChatBase, state: WebaState): VNode {
  return [
    'div',
    { id: 'LeftColumn' },
    [
      'div',
      { class: 'chat-list custom-scroll' },
      ...base.chats.map((c): VNode => [
        'div',
        {
          class: `ListItem Chat chat-item-clickable${c.id === state.chatId ? ' selected' : ''}`,
          'data-fake-chat': c.id,
        },
        ['div', { class: 'ListItem-button' }, ['h3', { class: 'fullName' }, c.title]],
      ]),
    ],
  ];
}

export function webaFakeHeader(chat: FakeChat, options: FakeChatOptions, kit: ChatFakeKit): VNode {
  const labels = kit.labels(options.lang ?? 'en');
  const people = new Set(chat.messages.flatMap((m) => (m.from ? [m.from.id] : []))).size + 1;
  const status =
    chat.kind === 'user'
      ? labels.lastSeen
      : `${people} ${chat.kind === 'channel' ? labels.subscribers : labels.members}`;
  return [
    'div',
    { class: 'MiddleHeader' },
    [
      'div',
      { class: 'Transition' },
      [
        'div',
        { class: 'ChatInfo', 'data-fake-profile': '1' },
        [
          'div',
          { class: 'Avatar size-medium', ...(options.broken ? {} : { 'data-peer-id': chat.id }) },
          chat.title.slice(0, 1),
        ],
        [
          'div',
          { class: 'info' },
          ['div', { class: 'title' }, ['h3', { dir: 'auto', class: 'fullName' }, chat.title]],
          ['div', { class: 'status' }, ['span', { class: 'user-status' }, status]],
        ],
      ],
    ],
  ];
}

export function webaFakeMessage(
  chat: FakeChat,
  i: number,
  first: boolean,
  options: FakeChatOptions,
  kit: ChatFakeKit,
): VNode {
  const m = chat.messages[i];
  if (!m) return ['div', {}];
  const id = m.sending ? `${m.id}.0001` : String(m.id);
  const title: VNode[] =
    first && m.from && chat.kind === 'group'
      ? [
          [
            'div',
            { class: 'message-title', dir: 'ltr' },
            ['span', { class: 'message-title-name interactive' }, m.from.name],
          ],
        ]
      : [];
  const views: VNode[] =
    chat.kind === 'channel'
      ? [
          ['span', { class: 'message-views' }, '1.2K'],
          ['i', { class: 'icon icon-channelviews' }],
        ]
      : [];
  return [
    'div',
    {
      id: `message-${id.replace('.', '-')}`,
      class: `Message message-list-item${m.out ? ' own' : ''}${first ? ' first-in-group' : ''}`,
      [options.broken ? 'data-msg-id' : 'data-message-id']: id,
    },
    ['div', { class: 'bottom-marker', 'data-message-id': id }],
    [
      'div',
      { class: 'message-content-wrapper can-select-text' },
      [
        'div',
        { class: 'message-content text has-shadow', dir: 'auto' },
        [
          'div',
          { class: 'content-inner', dir: 'auto' },
          ...title,
          [
            'div',
            { class: 'text-content clearfix with-meta', dir: 'auto' },
            m.text,
            [
              'span',
              { class: 'MessageMeta', dir: 'ltr' },
              ...views,
              ['span', { class: 'message-time' }, kit.clock(m.at, options.lang ?? 'en')],
            ],
          ],
        ],
      ],
    ],
  ];
}

/** The kept rows in day groups (`.message-date-group`) and sender series (`.sender-group-container`). */
export function webaFakeMessages(
  chat: FakeChat,
  state: WebaState,
  options: FakeChatOptions,
  kit: ChatFakeKit,
): VNode[] {
  const lang = options.lang ?? 'en';
  return kit.groups(chat, state.start, options.window ?? 15).map((day): VNode => [
    'div',
    { class: 'message-date-group' },
    [
      'div',
      { class: 'sticky-date interactive' },
      ['span', { dir: 'auto' }, kit.day(day.at, state.now, lang)],
    ],
    ...day.series.map((series): VNode => {
      const from = series.from;
      const first = series.indices[0] ?? 0;
      const avatar: VNode[] =
        chat.kind === 'group' && from
          ? [['div', { class: 'Avatar size-small', 'data-peer-id': from.id }, from.name.slice(0, 1)]]
          : [];
      return [
        'div',
        { class: 'sender-group-container', id: `message-group-${chat.messages[first]?.id ?? 0}` },
        ...avatar,
        ...series.indices.map((i, n) => webaFakeMessage(chat, i, n === 0, options, kit)),
      ];
    }),
  ]);
}

export function webaFakeExtra(chat: FakeChat, options: FakeChatOptions, kit: ChatFakeKit): VNode {
  const labels = kit.labels(options.lang ?? 'en');
  const item = (icon: string, value: string, label: string): VNode => [
    'div',
    { class: 'ListItem narrow' },
    [
      'div',
      { class: 'ListItem-button', role: 'button' },
      ['i', { class: `icon icon-${icon}` }],
      [
        'div',
        { class: 'multiline-item' },
        ['span', { class: 'title', dir: 'auto' }, value],
        ['span', { class: 'subtitle' }, label],
      ],
    ],
  ];
  return [
    'div',
    { id: 'RightColumn' },
    [
      'div',
      { class: 'ChatExtra' },
      ...(chat.phone ? [item('phone', chat.phone, labels.phone)] : []),
      ...(chat.username ? [item('mention', `@${chat.username}`, labels.username)] : []),
      item('info', 'Закупівлі, агро', labels.bio),
    ],
  ];
}

export function webaFakeApp(
  base: FakeChatBase,
  state: WebaState,
  options: FakeChatOptions,
  kit: ChatFakeKit,
): VNode {
  const chat = base.chats.find((c) => c.id === state.chatId);
  const { from, to } = kit.window(chat?.messages.length ?? 0, state.start, options.window ?? 15);
  const middle: VNode = chat
    ? [
        'div',
        { id: 'MiddleColumn' },
        webaFakeHeader(chat, options, kit),
        [
          'div',
          { id: 'MessageList', class: 'MessageList custom-scroll', 'data-fake-scroller': '1' },
          [
            'div',
            {
              class: options.broken ? 'messages-list' : 'messages-container',
              style: `padding-top: ${from * 64}px; padding-bottom: ${(chat.messages.length - to) * 64}px;`,
            },
            ...webaFakeMessages(chat, state, options, kit),
          ],
        ],
      ]
    : ['div', { id: 'MiddleColumn' }];
  return [
    'div',
    { id: 'UiLoader' },
    [
      'div',
      { class: 'Transition' },
      webaFakeChatList(base, state),
      middle,
      ...(chat && chat.kind === 'user' && state.profile ? [webaFakeExtra(chat, options, kit)] : []),
    ],
  ];
}
