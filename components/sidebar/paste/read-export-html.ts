// Reads one page of Telegram Desktop's HTML export into rows (core/parse/telegram-export-html.ts reads the rows).
// The file is untrusted: it is parsed by DOMParser into an inert document (no script runs, nothing loads, nothing
// reaches the live page) and only text is taken out of it; the walk visits each node once.
import type { MediaKind } from '../../../core/parse/telegram-export';
import type { HtmlPage, HtmlRow } from '../../../core/parse/telegram-export-html';

// The media block's classes (tdesktop export_output_html.cpp: prepareMediaData and the push*Media writers).
const MEDIA: [string, MediaKind][] = [
  ['.photo_wrap, .media_photo', 'photo'],
  ['.video_file_wrap, .media_video', 'video'],
  ['.media_voice_message', 'voice'],
  ['.media_audio_file', 'audio'],
  ['.media_file', 'file'],
  ['.sticker_wrap', 'sticker'],
  ['.animated_wrap', 'animation'],
  ['.media_contact', 'contact'],
  ['.media_location, .media_live_location, .media_venue', 'location'],
  ['.media_poll', 'poll'],
];

/** Text of an element with <br> as a line break, visiting each node once (no innerText: no layout here). */
export function textOf(root: Node): string {
  let out = '';
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeName === 'BR') out += '\n';
    else for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

// A media block that was not downloaded is a generic one whose title names it (pushStickerMedia writes a
// sticker as media_photo "Sticker", pushAnimatedMedia an animation as media_video "Animation").
const GENERIC: Record<string, MediaKind> = { Sticker: 'sticker', Animation: 'animation' };

function mediaOf(content: Element): { media: MediaKind | null; title?: string } {
  const wrap = content.querySelector(':scope > .media_wrap');
  if (!wrap) return { media: null };
  for (const [selector, media] of MEDIA) {
    const hit = wrap.querySelector(selector);
    if (!hit) continue;
    const titleEl = hit.querySelector('.title');
    const title = titleEl ? textOf(titleEl).trim() : '';
    const generic = GENERIC[title];
    if (generic && (media === 'photo' || media === 'video')) return { media: generic };
    return media === 'file' && title ? { media, title } : { media };
  }
  return { media: 'other' };
}

const SERVICE: Omit<HtmlRow, 'idAttr'> = {
  kind: 'service',
  fromName: null,
  dateTitle: null,
  text: '',
  media: null,
};

function rowOf(el: Element): HtmlRow | null {
  if (el.classList.contains('service')) return { ...SERVICE, idAttr: el.id };
  const body = el.querySelector(':scope > .body');
  if (!body) return null;
  const from = body.querySelector(':scope > .from_name');
  const date = body.querySelector(':scope > .date[title]');
  // A forwarded message's media and text sit inside its "forwarded body" (pushMessage opens it before them).
  const content = body.querySelector(':scope > .forwarded.body') ?? body;
  const text = content.querySelector(':scope > .text');
  const { media, title } = mediaOf(content);
  return {
    kind: 'message',
    idAttr: el.id,
    // " via @bot" follows the name inside from_name when a bot posted it.
    fromName: from
      ? textOf(from)
          .replace(/\s+via\s+@\w+\s*$/u, '')
          .replace(/\s+/gu, ' ')
          .trim()
      : null,
    dateTitle: date?.getAttribute('title') ?? null,
    text: text ? textOf(text) : '',
    media,
    ...(title ? { mediaTitle: title } : {}),
  };
}

/** The rows of one export page; a page that is not Telegram's gives no rows (the caller says so). */
export function readExportPage(file: string, html: string): HtmlPage {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const header = doc.querySelector('.page_header .text.bold');
  const chatName = header ? textOf(header).replace(/\s+/gu, ' ').trim() : '';
  const rows: HtmlRow[] = [];
  for (const el of doc.querySelectorAll('.history > .message')) {
    const row = rowOf(el);
    if (row) rows.push(row);
  }
  return { file, chatName, rows };
}
