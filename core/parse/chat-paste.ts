// A conversation copied from Viber, WhatsApp, Telegram or a phone, read into messages. Every line is accounted
// for: it starts a message, continues the one before, or is reported as unreadable with its number and why.
//
// Formats (the date order follows the app's language: day first in uk/ru and en-GB, month first in en-US):
//   WhatsApp export, Android:  "12.03.26, 14:05 - Name: text"      "3/12/26, 2:05 PM - Name: text"
//   WhatsApp export, iPhone:   "[12.03.26, 14:05:33] Name: text"   "[3/12/26, 2:05:33 PM] Name: text"
//   WhatsApp Web copy:         "[14:05, 12.03.2026] Name: text"    (the page's data-pre-plain-text)
//   Viber desktop copy:        "[12.03.2026 14:05] Name: text"     "[12 березня 2026, 14:05] Name: text"
//   Telegram desktop copy:     "Name, [12.03.2026 14:05]" followed by the text on its own lines
import { chatSnippet } from '../chat';
import { monthOfWord } from '../month-names';

export type DateOrder = 'dmy' | 'mdy';

/** One message read from the paste; `at` is local time, epoch ms. */
export interface PastedMessage {
  at: number;
  direction: 'incoming' | 'outgoing';
  author: string;
  text: string;
  /**
   * The message's own key when its source has one (a Telegram export): `telegram:<peer>:<id>` as the Telegram Web
   * adapters key (chat, server message id), or `telegram-html:<chat>:<id>:<second>` (the log adds the person).
   */
  key?: string;
}

export interface ParsedLine {
  /** 1-based line number in the pasted text. */
  line: number;
  at: number;
  author: string;
  text: string;
}

export type UnreadReason = 'no-header' | 'bad-date' | 'no-author';

export interface PasteParse {
  messages: ParsedLine[];
  /** Lines that are neither a message nor part of one. */
  unread: { line: number; text: string; why: UnreadReason }[];
  /** Authors in order of first appearance. */
  authors: string[];
  /** The date order used; `ambiguous` when no date told day from month (the caller may offer the other). */
  order: DateOrder;
  ambiguous: boolean;
}

const NUMERIC_DATE = String.raw`(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})`;
const NAMED_DATE = String.raw`(\d{1,2})\s+([\p{L}]{3,12})\.?\s+(\d{4})(?:\s*(?:р|г)\.?)?`;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?\s?[Mm]\.?)?`;
const DATE = `(?:${NUMERIC_DATE}|${NAMED_DATE})`;
const SPACE = String.raw`[\s\u00a0\u202f]`;

// "[date, time] Name: text" (also without brackets and with " - " / " — " before the name).
const DATE_FIRST = new RegExp(
  String.raw`^\u200e?\[?${SPACE}*${DATE},?${SPACE}+${TIME}${SPACE}*\]?${SPACE}*(?:[-–—]${SPACE}*)?(.*)$`,
  'u',
);
// "[time, date] Name: text" (WhatsApp Web).
const TIME_FIRST = new RegExp(String.raw`^\[${TIME},${SPACE}*${DATE}\]${SPACE}*(.*)$`, 'u');
// "Name, [date time]" (Telegram desktop), the text follows on the next lines.
const TELEGRAM_HEADER = new RegExp(
  String.raw`^(.{1,80}?),${SPACE}*\[${DATE},?${SPACE}+${TIME}\]${SPACE}*$`,
  'u',
);

interface RawDate {
  a: number;
  b: number;
  year: number;
  named: boolean;
}

function rawDate(g: (string | undefined)[], at: number): RawDate | null {
  const [d1, d2, y1, n1, nm, ny] = g.slice(at, at + 6);
  if (d1 !== undefined && d2 !== undefined && y1 !== undefined) {
    const year = y1.length === 2 ? 2000 + Number(y1) : Number(y1);
    return { a: Number(d1), b: Number(d2), year, named: false };
  }
  if (n1 !== undefined && nm !== undefined && ny !== undefined) {
    const month = monthOfWord(nm);
    return month === null ? null : { a: Number(n1), b: month + 1, year: Number(ny), named: true };
  }
  return null;
}

function toEpoch(d: RawDate, order: DateOrder, t: (string | undefined)[]): number | null {
  const [day, month] = d.named || order === 'dmy' ? [d.a, d.b] : [d.b, d.a];
  let hour = Number(t[0]);
  const minute = Number(t[1]);
  const second = t[2] === undefined ? 0 : Number(t[2]);
  const ampm = t[3]?.toLowerCase();
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(d.year, month - 1, day, hour, minute, second);
  return date.getMonth() === month - 1 && date.getDate() === day && date.getFullYear() === d.year
    ? date.getTime()
    : null;
}

interface Header {
  date: RawDate;
  time: (string | undefined)[];
  /** "Name: text" (or the author alone, Telegram). */
  rest: string;
  telegram: boolean;
}

function header(line: string): Header | null {
  const tg = TELEGRAM_HEADER.exec(line);
  if (tg) {
    const date = rawDate([...tg], 2);
    return date ? { date, time: tg.slice(8, 12), rest: tg[1] ?? '', telegram: true } : null;
  }
  const tf = TIME_FIRST.exec(line);
  if (tf) {
    const date = rawDate([...tf], 5);
    return date ? { date, time: tf.slice(1, 5), rest: tf[11] ?? '', telegram: false } : null;
  }
  const df = DATE_FIRST.exec(line);
  if (df) {
    const date = rawDate([...df], 1);
    return date ? { date, time: df.slice(7, 11), rest: df[11] ?? '', telegram: false } : null;
  }
  return null;
}

/** Which date order the dates allow: a first part above 12 means day first, a second part above 12 month first. */
function detectOrder(
  headers: readonly Header[],
  preferred: DateOrder,
): { order: DateOrder; ambiguous: boolean } {
  const numeric = headers.filter((h) => !h.date.named);
  if (numeric.some((h) => h.date.a > 12)) return { order: 'dmy', ambiguous: false };
  if (numeric.some((h) => h.date.b > 12)) return { order: 'mdy', ambiguous: false };
  return { order: preferred, ambiguous: numeric.some((h) => h.date.a !== h.date.b) };
}

/** Reads pasted text; `preferred` is the date order to use when the dates do not decide it. */
export function parsePastedChat(text: string, preferred: DateOrder = 'dmy', force?: DateOrder): PasteParse {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const headers = lines.map(header);
  const found = headers.filter((h): h is Header => h !== null);
  const { order, ambiguous } = force ? { order: force, ambiguous: false } : detectOrder(found, preferred);
  const messages: ParsedLine[] = [];
  const unread: PasteParse['unread'] = [];
  const authors: string[] = [];
  let current: ParsedLine | null = null;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const h = headers[i];
    const text = raw.replace(/^\u200e/u, '').trimEnd();
    if (!h) {
      if (text.trim() === '') return;
      if (current) current.text = current.text ? `${current.text}\n${text}` : text;
      else unread.push({ line, text: text.slice(0, 200), why: 'no-header' });
      return;
    }
    const at = toEpoch(h.date, order, h.time);
    if (at === null) {
      unread.push({ line, text: text.slice(0, 200), why: 'bad-date' });
      current = null;
      return;
    }
    let author = h.rest.trim();
    let body = '';
    if (!h.telegram) {
      const colon = h.rest.indexOf(': ');
      if (colon <= 0 || colon > 80) {
        // "Messages and calls are end-to-end encrypted", "Ivan joined": not a message of anyone's.
        unread.push({ line, text: text.slice(0, 200), why: 'no-author' });
        current = null;
        return;
      }
      author = h.rest.slice(0, colon).trim();
      body = h.rest.slice(colon + 2);
    }
    current = { line, at, author, text: body };
    messages.push(current);
    if (!authors.includes(author)) authors.push(author);
  });
  for (const m of messages) m.text = m.text.trim();
  return { messages, unread, authors, order, ambiguous };
}

/** The parsed messages as logged: `me` is the author who is the user; everyone else wrote to them. */
export function pastedMessages(parse: PasteParse, me: string | null): PastedMessage[] {
  return parse.messages.map((m) => ({
    at: m.at,
    direction: m.author === me ? 'outgoing' : 'incoming',
    author: m.author,
    text: chatSnippet(m.text),
  }));
}

/** "None of them is me": every message is the client's. */
export const NOBODY = '';

/**
 * The author who is most likely the user: with two authors, the one whose name is not the client's (`name`); with
 * one who is the client, nobody. Null when it cannot be told (the user picks).
 */
export function guessMe(authors: readonly string[], name: string): string | null {
  const first = name.trim().toLowerCase().split(/\s+/u)[0] ?? '';
  const theirs = authors.find((a) => first !== '' && a.toLowerCase().includes(first));
  if (theirs === undefined || authors.length > 2) return null;
  return authors.length === 1 ? NOBODY : (authors.find((a) => a !== theirs) ?? null);
}

/** The date order a UI language reads numeric dates in: month first for English (WhatsApp en-US), else day first. */
export function dateOrderFor(locale: string): DateOrder {
  return locale.toLowerCase().startsWith('en') ? 'mdy' : 'dmy';
}
