// The fake Outlook's building blocks (labels, list rows, messages, conversation) as pure functions -> VNode,
// with the real page's hooks (design/MAIL-PAGES.md) and localized labels. The page script runs these very
// functions (serialised with `String(fn)`): each may use only its arguments, built-ins and this file's functions.
import type { FakeMailbox, FakeMessage, FakeThread } from './types';
import type { OutlookAppOptions, OutlookViewState } from './outlook-options';
import type { VNode } from './vnode';

/** Outlook on the web's labels in one UI language (en, de, uk, ru, pl); `locale` formats the dates. */
export function outlookFakeText(lang: string): Record<string, string> {
  const texts: Record<string, Record<string, string>> = {
    en: {
      locale: 'en-US',
      from: 'From',
      to: 'To',
      cc: 'Cc',
      pane: 'Reading Pane',
      message: 'Email message',
      list: 'Message list',
      empty: 'Select an item to read',
      more: 'More actions',
      inbox: 'Inbox',
      sent: 'Sent Items',
    },
    de: {
      locale: 'de-DE',
      from: 'Von',
      to: 'An',
      cc: 'Cc',
      pane: 'Lesebereich',
      message: 'E-Mail-Nachricht',
      list: 'Nachrichtenliste',
      empty: 'Wählen Sie ein Element aus, das gelesen werden soll.',
      more: 'Weitere Aktionen',
      inbox: 'Posteingang',
      sent: 'Gesendete Elemente',
    },
    uk: {
      locale: 'uk-UA',
      from: 'Від',
      to: 'Кому',
      cc: 'Копія',
      pane: 'Область читання',
      message: 'Повідомлення електронної пошти',
      list: 'Список повідомлень',
      empty: 'Виберіть елемент для читання',
      more: 'Інші дії',
      inbox: 'Вхідні',
      sent: 'Надіслані',
    },
    ru: {
      locale: 'ru-RU',
      from: 'От',
      to: 'Кому',
      cc: 'Копия',
      pane: 'Область чтения',
      message: 'Сообщение электронной почты',
      list: 'Список сообщений',
      empty: 'Выберите элемент для просмотра',
      more: 'Другие действия',
      inbox: 'Входящие',
      sent: 'Отправленные',
    },
    pl: {
      locale: 'pl-PL',
      from: 'Od',
      to: 'Do',
      cc: 'DW',
      pane: 'Okienko odczytu',
      message: 'Wiadomość e-mail',
      list: 'Lista wiadomości',
      empty: 'Wybierz element do przeczytania',
      more: 'Więcej akcji',
      inbox: 'Skrzynka odbiorcza',
      sent: 'Elementy wysłane',
    },
  };
  return texts[lang] ?? texts.en ?? {};
}

/** `Mon 11/23/2026 10:15 AM` (en) or `Mo 23.11.2026 10:15` (de; uk, ru, pl alike), in the browser's zone. */
export function outlookFakeDate(iso: string, lang: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  const locale = outlookFakeText(lang).locale ?? 'en-US';
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(d);
  const day = lang === 'pl' ? weekday : weekday.replace('.', '');
  if (lang !== 'en')
    return `${day.charAt(0).toUpperCase()}${day.slice(1)} ${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
  const h = d.getHours() % 12 || 12;
  return `${day} ${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()} ${h}:${p(d.getMinutes())} ${d.getHours() < 12 ? 'AM' : 'PM'}`;
}

/** One message: expanded (sender label, recipients, date, body) or collapsed (sender persona, date, preview). */
export function outlookFakeMessage(
  message: FakeMessage,
  index: number,
  expanded: boolean,
  options: OutlookAppOptions,
): VNode {
  const lang = options.lang ?? 'en';
  const t = outlookFakeText(lang);
  const date = outlookFakeDate(message.date, lang);
  const who = (p: { name: string; address: string }) => (p.name ? `${p.name} <${p.address}>` : p.address);
  const dateNode: VNode = [
    'div',
    { 'data-testid': 'SentReceivedSavedTime', title: date, class: 'AL_OM' },
    date,
  ];
  if (options.broken) {
    return [
      'div',
      { class: 'k-msg', 'data-fake-id': message.id },
      ['span', { class: 'k-from' }, message.from.name],
      ['div', { class: 'k-date' }, date],
      ['div', { class: 'k-body' }, message.body],
    ];
  }
  if (!expanded) {
    // The real header shows the display name only; older fakes gave the persona a `title` with the address.
    const sender: Record<string, string> =
      options.collapsedSender === 'address'
        ? { title: message.from.address, class: 'OZZZK' }
        : { class: 'OZZZK' };
    return [
      'div',
      { 'aria-expanded': 'false', tabindex: '0', class: 'aVla3 k-collapsed', 'data-fake-id': message.id },
      [
        'div',
        { 'aria-label': t.message ?? '', class: 'k-head' },
        ['span', sender, message.from.name || message.from.address],
        dateNode,
        ['div', { class: 'k-preview' }, message.body.slice(0, 80)],
      ],
    ];
  }
  const wells: VNode[] = [
    [
      'div',
      { 'data-testid': 'RecipientWell', class: 'k-well' },
      `${t.to}: ${message.to.map(who).join('; ')}`,
    ],
  ];
  if (message.cc.length)
    wells.push([
      'div',
      { 'data-testid': 'RecipientWell', class: 'k-well' },
      `${t.cc}: ${message.cc.map(who).join('; ')}`,
    ]);
  return [
    'div',
    { 'aria-expanded': 'true', tabindex: '0', class: 'aVla3', 'data-fake-id': message.id },
    [
      'div',
      { 'aria-label': t.message ?? '', role: 'region' },
      [
        'div',
        { class: 'k-head' },
        [
          'span',
          { 'aria-label': `${t.from}: ${who(message.from)}`, class: 'OZZZK', role: 'button' },
          message.from.name || message.from.address,
        ],
        dateNode,
        [
          'button',
          { 'aria-expanded': 'false', 'aria-haspopup': 'menu', 'aria-label': t.more ?? '', class: 'k-more' },
          '…',
        ],
        ...wells,
      ],
      [
        'div',
        { role: 'document', class: 'k-doc' },
        ['div', { id: `UniqueMessageBody_${index + 1}`, class: 'k-body' }, message.body],
      ],
    ],
  ];
}

/** The reading pane's content for a thread: a conversation, or one item when `only` names a message. */
export function outlookFakeConversation(
  thread: FakeThread,
  only: string,
  state: OutlookViewState,
  options: OutlookAppOptions,
): VNode {
  const shown = thread.messages.map((m, i) => ({ m, i })).filter(({ m }) => !only || m.id === only);
  const messages = shown.map(({ m, i }) =>
    outlookFakeMessage(m, i, !!only || m.expanded || state.opened.includes(m.id), options),
  );
  const heading: VNode = options.broken
    ? ['div', { class: 'k-subj' }, thread.subject]
    : [
        'div',
        { role: 'heading', 'aria-level': '2', class: 'k-subj' },
        ['span', { title: thread.subject, class: 'JdFsz' }, thread.subject],
      ];
  // The real pane puts the subject in its header, outside the container of the messages; older fakes put it inside.
  const inside = options.subject === 'inside';
  const header: VNode = ['div', { class: 'k-pane-header' }, heading];
  if (only)
    return inside
      ? ['div', { class: 'k-item' }, heading, ...messages]
      : ['div', { class: 'k-item' }, header, ['div', { class: 'k-item-body' }, ...messages]];
  const section = options.broken ? 'ThreadView' : 'ConversationContainer';
  return inside
    ? [
        'div',
        { id: 'ConversationReadingPaneContainer' },
        ['div', { 'data-app-section': section, class: 'k-conv' }, heading, ...messages],
      ]
    : [
        'div',
        { id: 'ConversationReadingPaneContainer' },
        header,
        ['div', { 'data-app-section': section, class: 'k-conv' }, ...messages],
      ];
}

/** List rows (`role=option`, `data-convid`, `aria-selected`): one per thread, or per message with conversation view off. */
export function outlookFakeRows(
  mailbox: FakeMailbox,
  threads: FakeThread[],
  selected: string,
  href: string,
  options: OutlookAppOptions,
): VNode[] {
  const perMessage = options.conversationView === false;
  return threads.flatMap((thread) => {
    const items = perMessage ? thread.messages : thread.messages.slice(-1);
    return items.map((m) => {
      const id = perMessage ? m.id : thread.id;
      const who = m.from.address === mailbox.account.address ? (m.to[0]?.name ?? '') : m.from.name;
      return [
        'div',
        {
          role: 'option',
          'data-convid': thread.id,
          'aria-selected': String(id === selected),
          'data-fake-href': href ? `${href}${encodeURIComponent(id)}` : '',
          'data-fake-select': id,
          class: 'hcptT jGG6V',
          tabindex: '-1',
        },
        ['span', { class: 'k-who' }, who],
        ['span', { class: 'k-subject' }, thread.subject],
        ['span', { class: 'k-date' }, outlookFakeDate(m.date, options.lang ?? 'en')],
      ] as VNode;
    });
  });
}
