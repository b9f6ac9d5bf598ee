// What the three fake chat pages share: their UI strings in en/uk/ru, day headers and clock times as the real
// clients print them, the window of rows a virtualized list keeps in the page and its days and series, and the
// page behaviour. The chatFake* view helpers stand alone (they are serialized into the pages' inline scripts).
import type { FakeChat, FakeChatBase, FakeChatMessage, FakeChatOptions } from './types';

/** UI strings of the fake clients, by the client's language. */
export function chatFakeLabels(lang: string) {
  const uk = {
    lastSeen: 'був(-ла) нещодавно',
    members: 'учасників',
    subscribers: 'підписників',
    phone: 'Телефон',
    username: 'Ім’я користувача',
    bio: 'Про себе',
    today: 'Сьогодні',
    yesterday: 'Вчора',
    weekdays: ['неділя', 'понеділок', 'вівторок', 'середа', 'четвер', 'п’ятниця', 'субота'],
    search: 'Пошук',
    start: 'Виберіть чат, щоб почати спілкування',
  };
  const ru = {
    lastSeen: 'был(а) недавно',
    members: 'участников',
    subscribers: 'подписчиков',
    phone: 'Телефон',
    username: 'Имя пользователя',
    bio: 'О себе',
    today: 'Сегодня',
    yesterday: 'Вчера',
    weekdays: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
    search: 'Поиск',
    start: 'Выберите чат, чтобы начать общение',
  };
  const en = {
    lastSeen: 'last seen recently',
    members: 'members',
    subscribers: 'subscribers',
    phone: 'Phone',
    username: 'Username',
    bio: 'Bio',
    today: 'Today',
    yesterday: 'Yesterday',
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    search: 'Search',
    start: 'Select a chat to start messaging',
  };
  return lang === 'uk' ? uk : lang === 'ru' ? ru : en;
}

/** The locale tag the fake client formats dates with. */
export function chatFakeLocale(lang: string): string {
  return lang === 'uk' ? 'uk-UA' : lang === 'ru' ? 'ru-RU' : 'en-US';
}

/**
 * A day header as telegram-tt's formatHumanDate writes it: Today, Yesterday, a weekday within the past week,
 * else "March 12" (with the year when it is not this year), upper-cased first.
 */
export function chatFakeDay(at: number, now: number, lang: string): string {
  const labels = chatFakeLabels(lang);
  const day = new Date(at);
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  const start = new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
  const back = Math.round((today.getTime() - start) / 86_400_000);
  let text;
  if (back === 0) text = labels.today;
  else if (back === 1) text = labels.yesterday;
  else if (back > 1 && back < 7) text = labels.weekdays[day.getDay()] ?? '';
  else
    text = day.toLocaleString(chatFakeLocale(lang), {
      month: 'long',
      day: 'numeric',
      year: day.getFullYear() === today.getFullYear() ? undefined : 'numeric',
    });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "14:05", or "2:05 PM" in English, as the clients print a message's time. */
export function chatFakeClock(at: number, lang: string): string {
  return new Date(at).toLocaleTimeString(chatFakeLocale(lang), { hour: 'numeric', minute: '2-digit' });
}

/** The rows kept in the page: `size` rows from `start` (clamped), as the clients drop rows scrolled away. */
export function chatFakeWindow(total: number, start: number, size: number): { from: number; to: number } {
  const from = Math.max(0, Math.min(start, total - size));
  return { from, to: Math.min(total, from + size) };
}

/** One day of the kept rows, in series of one sender's messages (indices into the chat's messages). */
export interface ChatFakeDay {
  at: number;
  series: { from: FakeChatMessage['from']; indices: number[] }[];
}

/** The kept rows in days and sender series, as both Telegram clients group them (a series per sender in a row). */
export function chatFakeGroups(chat: FakeChat, start: number, size: number): ChatFakeDay[] {
  const { from, to } = chatFakeWindow(chat.messages.length, start, size);
  const days: ChatFakeDay[] = [];
  let dayKey = '';
  let seriesKey = '';
  for (let i = from; i < to; i++) {
    const m = chat.messages[i];
    if (!m) continue;
    const key = new Date(m.at).toDateString();
    let day = days[days.length - 1];
    if (!day || key !== dayKey) {
      dayKey = key;
      seriesKey = '';
      day = { at: m.at, series: [] };
      days.push(day);
    }
    const who = m.out ? 'me' : (m.from?.id ?? 'them');
    const series = day.series[day.series.length - 1];
    if (series && who === seriesKey) series.indices.push(i);
    else day.series.push({ from: m.out ? undefined : m.from, indices: [i] });
    seriesKey = who;
  }
  return days;
}

/** The helpers a view needs, passed in (a serialized view cannot import): `CHAT_FAKE_KIT` here, `KIT` in a page. */
export interface ChatFakeKit {
  labels: typeof chatFakeLabels;
  day: typeof chatFakeDay;
  clock: typeof chatFakeClock;
  window: typeof chatFakeWindow;
  groups: typeof chatFakeGroups;
}

export const CHAT_FAKE_KIT: ChatFakeKit = {
  labels: chatFakeLabels,
  day: chatFakeDay,
  clock: chatFakeClock,
  window: chatFakeWindow,
  groups: chatFakeGroups,
};

/** The functions a page script must define for its `KIT`. */
export const CHAT_FAKE_KIT_FUNCTIONS = [
  chatFakeLabels,
  chatFakeLocale,
  chatFakeDay,
  chatFakeClock,
  chatFakeWindow,
  chatFakeGroups,
];
const KIT_SOURCE =
  'var KIT = { labels: chatFakeLabels, day: chatFakeDay, clock: chatFakeClock, window: chatFakeWindow, groups: chatFakeGroups };';

/**
 * The behaviour all three fake pages share: render `app` into the body, open a chat from the list (`route` does
 * what the client does to the URL, `push` false for a chat opened from the URL itself), toggle the profile column
 * from the header, keep only the rows near the viewport as the list scrolls. `init` runs last.
 */
export function chatFakeMain(app: string, route: string, init: string): string {
  return `
${KIT_SOURCE}
var state = { chatId: null, start: 0, profile: DATA.options.profile === true, now: Date.now() };
function render() {
  state.now = Date.now();
  patchChildren(document, document.body, [${app}(DATA.base, state, DATA.options, KIT)]);
}
function chatOf(id) { return DATA.base.chats.find(function (c) { return c.id === id; }); }
function open(chat, push) {
  ${route}
  state.chatId = chat.id;
  state.start = chat.messages.length;
  render();
  var s = document.querySelector('[data-fake-scroller]');
  if (s) s.scrollTop = s.scrollHeight;
}
document.addEventListener('click', function (event) {
  var target = event.target instanceof Element ? event.target : null;
  var item = target && target.closest('[data-fake-chat]');
  if (item) {
    var chat = chatOf(item.getAttribute('data-fake-chat'));
    if (chat) open(chat, true);
    return;
  }
  if (target && target.closest('[data-fake-profile]')) { state.profile = !state.profile; render(); }
});
document.addEventListener('scroll', function (event) {
  var s = event.target instanceof Element && event.target.closest('[data-fake-scroller]');
  if (!s) return;
  var start = Math.max(0, Math.floor(s.scrollTop / 64) - 2);
  if (start === state.start) return;
  state.start = start;
  render();
}, true);
${init}
`;
}

/** A fake page's HTML around its body. */
export function chatFakeHtml(o: {
  lang: string;
  htmlClass?: string;
  bodyClass?: string;
  title: string;
  css: string;
  body: string;
}): string {
  const html = o.htmlClass ? ` class="${o.htmlClass}"` : '';
  const body = o.bodyClass ? ` class="${o.bodyClass}"` : '';
  return `<!doctype html><html lang="${o.lang}"${html}><head><meta charset="utf-8"><title>${o.title}</title><style>${o.css}</style></head><body${body}>${o.body}</body></html>`;
}

/** A view's state with `chatId` open at its latest messages (or from `start`), for a page rendered as static HTML. */
export function chatFakeState(
  base: FakeChatBase,
  chatId: string | null,
  options: FakeChatOptions,
  now: number,
  start?: number,
): { chatId: string | null; start: number; profile: boolean; now: number } {
  const chat = base.chats.find((c) => c.id === chatId);
  return { chatId, start: start ?? chat?.messages.length ?? 0, profile: options.profile === true, now };
}
