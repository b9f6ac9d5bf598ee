// What the three fake chat pages share: their UI strings in en/uk/ru, day headers and clock times as the real
// clients print them, and the window of rows a virtualized list keeps in the page. Each function stands alone
// (it is serialized into the pages' inline scripts by pageScript).

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

/** The helpers a view needs, passed in (a serialized view cannot import): `CHAT_FAKE_KIT` here, `KIT` in a page. */
export interface ChatFakeKit {
  labels: typeof chatFakeLabels;
  day: typeof chatFakeDay;
  clock: typeof chatFakeClock;
  window: typeof chatFakeWindow;
}

export const CHAT_FAKE_KIT: ChatFakeKit = {
  labels: chatFakeLabels,
  day: chatFakeDay,
  clock: chatFakeClock,
  window: chatFakeWindow,
};

/** The functions a page script must define for its `KIT`, and the line that builds it. */
export const CHAT_FAKE_KIT_FUNCTIONS = [
  chatFakeLabels,
  chatFakeLocale,
  chatFakeDay,
  chatFakeClock,
  chatFakeWindow,
];
export const CHAT_FAKE_KIT_SOURCE =
  'var KIT = { labels: chatFakeLabels, day: chatFakeDay, clock: chatFakeClock, window: chatFakeWindow };';
