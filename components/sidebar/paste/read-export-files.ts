// The files a user picked or dropped for "Paste a conversation": one Telegram `result.json`, or the pages of one
// HTML export. Sizes are checked before anything is read; nothing is written until the user logs the preview.
import { readTelegramJson, type ExportRead } from '../../../core/parse/telegram-export';
import { readTelegramHtml } from '../../../core/parse/telegram-export-html';
import { readExportPage } from './read-export-html';

/** The largest export file read (a single chat's result.json with tens of thousands of messages is well under). */
export const EXPORT_MAX_MB = 50;
const MAX_BYTES = EXPORT_MAX_MB * 1024 * 1024;
/** HTML pages at once: 1000 messages each (tdesktop kMessagesInFile), so up to 200k messages. */
export const EXPORT_MAX_PAGES = 200;

export type ExportFilesRead =
  | ExportRead
  | { ok: false; error: 'too-big'; file: string; mb: number }
  | { ok: false; error: 'too-many'; file: string; count: number }
  | { ok: false; error: 'unknown-file' | 'unreadable'; file: string };

type Kind = 'json' | 'html' | null;

function kindOf(file: File, head: string): Kind {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.html') || name.endsWith('.htm')) return 'html';
  const start = head.replace(/^\uFEFF/u, '').trimStart();
  if (start.startsWith('{')) return 'json';
  if (start.startsWith('<')) return 'html';
  return null;
}

export async function readExportFiles(files: readonly File[]): Promise<ExportFilesRead> {
  if (files.length > EXPORT_MAX_PAGES)
    return { ok: false, error: 'too-many', file: files[0]?.name ?? '', count: files.length };
  const big = files.find((f) => f.size > MAX_BYTES);
  if (big) return { ok: false, error: 'too-big', file: big.name, mb: Math.ceil(big.size / (1024 * 1024)) };
  const read: { file: File; text: string; kind: Kind }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await file.text();
    } catch {
      return { ok: false, error: 'unreadable', file: file.name };
    }
    const kind = kindOf(file, text.slice(0, 64));
    if (kind === null) return { ok: false, error: 'unknown-file', file: file.name };
    read.push({ file, text, kind });
  }
  const json = read.filter((r) => r.kind === 'json');
  const first = read[0];
  if (!first) return { ok: false, error: 'no-chats', file: '' };
  if (json.length > 0 && json.length < read.length)
    return { ok: false, error: 'mixed-files', file: first.file.name };
  if (json.length > 1) return { ok: false, error: 'several-json', file: json[1]?.file.name ?? '' };
  if (json.length === 1) return readTelegramJson(first.text, first.file.name);
  return readTelegramHtml(read.map((r) => readExportPage(r.file.name, r.text)));
}
