// Telegram Desktop's HTML export pages, from the rows the page reader took out of them (see telegram-export.ts for
// the format's facts and sources): joined messages continue the previous sender, day headers and service lines are
// not messages, pages are read in their order (messages.html, messages2.html, …) and a page given twice counts once.
import {
  exportText,
  type ExportAuthor,
  type ExportChat,
  type ExportMessage,
  type ExportProblem,
  type ExportRead,
  type MediaKind,
} from './telegram-export';

/** One `div.message` of a page, as read from its DOM. */
export interface HtmlRow {
  kind: 'message' | 'service';
  /** The element's id: "message123"; day headers have negative ids ("message-1"). */
  idAttr: string;
  /** `div.from_name` of the message; null on a joined message. */
  fromName: string | null;
  /** The date's title: "12.03.2026 14:05:33 UTC+03:00" (older exports: no zone). */
  dateTitle: string | null;
  /** `div.text` with line breaks as "\n". */
  text: string;
  media: MediaKind | null;
  /** A file's name, when the page shows one. */
  mediaTitle?: string;
}

export interface HtmlPage {
  file: string;
  /** The page header's chat name. */
  chatName: string;
  rows: HtmlRow[];
}

/** messages.html is page 1, messages2.html page 2 (tdesktop HtmlWriter::messagesFile); other names sort last. */
export function pageIndex(file: string): number {
  const m = /(?:^|[\\/])messages(\d*)\.html?$/iu.exec(file);
  if (!m) return Number.MAX_SAFE_INTEGER;
  return m[1] ? Number(m[1]) : 1;
}

const TITLE =
  /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})(?:\s+(?:UTC|GMT)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?)?$/u;

/** Epoch ms of a date title: with "UTC+03:00" exactly; without a zone (older exports) as local time. */
export function exportTitleTime(title: string): number | null {
  const m = TITLE.exec(title.trim());
  if (!m) return null;
  const [d, mo, y, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const hasZone = /(?:UTC|GMT)/u.test(title);
  if (!hasZone) {
    const local = new Date(y, mo - 1, d, h, mi, s);
    return local.getMonth() === mo - 1 && local.getDate() === d ? local.getTime() : null;
  }
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(utc).getUTCDate() !== d) return null;
  const sign = m[7] === '-' ? -1 : 1;
  const offset = m[7] ? sign * (Number(m[8]) * 60 + Number(m[9] ?? 0)) : 0;
  return utc - offset * 60_000;
}

/** A short stable hash of the chat's name, so two HTML chats' message ids never meet on one key. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

const preview = (text: string) => text.replace(/\s+/gu, ' ').trim().slice(0, 200);

/**
 * Reads the pages of one exported chat. The HTML export has no chat id, so each message is keyed by the chat's
 * name, its id and its second (`telegram-html:…`; the log adds the person's id); a message also logged from
 * Telegram Web or a JSON export is told by its minute, direction and text when logged (storage/log-pasted.ts).
 */
export function readTelegramHtml(pages: readonly HtmlPage[]): ExportRead {
  const bad = pages.find((p) => p.rows.length === 0);
  if (bad) return { ok: false, error: 'not-telegram-html', file: bad.file };
  const first = pages[0];
  if (!first) return { ok: false, error: 'no-chats', file: '' };
  const other = pages.find((p) => p.chatName !== first.chatName);
  if (other) return { ok: false, error: 'different-chats', file: other.file };
  const ordered = [...pages].sort((a, b) => pageIndex(a.file) - pageIndex(b.file));
  const chatKey = hash(first.chatName);
  const messages: ExportMessage[] = [];
  const problems: ExportProblem[] = [];
  const authors = new Map<string, ExportAuthor>();
  const seen = new Set<number>();
  let service = 0;
  for (const page of ordered) {
    // Every page starts a new series (tdesktop resets `previous` per file): no joined message reaches back.
    let author: string | null = null;
    for (const row of page.rows) {
      const idMatch = /^message(-?\d{1,12})$/u.exec(row.idAttr);
      const id = idMatch ? Number(idMatch[1]) : null;
      if (row.kind === 'service') {
        if (id === null || id > 0) service++;
        author = null;
        continue;
      }
      const text = exportTextOf(row);
      if (row.fromName !== null) author = row.fromName.trim() || null;
      const where = `${page.file} ${row.idAttr || '?'}`;
      if (id === null || id <= 0) {
        problems.push({ where, why: 'bad-id', text: preview(text) });
        continue;
      }
      if (seen.has(id)) continue;
      const at = row.dateTitle === null ? null : exportTitleTime(row.dateTitle);
      if (at === null) {
        problems.push({ where, why: 'bad-date', text: preview(text) });
        continue;
      }
      if (author === null) {
        problems.push({ where, why: 'no-author', text: preview(text) });
        continue;
      }
      seen.add(id);
      const a = authors.get(author);
      if (a) a.count++;
      else authors.set(author, { id: author, name: author, count: 1 });
      const key = `telegram-html:${chatKey}:${id}:${Math.floor(at / 1000)}`;
      messages.push({ id, at, authorId: author, author, text, key });
    }
  }
  messages.sort((a, b) => a.at - b.at || a.id - b.id);
  const chat: ExportChat = {
    name: first.chatName,
    kind: 'other',
    peerId: null,
    messages,
    authors: [...authors.values()],
    me: null,
    service,
    problems,
  };
  return { ok: true, chats: [chat] };
}

function exportTextOf(row: HtmlRow): string {
  const title =
    row.media === 'file' && row.mediaTitle && row.mediaTitle !== 'File' ? row.mediaTitle : undefined;
  return exportText(row.text, row.media, title);
}
