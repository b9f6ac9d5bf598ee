// The fake Telegram WebK page's views (tweb's markup: src/components/chat/bubbles.ts, topbar.ts,
// peerProfile.ts), as plain VNode trees: the page script mounts them, unit tests serialize them. Each function
// uses only its arguments and the other view functions (they are serialized into the page).
import type { VNode } from '../mail/vnode';
import type { ChatFakeKit } from './common';
import type { FakeChat, FakeChatBase, FakeChatOptions } from './types';

export interface WebkState {
  /** The open chat's Bot API id, or null on the start screen. */
  chatId: string | null;
  /** The first message row kept in the page. */
  start: number;
  profile: boolean;
  now: number;
}

/** Height of one bubble row in the fake's CSS: the list keeps rows in view and pads for the rest. */
export const WEBK_ROW = 64;

/** A chat's peer id as tweb writes it: groups and channels alike `-<id>` (a channel's -100 prefix dropped). */
export function webkFakePeerId(chat: FakeChat): string {
  if (!chat.id.startsWith('-100')) return chat.id;
  return `-${String(BigInt(chat.id.slice(1)) - 1_000_000_000_000n)}`;
}

/** tweb's data-mid: private chats and basic groups the server id, channels and supergroups 2^32 + id. */
export function webkFakeMid(chat: FakeChat, id: number, sending: boolean): string {
  const mid = chat.id.startsWith('-100') ? 4_294_967_296 + id : id;
  return sending ? `${mid}.0001` : String(mid);
}

/** tweb writes `#@username` for a chat with a username, else `#<peerId>`. */
export function webkFakeHash(chat: FakeChat): string {
  return chat.username ? `#@${chat.username}` : `#${webkFakePeerId(chat)}`;
}

export function webkFakeChatList(base: FakeChatBase, state: WebkState): VNode {
  return [
    'div',
    { id: 'column-left', class: 'tabs-tab sidebar sidebar-left' },
    [
      'ul',
      { class: 'chatlist' },
      ...base.chats.map((c): VNode => [
        'a',
        {
          class: `chatlist-chat rp${c.id === state.chatId ? ' active' : ''}`,
          'data-peer-id': webkFakePeerId(c),
          'data-fake-chat': c.id,
        },
        [
          'span',
          { class: 'dialog-title' },
          ['span', { class: 'peer-title', 'data-peer-id': webkFakePeerId(c) }, c.title],
        ],
      ]),
    ],
  ];
}

export function webkFakeSubtitle(chat: FakeChat, lang: string, kit: ChatFakeKit): string {
  const labels = kit.labels(lang);
  if (chat.kind === 'user') return labels.lastSeen;
  const people = new Set(chat.messages.flatMap((m) => (m.from ? [m.from.id] : []))).size + 1;
  return `${people} ${chat.kind === 'channel' ? labels.subscribers : labels.members}`;
}

export function webkFakeTopbar(chat: FakeChat, options: FakeChatOptions, kit: ChatFakeKit): VNode {
  const peer = webkFakePeerId(chat);
  // A broken page: the ids moved off the title (as after a client update) and the list was renamed.
  const idAttr: Record<string, string> = options.broken ? {} : { 'data-peer-id': peer };
  return [
    'div',
    { class: 'sidebar-header topbar' },
    [
      'div',
      { class: 'chat-info-container' },
      [
        'div',
        { class: 'chat-info', 'data-fake-profile': '1' },
        [
          'div',
          { class: 'person' },
          ['div', { class: 'avatar avatar-42', ...idAttr }, chat.title.slice(0, 1)],
          [
            'div',
            { class: 'content' },
            [
              'div',
              { class: 'top' },
              ['div', { class: 'user-title' }, ['span', { class: 'peer-title', ...idAttr }, chat.title]],
            ],
            [
              'div',
              { class: 'bottom' },
              [
                'div',
                { class: 'info' },
                ['span', { class: 'i18n' }, webkFakeSubtitle(chat, options.lang ?? 'en', kit)],
              ],
            ],
          ],
        ],
      ],
    ],
  ];
}

export function webkFakeBubble(
  chat: FakeChat,
  i: number,
  first: boolean,
  options: FakeChatOptions,
  kit: ChatFakeKit,
): VNode {
  const m = chat.messages[i];
  if (!m) return ['div', {}];
  const lang = options.lang ?? 'en';
  const classes = [
    'bubble',
    m.out ? 'is-out' : 'is-in',
    ...(m.sending ? ['is-outgoing', 'is-sending'] : []),
    ...(chat.kind === 'channel' ? ['channel-post'] : []),
    ...(first ? ['is-group-first'] : []),
  ];
  const name: VNode[] =
    first && m.from && chat.kind === 'group'
      ? [
          [
            'div',
            { class: 'name' },
            ['span', { class: 'peer-title', 'data-peer-id': m.from.id }, m.from.name],
          ],
        ]
      : [];
  return [
    'div',
    {
      class: classes.join(' '),
      [options.broken ? 'data-message-id' : 'data-mid']: webkFakeMid(chat, m.id, m.sending === true),
      'data-peer-id': webkFakePeerId(chat),
      'data-timestamp': String(Math.floor(m.at / 1000)),
    },
    [
      'div',
      { class: 'bubble-content-wrapper' },
      [
        'div',
        { class: 'bubble-content' },
        ...name,
        [
          'div',
          { class: 'message spoilers-container' },
          m.text,
          ['span', { class: 'time tgico' }, ['span', { class: 'time-inner' }, kit.clock(m.at, lang)]],
        ],
      ],
    ],
  ];
}

/** The kept rows in date groups (`.bubbles-date-group`) and sender series (`.bubbles-group`), as tweb groups them. */
export function webkFakeBubbles(
  chat: FakeChat,
  state: WebkState,
  options: FakeChatOptions,
  kit: ChatFakeKit,
): VNode[] {
  const lang = options.lang ?? 'en';
  return kit.groups(chat, state.start, options.window ?? 15).map((day): VNode => [
    'div',
    { class: 'bubbles-date-group' },
    [
      'div',
      { class: 'bubble service is-date' },
      [
        'div',
        { class: 'bubble-content' },
        ['div', { class: 'service-msg' }, kit.day(day.at, state.now, lang)],
      ],
    ],
    ...day.series.map((series): VNode => {
      const from = series.from;
      const avatar: VNode[] =
        chat.kind === 'group' && from
          ? [
              [
                'div',
                { class: 'bubbles-group-avatar-container' },
                [
                  'div',
                  { class: 'avatar bubbles-group-avatar', 'data-peer-id': from.id },
                  from.name.slice(0, 1),
                ],
              ],
            ]
          : [];
      return [
        'div',
        { class: 'bubbles-group' },
        ...avatar,
        ...series.indices.map((i, n) => webkFakeBubble(chat, i, n === 0, options, kit)),
      ];
    }),
  ]);
}

export function webkFakeProfile(chat: FakeChat, options: FakeChatOptions, kit: ChatFakeKit): VNode {
  const labels = kit.labels(options.lang ?? 'en');
  const row = (value: string | undefined, label: string): VNode => [
    'div',
    { class: 'row row-with-icon row-with-padding', ...(value ? {} : { style: 'display: none;' }) },
    ['span', { class: 'tgico row-icon' }, ''],
    ['div', { class: 'row-title' }, value ?? ''],
    ['div', { class: 'row-subtitle' }, label],
  ];
  return [
    'div',
    { id: 'column-right', class: 'sidebar sidebar-right' },
    [
      'div',
      { class: 'profile-content' },
      [
        'div',
        { class: 'profile-name' },
        ['span', { class: 'peer-title', 'data-peer-id': webkFakePeerId(chat) }, chat.title],
      ],
      [
        'div',
        { class: 'sidebar-left-section' },
        [
          'div',
          { class: 'sidebar-left-section-content' },
          row(chat.phone, labels.phone),
          row(chat.username, labels.username),
          row('Закупівлі, агро', labels.bio),
        ],
      ],
    ],
  ];
}

/** The whole page below `body`: chat list, the open chat (or the start screen), the profile column when open. */
export function webkFakeApp(
  base: FakeChatBase,
  state: WebkState,
  options: FakeChatOptions,
  kit: ChatFakeKit,
): VNode {
  const chat = base.chats.find((c) => c.id === state.chatId);
  const center: VNode[] = chat
    ? [
        [
          'div',
          { class: 'chat tabs-tab active', 'data-type': 'chat' },
          ['div', { class: 'chat-background' }],
          webkFakeTopbar(chat, options, kit),
          [
            'div',
            { class: 'bubbles' },
            [
              'div',
              { class: 'scrollable scrollable-y', 'data-fake-scroller': '1' },
              [
                'div',
                {
                  class: options.broken ? 'bubbles-list' : 'bubbles-inner',
                  style: webkFakePadding(chat, state, options, kit),
                },
                ...webkFakeBubbles(chat, state, options, kit),
              ],
            ],
          ],
        ],
      ]
    : [
        [
          'div',
          { class: 'chat tabs-tab active', 'data-type': 'chat' },
          ['div', { class: 'chat-background' }],
        ],
      ];
  return [
    'div',
    { id: 'main-columns', class: 'tabs-container' },
    webkFakeChatList(base, state),
    ['div', { id: 'column-center' }, ['div', { class: 'chats-container tabs-container' }, ...center]],
    ...(chat && chat.kind === 'user' && state.profile ? [webkFakeProfile(chat, options, kit)] : []),
  ];
}

/** Padding that stands for the rows not in the page, so the scroll range is the whole chat's. */
export function webkFakePadding(
  chat: FakeChat,
  state: WebkState,
  options: FakeChatOptions,
  kit: ChatFakeKit,
): string {
  const { from, to } = kit.window(chat.messages.length, state.start, options.window ?? 15);
  return `padding-top: ${from * 64}px; padding-bottom: ${(chat.messages.length - to) * 64}px;`;
}
