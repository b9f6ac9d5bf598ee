// The client card as the sidebar shows it: a view model built from the base, and pure helpers over it.
import { messageLink } from './message-link';
import { isTeamsMessage } from './sync/microsoft/teams';
import type { Handle } from './handles';
import type { DealId, InteractionId, PersonId, TaskId } from './ids';
import type {
  Birthday,
  Consent,
  Deal,
  Direction,
  Interaction,
  InteractionKind,
  InteractionSource,
  Person,
  StageBecause,
  StageState,
} from './model';

/** How many history entries the card carries: the latest ones, newest first. */
export const TIMELINE_LIMIT = 50;

export interface StageOption {
  id: string;
  label: string;
  color: string;
}

export interface StageView extends StageOption {
  reason: string;
  setBy: StageState['setBy'];
  /** A rule stage's rule and figures, shown in the reader's language (see `stageReasonText`). */
  because?: StageBecause;
}

export type TimelineKind = InteractionKind | 'deal';

/** One line of the card's history: an email, note, call, meeting, chat, or a deal opened or closed. */
export interface TimelineEntry {
  key: string;
  kind: TimelineKind;
  at: number;
  /** Subject, the note's text, or the deal's title. */
  title: string;
  /** Snippet, or why a deal was lost. */
  detail: string | null;
  /** A deal's amount. */
  amount: { value: number; currency: string | null } | null;
  direction: Direction | null;
  dealStatus: Deal['status'] | null;
  /** Chats: where the message came from (Telegram, WhatsApp, a paste); the page names it in the reader's language. */
  via?: InteractionSource;
  /** Where a chat took place, when Kartka knows (`teams`: read from Microsoft Teams). */
  channel?: 'teams';
  /** Emails and chats: the address that opens the thread or chat again (core/message-link.ts), when one can be built. */
  link?: string;
}

export interface TaskView {
  id: TaskId;
  title: string;
  due: number;
}

export interface DealView {
  id: DealId;
  title: string;
  amount: number | null;
  currency: string | null;
  status: Deal['status'];
  openedAt: number;
  closedAt: number | null;
  lostReason: string | null;
}

export interface CardView {
  personId: PersonId;
  displayName: string;
  initials: string;
  company: string | null;
  position: string | null;
  stage: StageView | null;
  emails: string[];
  phones: string[];
  /** Extensions by phone ("доб. 214"); empty for most people. */
  phoneExt: Record<string, string>;
  /** Messenger handles: the card links to Telegram, WhatsApp and Viber from these and the phones. */
  handles: Handle[];
  birthday: Birthday | null;
  manager: string | null;
  tags: string[];
  consent: Consent | null;
  lastContactAt: number | null;
  /**
   * Every interaction in the person's history (the timeline shows only the latest); null while a history longer
   * than the timeline is still being counted (IndexedDB counts entry by entry: ~1 s for 12,000 emails).
   */
  historyCount: number | null;
  /** How many of those are messages (emails and chat messages, not notes, calls or meetings); null as above. */
  messageCount: number | null;
  timeline: TimelineEntry[];
  openTasks: TaskView[];
  deals: DealView[];
  /** The pipeline, for the stage picker. */
  stages: StageOption[];
  /** The currency new deals start in. */
  currency: string;
  /** Accounts whose contact of this person was deleted at the provider, and when (the person stays, marked). */
  deletedAtSource?: NonNullable<Person['deletedAtSource']>;
}

/** Up to two initials from a display name or, failing that, from the address. */
export function initialsOf(name: string, address = ''): string {
  const words = name
    .replace(/["«»()]/g, ' ') // not apostrophes: Мар'яна is one word
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w) && !w.includes('@'));
  const letters = words.slice(0, 2).map((w) => (w.match(/\p{L}/u)?.[0] ?? '').toUpperCase());
  if (letters.join('') !== '') return letters.join('');
  return (address.match(/\p{L}/u)?.[0] ?? '?').toUpperCase();
}

/** A stable hue (0-359) for an avatar, from the person's name or address. */
export function avatarHue(seed: string): number {
  let h = 0;
  for (const ch of seed) h = (Math.imul(h, 31) + (ch.codePointAt(0) ?? 0)) >>> 0;
  return h % 360;
}

/** Whole days between two instants, never negative (for "last contact 3 days ago"). */
export function daysBetween(earlier: number, later: number): number {
  return Math.max(0, Math.floor((later - earlier) / 86_400_000));
}

const DAY = 86_400_000;

/** Local midnight of the day that contains `at`. */
function startOfDay(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** The birthday's date in `year`; 29 February falls on the 28th in other years. */
function birthdayIn(b: Birthday, year: number): number {
  const leap = new Date(year, 1, 29).getMonth() === 1;
  const day = b.month === 2 && b.day === 29 && !leap ? 28 : b.day;
  return new Date(year, b.month - 1, day).getTime();
}

/** Days until the next birthday in local calendar terms (0 = today), and the age then when the year is known. */
export function nextBirthday(b: Birthday, now: number): { days: number; at: number; turns: number | null } {
  const today = startOfDay(now);
  const year = new Date(now).getFullYear();
  const thisYear = birthdayIn(b, year);
  const at = thisYear >= today ? thisYear : birthdayIn(b, year + 1);
  const days = Math.round((at - today) / DAY);
  const turns = b.year === undefined ? null : new Date(at).getFullYear() - b.year;
  return { days, at, turns };
}

export type DuePreset = 'tomorrow' | 'in3days' | 'nextWeek';
export const DUE_PRESETS: readonly DuePreset[] = ['tomorrow', 'in3days', 'nextWeek'];

/** The hour of the working day reminders are set for. */
const REMINDER_HOUR = 9;

/** A preset's due time: 09:00 local tomorrow, in three days, or on Monday of next week. */
export function presetDue(preset: DuePreset, now: number): number {
  const d = new Date(now);
  const offset = preset === 'tomorrow' ? 1 : preset === 'in3days' ? 3 : (8 - d.getDay()) % 7 || 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset, REMINDER_HOUR).getTime();
}

/** A `yyyy-mm-dd` value (what `<input type=date>` holds) for a local instant. */
export function toDateInput(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** 09:00 local on a `yyyy-mm-dd` date; null when it is not a real date. */
export function fromDateInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(year, month - 1, day, REMINDER_HOUR);
  return d.getMonth() === month - 1 && d.getDate() === day ? d.getTime() : null;
}

/** A typed amount ("12 500,50", "12,500.50", "900") as a number; null when empty; NaN when it is not a number. */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  const grouped = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact);
  const normalized = grouped ? compact.replace(/,/g, '') : compact.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
}

/** The card's history: interactions and deal events merged, newest first, at most `limit`. */
export function buildTimeline(
  interactions: readonly Interaction[],
  deals: readonly Deal[],
  limit = TIMELINE_LIMIT,
  /** The user's own addresses: a Gmail link then opens the mailbox the message was read in. */
  ownAddresses: readonly string[] = [],
): TimelineEntry[] {
  const entries: TimelineEntry[] = interactions.map((i) => {
    const entry: TimelineEntry = {
      key: `i:${i.id satisfies InteractionId}`,
      kind: i.kind,
      at: i.at,
      // A chat message has no subject: its stored one ("Telegram message") is English, the label says it instead.
      title: i.kind === 'note' ? (i.body ?? i.snippet ?? '') : i.kind === 'chat' ? '' : (i.subject ?? ''),
      detail: i.kind === 'note' ? null : (i.snippet ?? null),
      direction: i.kind === 'note' ? null : i.direction,
      dealStatus: null,
      amount: null,
    };
    if (i.kind === 'chat') entry.via = i.source;
    if (isTeamsMessage(i)) entry.channel = 'teams';
    const link = messageLink(i, ownAddresses);
    if (link !== null) entry.link = link;
    return entry;
  });
  for (const deal of deals) {
    const amount = deal.amount === undefined ? null : { value: deal.amount, currency: deal.currency ?? null };
    const base = { kind: 'deal' as const, title: deal.title, direction: null, amount };
    entries.push({ ...base, key: `d:${deal.id}:open`, at: deal.openedAt, detail: null, dealStatus: 'open' });
    if (deal.status !== 'open' && deal.closedAt !== undefined) {
      const detail = deal.status === 'lost' ? (deal.lostReason ?? null) : null;
      entries.push({
        ...base,
        key: `d:${deal.id}:close`,
        at: deal.closedAt,
        detail,
        dealStatus: deal.status,
      });
    }
  }
  return entries.sort((a, b) => b.at - a.at || a.key.localeCompare(b.key)).slice(0, limit);
}

/** A history count taken while the card showed `window` (its timeline's interactions, newest first). */
export interface CountedHistory {
  count: number;
  window: readonly { key: string; at: number }[];
}

/** The interactions of a timeline (deal events are not part of the history count). */
export function historyWindow(timeline: readonly TimelineEntry[]): { key: string; at: number }[] {
  return timeline.filter((e) => e.key.startsWith('i:')).map((e) => ({ key: e.key, at: e.at }));
}

/** Emails and chat messages: what "N messages logged" counts (notes, calls and meetings are not messages). */
export const isMessageKind = (kind: TimelineKind): boolean => kind === 'email' || kind === 'chat';

/** The messages of a timeline, as `historyWindow` gives its interactions. */
export function messageWindow(timeline: readonly TimelineEntry[]): { key: string; at: number }[] {
  return historyWindow(timeline.filter((e) => isMessageKind(e.kind)));
}

/**
 * The count of a history after its timeline changed from `counted.window` to `timeline`: the interactions that
 * appeared or went within the time span both windows cover are added or taken away. One that scrolled in from
 * below the old window (because a newer one went) is not new, so it is not counted. Exact for changes inside that
 * span; a change further back shows only in a fresh count.
 */
export function followCount(
  counted: CountedHistory,
  timeline: readonly TimelineEntry[],
  windowOf: (timeline: readonly TimelineEntry[]) => { key: string; at: number }[] = historyWindow,
): number {
  const now = windowOf(timeline);
  const oldest = (w: readonly { at: number }[]) => (w.length ? Math.min(...w.map((e) => e.at)) : Infinity);
  const span = Math.max(oldest(counted.window), oldest(now));
  const before = new Set(counted.window.map((e) => e.key));
  const after = new Set(now.map((e) => e.key));
  const added = now.filter((e) => e.at >= span && !before.has(e.key)).length;
  const gone = counted.window.filter((e) => e.at >= span && !after.has(e.key)).length;
  return counted.count + added - gone;
}
