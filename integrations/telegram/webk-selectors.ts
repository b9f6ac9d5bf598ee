// The one registry of Telegram WebK hooks (web.telegram.org/k/, github.com/morethanwords/tweb; facts:
// design/CHAT-PAGES.md). Alternatives best first; each hook has a fixture (tests/fakes/chat/webk-*.ts) and the
// convention test checks every alternative matches in one. Dates are when the hook was read in tweb's source.
import type { Hook } from '../hooks';

export const WEBK = {
  /**
   * The open chat: one `.chat.tabs-tab` per chat in `.chats-container`, the shown one `active` (a closing chat
   * lingers during the slide). tweb src/components/chat/chat.ts, read 2025.
   */
  chat: {
    alternatives: [
      '#column-center .chats-container > .chat.tabs-tab.active',
      '#column-center .chat.tabs-tab',
    ],
    view: 'chat',
    seen: '2021 / 2025',
  },
  /** Header title: `.topbar .chat-info .person .user-title` holding `span.peer-title[data-peer-id]`. tweb topbar.ts, 2025. */
  peerTitle: {
    alternatives: [
      '.topbar .chat-info .user-title .peer-title[data-peer-id]',
      '.topbar .peer-title[data-peer-id]',
    ],
    view: 'chat header',
    seen: '2021 / 2025',
  },
  /** Header avatar, carrying the same `data-peer-id` (when the title is being re-rendered). tweb avatar.ts, 2025. */
  peerAvatar: {
    alternatives: ['.topbar .chat-info .person [data-peer-id]', '.topbar [data-peer-id]'],
    view: 'chat header',
    seen: '2021 / 2025',
  },
  /** The message list: `.bubbles > .scrollable > .bubbles-inner`. tweb bubbles.ts, 2025. */
  list: { alternatives: ['.bubbles .bubbles-inner', '.bubbles-inner'], view: 'chat', seen: '2020 / 2025' },
  /**
   * One message: `.bubble[data-mid][data-peer-id][data-timestamp]` (safeRenderMessage sets all three), `.is-in`
   * / `.is-out`; `.service` for service and date bubbles. tweb bubbles.ts, 2025.
   */
  bubble: { alternatives: ['.bubble[data-mid]'], view: 'chat message', seen: '2020 / 2025' },
  /** Not a message of anyone's: date separators and service lines. */
  service: { alternatives: ['.service'], view: 'chat service bubble', seen: '2020 / 2025' },
  outgoing: { alternatives: ['.is-out'], view: 'chat message (mine)', seen: '2020 / 2025' },
  /** A broadcast channel's post (it has views): `.channel-post`. tweb bubbles.ts, 2025. */
  channelPost: { alternatives: ['.channel-post'], view: 'channel message', seen: '2021 / 2025' },
  /** The text: `.bubble-content .message` (`.message.spoilers-container`), time and reactions inside. */
  text: {
    alternatives: ['.bubble-content .message', '.message'],
    view: 'chat message',
    seen: '2020 / 2025',
  },
  /** Inside the text, not part of it: the time (`.time`), reactions, a reply's quote. */
  notText: {
    alternatives: ['.time, .time-inner, .reactions, .reply, .bubble-name-rank'],
    view: 'chat message',
    seen: '2020 / 2025',
  },
  /** A group's sender series: `.bubbles-group` with its avatar (`data-peer-id` of the sender). tweb bubbleGroups.ts, 2025. */
  senderGroup: { alternatives: ['.bubbles-group'], view: 'group chat', seen: '2021 / 2025' },
  senderAvatar: {
    alternatives: ['.bubbles-group-avatar[data-peer-id]', '.bubbles-group-avatar-container [data-peer-id]'],
    view: 'group chat',
    seen: '2021 / 2025',
  },
  /** The sender's name on the first bubble of a series: `.name .peer-title[data-peer-id]`. */
  senderName: {
    alternatives: ['.name .peer-title[data-peer-id]', '.name'],
    view: 'group chat',
    seen: '2020 / 2025',
  },
  /**
   * Right column profile (when open): rows phone, then username, each `.row` with `.row-title` (the value) and a
   * localized `.row-subtitle` (peerProfile.ts appends them in that order). Anchor on order and shape, not labels.
   */
  profile: { alternatives: ['#column-right .profile-content'], view: 'profile', seen: '2021 / 2025' },
  profileName: {
    alternatives: ['.profile-name .peer-title[data-peer-id]', '.profile-name [data-peer-id]'],
    view: 'profile',
    seen: '2021 / 2025',
  },
  profileRow: { alternatives: ['.row'], view: 'profile', seen: '2021 / 2025' },
  rowTitle: { alternatives: ['.row-title'], view: 'profile', seen: '2021 / 2025' },
} as const satisfies Record<string, Hook>;

export type WebkHookName = keyof typeof WEBK;
