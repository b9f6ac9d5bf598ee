// Deterministic mailboxes for the fake Gmail API: correspondents with Ukrainian, Russian and English names,
// threads of one to four messages, mail sent and received, some bulk mail, drafts and spam, and mail between
// two connected accounts that lands in both mailboxes under one Message-ID (one record in the base).
import { seeded } from '../prng';
import type { FakeGmailUser, NewMessage } from './mailbox';

const NAMES: [string, string][] = [
  ['Олена Коваль', 'olena.koval'],
  ['Тарас Шевченко', 'taras.shevchenko'],
  ['Ірина Мельник', 'iryna.melnyk'],
  ['Андрій Бондаренко', 'andrii.bondarenko'],
  ['Сергей Иванов', 'sergey.ivanov'],
  ['Елена Смирнова', 'elena.smirnova'],
  ['Павел Кузнецов', 'pavel.kuznetsov'],
  ['Anna Clarke', 'anna.clarke'],
  ['James Brown', 'james.brown'],
  ['Maria Smith', 'maria.smith'],
];
const DOMAINS = ['agro-trade.com.ua', 'budmaster.ua', 'lvivsoft.com', 'neva-logistic.ru', 'acme.example'];
const SUBJECTS = [
  'Комерційна пропозиція',
  'Рахунок на оплату',
  'Договір поставки',
  'Коммерческое предложение',
  'Счёт-фактура',
  'Meeting next week',
  'Quote for 200 units',
  'Re: Відвантаження',
];

export interface Correspondent {
  name: string;
  address: string;
}

/** `n` correspondents: name variants over a handful of firms (deterministic). */
export function correspondents(n: number, seed: number): Correspondent[] {
  const rnd = seeded(seed);
  return Array.from({ length: n }, (_, i) => {
    const [name, local] = NAMES[i % NAMES.length] ?? ['Anna Clarke', 'anna.clarke'];
    const domain = DOMAINS[Math.floor(rnd() * DOMAINS.length)] ?? 'acme.example';
    return { name, address: `${local}${i >= NAMES.length ? i : ''}@${domain}` };
  });
}

const header = (name: string, value: string): [string, string] => [name, value];
const mailbox = (c: Correspondent) => `"${c.name}" <${c.address}>`;

export interface FillOptions {
  count: number;
  seed: number;
  /** The newest message's date; older ones spread back over `spanDays`. */
  newest: number;
  spanDays: number;
  people: readonly Correspondent[];
}

/** A message between the owner and one correspondent (sent or received), as the API will show its headers. */
export function letter(
  owner: Correspondent,
  other: Correspondent,
  outgoing: boolean,
  at: number,
  subject: string,
  rfcId: string,
  extra: { labels?: string[]; threadId?: string; bulk?: boolean } = {},
): NewMessage {
  const from = outgoing ? owner : other;
  const to = outgoing ? other : owner;
  const headers: [string, string][] = [
    header('Date', new Date(at).toUTCString().replace('GMT', '+0000')),
    header('From', mailbox(from)),
    header('To', mailbox(to)),
    header('Subject', subject),
    header('Message-ID', `<${rfcId}>`),
  ];
  if (extra.bulk)
    headers.push(header('List-Unsubscribe', `<mailto:unsubscribe@${other.address.split('@')[1] ?? ''}>`));
  const message: NewMessage = {
    labelIds: extra.labels ?? (outgoing ? ['SENT'] : ['INBOX', 'UNREAD']),
    internalDate: at,
    headers,
    snippet: `${subject} — ${from.name}`,
  };
  if (extra.threadId) message.threadId = extra.threadId;
  return message;
}

/** Fills `user` with `count` messages: ~45% sent, ~49% received, ~3% bulk, ~2% drafts, ~1% spam. */
export function fillMailbox(user: FakeGmailUser, owner: Correspondent, o: FillOptions): void {
  const rnd = seeded(o.seed);
  const step = (o.spanDays * 86_400_000) / Math.max(1, o.count);
  let thread: { id: string; left: number; subject: string; other: Correspondent } | null = null;
  for (let i = 0; i < o.count; i++) {
    const at = Math.round(o.newest - (o.count - 1 - i) * step);
    if (!thread || thread.left <= 0) {
      const other = o.people[Math.floor(rnd() * o.people.length)] ?? o.people[0];
      if (!other) throw new Error('fillMailbox needs at least one correspondent');
      thread = {
        id: '',
        left: 1 + Math.floor(rnd() * 4),
        subject: SUBJECTS[i % SUBJECTS.length] ?? '',
        other,
      };
    }
    const roll = rnd();
    const labels = roll < 0.02 ? ['DRAFT'] : roll < 0.03 ? ['SPAM'] : undefined;
    const outgoing = labels?.[0] === 'DRAFT' || rnd() < 0.46;
    const bulk = !outgoing && rnd() < 0.06;
    const m = letter(owner, thread.other, outgoing, at, thread.subject, `${o.seed}.${i}@mail.example`, {
      ...(labels ? { labels } : {}),
      ...(thread.id ? { threadId: thread.id } : {}),
      bulk,
    });
    const added = user.add(m);
    if (!thread.id) thread.id = added.threadId;
    thread.left--;
  }
}
