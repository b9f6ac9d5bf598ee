// The fake Gmail's building blocks (texts, list row, message, thread) as pure functions -> VNode, with the real
// page's hooks (design/MAIL-PAGES.md). The page script runs these very functions (serialised with
// `String(fn)`), so each may use only its arguments, built-ins and the other functions in this file.
import type { FakeMailbox, FakeMessage, FakeThread } from './types';
import type { GmailAppOptions, GmailViewState } from './gmail-options';
import type { VNode } from './vnode';

/** Hex -> decimal, as `#msg-f:` and `thread-f:` print ids. */
export function gmailFakeDecimal(hex: string): string {
  return BigInt(`0x${hex}`).toString(10);
}

/** Gmail's words in one UI language (en, de, uk, ru, pl): the recipient line, "me", the older-messages bar. */
export function gmailFakeText(lang: string): Record<string, string> {
  const texts: Record<string, Record<string, string>> = {
    en: {
      locale: 'en-US',
      to: 'to',
      cc: 'cc',
      me: 'me',
      older: '{n} older messages',
      account: 'Google Account',
    },
    de: {
      locale: 'de-DE',
      to: 'an',
      cc: 'Cc',
      me: 'ich',
      older: '{n} ältere Nachrichten',
      account: 'Google-Konto',
    },
    uk: {
      locale: 'uk-UA',
      to: 'кому',
      cc: 'копія',
      me: 'я',
      older: 'Попередніх повідомлень: {n}',
      account: 'Обліковий запис Google',
    },
    ru: {
      locale: 'ru-RU',
      to: 'кому',
      cc: 'копия',
      me: 'я',
      older: 'Ещё сообщений: {n}',
      account: 'Аккаунт Google',
    },
    pl: {
      locale: 'pl-PL',
      to: 'do',
      cc: 'DW',
      me: 'ja',
      older: 'Starsze wiadomości: {n}',
      account: 'Konto Google',
    },
  };
  return texts[lang] ?? texts.en ?? {};
}

export function gmailFakeDate(iso: string, locale: string, full: boolean): string {
  const options: Intl.DateTimeFormatOptions = full
    ? {
        weekday: 'short',
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      }
    : { month: 'short', day: 'numeric' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(iso));
}

/** One list row (`tr.zA`) with the sender's `span[email][name]` and the thread ids on the subject. */
export function gmailFakeRow(thread: FakeThread, hrefBase: string, locale: string): VNode {
  const last = thread.messages[thread.messages.length - 1];
  const from = last ? last.from : { name: '', address: '' };
  const snippet = last ? last.body.slice(0, 80) : '';
  return [
    'tr',
    { class: 'zA yO', 'data-fake-href': `${hrefBase}/${thread.id}`, tabindex: '0' },
    [
      'td',
      { class: 'yX xY' },
      ['span', { class: 'bA4' }, ['span', { class: 'zF', email: from.address, name: from.name }, from.name]],
    ],
    [
      'td',
      { class: 'xY a4W' },
      [
        'span',
        { class: 'bog' },
        [
          'span',
          {
            'data-thread-id': `#thread-f:${gmailFakeDecimal(thread.id)}`,
            'data-legacy-thread-id': thread.id,
          },
          thread.subject,
        ],
      ],
      ['span', { class: 'y2' }, ` - ${snippet}`],
    ],
    [
      'td',
      { class: 'xW xY' },
      [
        'span',
        { title: last ? gmailFakeDate(last.date, locale, true) : '' },
        last ? gmailFakeDate(last.date, locale, false) : '',
      ],
    ],
  ];
}

/** `span.hb`: "to A, B, cc: C" in the UI language, each person as `span.g2[email][name]` (the account shows as "me"). */
export function gmailFakeRecipients(message: FakeMessage, me: string, text: Record<string, string>): VNode {
  const line: VNode = ['span', { class: 'hb' }, `${text.to ?? 'to'} `];
  const people = [...message.to.map((p) => ({ p, cc: false })), ...message.cc.map((p) => ({ p, cc: true }))];
  people.forEach(({ p, cc }, i) => {
    if (cc && (i === 0 || !people[i - 1]?.cc)) line.push(`${i === 0 ? '' : ', '}${text.cc ?? 'cc'}: `);
    else if (i > 0) line.push(', ');
    line.push([
      'span',
      { class: 'g2', email: p.address, name: p.name, dir: 'auto' },
      p.address === me ? (text.me ?? 'me') : p.name || p.address,
    ]);
  });
  return line;
}

/** How one message is drawn: the layout's shape and language, and whether Gmail has synced a just-sent reply. */
export interface GmailMessageLook {
  locale: string;
  text: Record<string, string>;
  /** `kx`/`ky` instead of `kQ`/`kv` (the other spellings MAIL-PAGES.md lists; the table-Bs layout uses them). */
  altClasses: boolean;
  /** State classes on a `role=listitem` wrapper (current Gmail) or on `div.adn` itself (older pages). */
  wrapper: boolean;
  /** A just-sent reply has its hex id now. */
  synced: boolean;
}

/**
 * One message: expanded (`h7`, ids, header, body), collapsed (`kv`, the header's sender and date, no ids) or
 * hidden (`kQ`). Current Gmail puts the state on a `role=listitem` wrapper around `div.adn.ads` (expanded) or
 * `div.adf.ads` (collapsed); older pages put it on `div.adn.ads`, with the collapsed header `div.adf.ads` inside.
 */
export function gmailFakeMessage(
  message: FakeMessage,
  state: 'expanded' | 'collapsed' | 'hidden',
  me: string,
  look: GmailMessageLook,
): VNode {
  const stateClass =
    state === 'hidden'
      ? look.altClasses
        ? 'kx'
        : 'kQ'
      : state === 'collapsed'
        ? look.altClasses
          ? 'ky'
          : 'kv'
        : 'h7';
  const unit = (cls: string, ...children: VNode[]): VNode =>
    look.wrapper
      ? [
          'div',
          { role: 'listitem', class: stateClass, 'data-fake-id': message.id, tabindex: '0' },
          ...children,
        ]
      : ['div', { class: `${cls} ${stateClass}`, 'data-fake-id': message.id, tabindex: '0' }, ...children];
  const fullDate = gmailFakeDate(message.date, look.locale, true);
  if (state === 'hidden')
    return look.wrapper ? unit('') : ['div', { class: `adn ads ${stateClass}`, 'data-fake-id': message.id }];
  if (state === 'collapsed') {
    const header: VNode = [
      'div',
      { class: 'adf ads' },
      [
        'span',
        { class: 'yP', email: message.from.address, name: message.from.name },
        message.from.name || message.from.address,
      ],
      ['span', { class: 'g3', title: fullDate }, gmailFakeDate(message.date, look.locale, false)],
      ['span', { class: 'iA g6' }, message.body.slice(0, 80)],
    ];
    return look.wrapper ? unit('', header) : unit('adn ads', header);
  }
  const id = message.justSent && look.synced && message.syncedId ? message.syncedId : message.id;
  const ids: Record<string, string> =
    message.justSent && !look.synced
      ? { 'data-message-id': `#${id}` }
      : { 'data-message-id': `#msg-f:${gmailFakeDecimal(id)}`, 'data-legacy-message-id': id };
  const from: VNode = [
    'span',
    { class: 'gD', email: message.from.address, name: message.from.name },
    message.from.name || message.from.address,
  ];
  const content: VNode = [
    'div',
    { class: 'gs' },
    [
      'div',
      { class: 'gE iv gt' },
      ['div', { class: 'gK' }, ['span', { class: 'g3', title: fullDate, alt: fullDate }, fullDate]],
      [
        'h3',
        { class: 'iw' },
        ['span', { class: 'qu' }, from, ['span', { class: 'go' }, ` <${message.from.address}>`]],
      ],
      ['div', { class: 'iw ajw' }, gmailFakeRecipients(message, me, look.text)],
    ],
    ['div', { class: 'ii gt' }, ['div', { class: 'a3s aiL' }, message.body]],
  ];
  if (!look.wrapper) return ['div', { class: `adn ads h7`, 'data-fake-id': message.id, ...ids }, content];
  return unit('', ['div', { class: 'adn ads', ...ids }, content]);
}

/** The thread view: subject with its ids, then messages, in the chosen container (or the broken layout). */
export function gmailFakeThread(
  mailbox: FakeMailbox,
  thread: FakeThread,
  state: GmailViewState,
  options: GmailAppOptions,
): VNode {
  const me = mailbox.account.address;
  const text = gmailFakeText(options.lang ?? 'en');
  const look: GmailMessageLook = {
    locale: options.dateLocale ?? text.locale ?? 'en-US',
    text,
    altClasses: options.container === 'table-Bs',
    wrapper: options.states === 'wrapper',
    synced: state.synced === true,
  };
  const n = thread.messages.length;
  const reveal = state.revealed.includes(thread.id) || n < 5;
  const items: VNode[] = [];
  thread.messages.forEach((m, i) => {
    const shown = m.expanded || state.opened.includes(m.id);
    const hide = !shown && !reveal && i > 0 && i < n - 2;
    if (hide && (i === 1 || thread.messages[i - 1]?.expanded)) {
      items.push([
        'div',
        { class: 'adv', 'data-fake-reveal': thread.id },
        ['span', { class: 'adx' }, (text.older ?? '{n}').replace('{n}', String(n - 3))],
      ]);
    }
    items.push(gmailFakeMessage(m, shown ? 'expanded' : hide ? 'hidden' : 'collapsed', me, look));
  });
  if (options.broken) {
    return [
      'div',
      { class: 'nH g id' },
      [
        'div',
        { class: 'nH Tv1' },
        ['h1', { class: 'zS' }, thread.subject],
        ['div', { class: 'xQ' }, ...items.map((it) => ['section', { class: 'mZ' }, ...it.slice(2)] as VNode)],
      ],
    ];
  }
  const perm = options.permIdQuirk ?? 'ok';
  const permAttr: Record<string, string> =
    perm === 'missing'
      ? {}
      : {
          'data-thread-perm-id':
            perm === 'undefined' ? 'undefined' : `thread-f:${gmailFakeDecimal(thread.id)}`,
        };
  const subject: VNode = [
    'div',
    { class: 'ha' },
    ['h2', { class: 'hP', 'data-legacy-thread-id': thread.id, ...permAttr, tabindex: '-1' }, thread.subject],
  ];
  const body: VNode = look.wrapper
    ? ['div', { class: 'nH hx' }, ['div', { role: 'list' }, ...items]]
    : ['div', { class: 'nH hx' }, ...items];
  const container: VNode =
    options.container === 'table-Bs'
      ? [
          'table',
          { class: 'Bs nH iY', role: 'presentation' },
          ['tr', {}, ['td', { class: 'Bu' }, ['div', { class: 'nH if' }, subject, body]]],
        ]
      : ['div', { class: 'nH a98 iY' }, ['div', { class: 'nH' }, subject, body]];
  return ['div', { class: 'nH g id' }, container];
}
