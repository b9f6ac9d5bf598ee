// The fake Gmail's building blocks (list row, message, thread) as pure functions -> VNode, with the real
// page's hooks (design/MAIL-PAGES.md). The page script runs these very functions (serialised with
// `String(fn)`), so each may use only its arguments, built-ins and the other functions in this file.
import type { FakeMailbox, FakeMessage, FakeThread } from './types';
import type { GmailAppOptions, GmailViewState } from './gmail-view';
import type { VNode } from './vnode';

/** Hex -> decimal, as `#msg-f:` and `thread-f:` print ids. */
export function gmailFakeDecimal(hex: string): string {
  return BigInt(`0x${hex}`).toString(10);
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

/** `span.hb`: "to A, B, cc: C" with each person as `span.g2[email][name]` (the account shows as "me"). */
export function gmailFakeRecipients(message: FakeMessage, me: string): VNode {
  const line: VNode = ['span', { class: 'hb' }, 'to '];
  const people = [...message.to.map((p) => ({ p, cc: false })), ...message.cc.map((p) => ({ p, cc: true }))];
  people.forEach(({ p, cc }, i) => {
    if (cc && (i === 0 || !people[i - 1]?.cc)) line.push(i === 0 ? 'cc: ' : ', cc: ');
    else if (i > 0) line.push(', ');
    line.push([
      'span',
      { class: 'g2', email: p.address, name: p.name, dir: 'auto' },
      p.address === me ? 'me' : p.name || p.address,
    ]);
  });
  return line;
}

/**
 * One `div.adn.ads`: expanded (`h7`, ids, header, body), collapsed (`kv`, header only, no ids) or hidden
 * (`kQ`). With `altClasses` (used by the table-Bs layout) collapsed is `ky` and hidden `kx`, the other
 * spellings MAIL-PAGES.md lists, so each has a fixture.
 */
export function gmailFakeMessage(
  message: FakeMessage,
  state: 'expanded' | 'collapsed' | 'hidden',
  me: string,
  locale: string,
  altClasses = false,
): VNode {
  const from: VNode = [
    'span',
    { class: 'gD', email: message.from.address, name: message.from.name },
    message.from.name || message.from.address,
  ];
  const fullDate = gmailFakeDate(message.date, locale, true);
  if (state === 'hidden')
    return ['div', { class: `adn ads ${altClasses ? 'kx' : 'kQ'}`, 'data-fake-id': message.id }];
  if (state === 'collapsed') {
    return [
      'div',
      { class: `adn ads ${altClasses ? 'ky' : 'kv'}`, 'data-fake-id': message.id, tabindex: '0' },
      [
        'div',
        { class: 'adf ads' },
        [
          'span',
          { class: 'yP', email: message.from.address, name: message.from.name },
          message.from.name || message.from.address,
        ],
        ['span', { class: 'g3', title: fullDate }, gmailFakeDate(message.date, locale, false)],
        ['span', { class: 'iA g6' }, message.body.slice(0, 80)],
      ],
    ];
  }
  const ids: Record<string, string> = message.justSent
    ? { 'data-message-id': `#${message.id}` }
    : { 'data-message-id': `#msg-f:${gmailFakeDecimal(message.id)}`, 'data-legacy-message-id': message.id };
  return [
    'div',
    { class: 'adn ads h7', 'data-fake-id': message.id, ...ids },
    [
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
        ['div', { class: 'iw ajw' }, gmailFakeRecipients(message, me)],
      ],
      ['div', { class: 'ii gt' }, ['div', { class: 'a3s aiL' }, message.body]],
    ],
  ];
}

/** The thread view: subject with its ids, then messages, in the chosen container (or the broken layout). */
export function gmailFakeThread(
  mailbox: FakeMailbox,
  thread: FakeThread,
  state: GmailViewState,
  options: GmailAppOptions,
): VNode {
  const me = mailbox.account.address;
  const locale = options.dateLocale ?? 'en-US';
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
        ['span', { class: 'adx' }, `${n - 3} older messages`],
      ]);
    }
    const messageState = shown ? 'expanded' : hide ? 'hidden' : 'collapsed';
    items.push(gmailFakeMessage(m, messageState, me, locale, options.container === 'table-Bs'));
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
  const body: VNode = ['div', { class: 'nH hx' }, ...items];
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
