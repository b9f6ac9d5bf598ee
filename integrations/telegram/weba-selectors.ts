// The one registry of Telegram WebA hooks (web.telegram.org/a/, github.com/Ajaxy/telegram-tt; facts:
// design/CHAT-PAGES.md). Alternatives best first; each hook has a fixture (tests/fakes/chat/weba-*.ts) and the
// convention test checks every alternative matches in one. Dates are when the hook was read in telegram-tt.
import type { Hook } from '../hooks';

export const WEBA = {
  /** The middle column's header: `.MiddleHeader .ChatInfo` with the peer's `.Avatar[data-peer-id]`. 2021 / 2025. */
  header: {
    alternatives: ['#MiddleColumn .MiddleHeader .ChatInfo', '.MiddleHeader .ChatInfo'],
    view: 'chat header',
    seen: '2021 / 2025',
  },
  avatar: { alternatives: ['.Avatar[data-peer-id]'], view: 'chat header', seen: '2021 / 2025' },
  /** The chat's title: `h3.fullName` (FullNameTitle since 2024). */
  title: { alternatives: ['.fullName', '.info h3'], view: 'chat header', seen: '2021 / 2025' },
  /** The list: `#MessageList .messages-container` (MessageList.tsx, MessageListContent.tsx). 2021 / 2025. */
  list: {
    alternatives: ['#MessageList .messages-container', '.MessageList .messages-container'],
    view: 'chat',
    seen: '2021 / 2025',
  },
  /** A day: `.message-date-group` with its `.sticky-date > span` ("Today", a weekday, "March 12"). 2021 / 2025. */
  dateGroup: { alternatives: ['.message-date-group'], view: 'chat', seen: '2021 / 2025' },
  dateHeader: { alternatives: ['.sticky-date span', '.sticky-date'], view: 'chat', seen: '2021 / 2025' },
  /**
   * One message: `.Message.message-list-item[data-message-id]`, element id `message-<id>` (was `message<id>`
   * until 2024: these hooks do change). Service lines are `.ActionMessage` and are not matched. 2021 / 2025.
   */
  message: {
    alternatives: ['.Message.message-list-item[data-message-id]', '.Message[data-message-id]'],
    view: 'chat message',
    seen: '2021 / 2025',
  },
  own: { alternatives: ['.own'], view: 'chat message (mine)', seen: '2021 / 2025' },
  /** The text: `.text-content`, with the time (`.MessageMeta`) inside it. */
  text: { alternatives: ['.text-content'], view: 'chat message', seen: '2021 / 2025' },
  notText: {
    alternatives: ['.MessageMeta, .Reactions, .message-title, .EmbeddedMessage'],
    view: 'chat message',
    seen: '2021 / 2025',
  },
  time: {
    alternatives: ['.MessageMeta .message-time', '.message-time'],
    view: 'chat message',
    seen: '2021 / 2025',
  },
  /** A channel post counts views (`.message-views` in its meta). */
  views: { alternatives: ['.message-views'], view: 'channel message', seen: '2021 / 2025' },
  /** A group's sender series (`.sender-group-container`, 2024) with the sender's avatar. */
  senderGroup: { alternatives: ['.sender-group-container'], view: 'group chat', seen: '2024 / 2025' },
  senderAvatar: { alternatives: ['.Avatar[data-peer-id]'], view: 'group chat', seen: '2021 / 2025' },
  senderName: {
    alternatives: ['.message-title-name'],
    view: 'group chat',
    seen: '2021 / 2025',
  },
  /** The right column's profile rows: `.ChatExtra .ListItem` with an `icon-phone` or `icon-mention` icon. */
  extra: { alternatives: ['#RightColumn .ChatExtra', '.ChatExtra'], view: 'profile', seen: '2021 / 2025' },
  phoneIcon: { alternatives: ['.icon-phone'], view: 'profile', seen: '2021 / 2025' },
  usernameIcon: { alternatives: ['.icon-mention'], view: 'profile', seen: '2022 / 2025' },
  listItem: { alternatives: ['.ListItem'], view: 'profile', seen: '2021 / 2025' },
  rowTitle: { alternatives: ['.title'], view: 'profile', seen: '2021 / 2025' },
} as const satisfies Record<string, Hook>;

export type WebaHookName = keyof typeof WEBA;
