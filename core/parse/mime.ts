// The MIME layer of a message: header blocks (unfolded, 8-bit bytes decoded) and a tolerant walk
// over multipart bodies that finds attachment names and the first readable text part.
import { decodeBytes, isAscii, isValidUtf8 } from './charset.ts';
import { decodeEncodedWords, parseHeaderParams } from './encoded-words.ts';
import { binaryToBytes, decodeBase64, decodeQuotedPrintable } from './transfer-encoding.ts';

/** Header fields in order; names lower-cased, values unfolded but not RFC 2047-decoded. */
export type HeaderList = [name: string, value: string][];

const FIELD = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

interface HeaderBlock {
  end: number;
  bodyStart: number;
  separated: boolean;
  /** Line numbers that do not start with whitespace yet continue the previous field (broken folding). */
  glued: Set<number>;
}

/**
 * For each line, the next line that is blank or starts a field (-1: none), found in one backward pass, so that
 * deciding about many broken lines costs one look each rather than a scan ahead each.
 */
function nextStops(lines: readonly string[]): Int32Array {
  const stops = new Int32Array(lines.length).fill(-1);
  for (let i = lines.length - 2; i >= 0; i--) {
    const next = lines[i + 1] ?? '';
    stops[i] = next === '' || FIELD.test(next) ? i + 1 : (stops[i + 1] ?? -1);
  }
  return stops;
}

// A line that is neither a field nor indented ends the headers, unless more fields follow it within 400 lines
// before the blank line (a mailer broke the folding), or it is one unspaced token right before the blank line.
function continuesHeaders(lines: readonly string[], stops: Int32Array, index: number): boolean {
  const stop = stops[index] ?? -1;
  if (stop < 0 || stop >= index + 400) return false;
  if (lines[stop] === '') return stop === index + 1 && !/\s/.test(lines[index] ?? '');
  return true;
}

function firstBlankLine(binary: string): number {
  if (binary.startsWith('\n') || binary.startsWith('\r\n')) return 0;
  const lf = binary.indexOf('\n\n');
  const crlf = binary.indexOf('\n\r\n');
  if (lf < 0) return crlf;
  return crlf < 0 ? lf : Math.min(lf, crlf);
}

/** Where the header block ends in a binary string, and whether a blank line separated it. */
function headerEnd(binary: string): HeaderBlock {
  const glued = new Set<number>();
  // Only the text up to the first blank line can be header; splitting more would waste time on bodies.
  const blank = firstBlankLine(binary);
  const lines = binary
    .slice(0, blank < 0 ? 1 << 20 : blank + 2)
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
  let pos = 0;
  let stops: Int32Array | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = Math.min(pos + line.length + (binary[pos + line.length] === '\r' ? 2 : 1), binary.length);
    if (line === '') return { end: pos, bodyStart: next, separated: true, glued };
    const continuation = (line.startsWith(' ') || line.startsWith('\t')) && i > 0;
    if (!continuation && !FIELD.test(line)) {
      stops ??= nextStops(lines);
      if (i === 0 || !continuesHeaders(lines, stops, i))
        return { end: pos, bodyStart: pos, separated: false, glued };
      glued.add(i);
    }
    pos = next;
  }
  return { end: binary.length, bodyStart: binary.length, separated: false, glued };
}

// Raw 8-bit headers are usually UTF-8 today, windows-1251 or KOI8-R in older Cyrillic mail.
function decodeHeaderBytes(binary: string): string {
  const bytes = binaryToBytes(binary);
  if (isAscii(bytes)) return binary;
  return isValidUtf8(bytes) ? new TextDecoder().decode(bytes) : decodeBytes(bytes).text;
}

/**
 * The most of one header field's value that is read (64 KiB: a thousand recipients fit many times over). A
 * 4.5 MB Subject of 100,000 encoded words is cut here, before anything decodes it.
 */
export const MAX_HEADER_VALUE = 64 * 1024;

/** Splits a message or part (as a binary string) into its unfolded headers and its body. */
export function splitHeaders(binary: string): {
  headers: HeaderList;
  body: string;
  separated: boolean;
  /** Fields whose value was longer than MAX_HEADER_VALUE and was cut (lower-cased names). */
  cut: string[];
} {
  const { end, bodyStart, separated, glued } = headerEnd(binary);
  const text = decodeHeaderBytes(binary.slice(0, end));
  const headers: HeaderList = [];
  const cut = new Set<string>();
  const lengths: number[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    const last = headers[headers.length - 1];
    if ((line.startsWith(' ') || line.startsWith('\t') || glued.has(i)) && last) {
      const part = glued.has(i) ? ` ${line}` : line;
      const room = MAX_HEADER_VALUE - (lengths[lengths.length - 1] ?? 0);
      if (part.length > room) cut.add(last[0]);
      if (room > 0) {
        last[1] += part.length > room ? part.slice(0, room) : part;
        lengths[lengths.length - 1] = (lengths[lengths.length - 1] ?? 0) + Math.min(part.length, room);
      }
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    let value = line.slice(colon + 1).trim();
    if (value.length > MAX_HEADER_VALUE) {
      cut.add(name);
      value = value.slice(0, MAX_HEADER_VALUE);
    }
    headers.push([name, value]);
    lengths.push(value.length);
  }
  return { headers, body: binary.slice(bodyStart), separated, cut: [...cut] };
}

/** Every value of a header, in order. */
export function headerValues(headers: HeaderList, name: string): string[] {
  return headers.filter(([n]) => n === name).map(([, v]) => v);
}

/** What the MIME walk found. */
export interface MimeSummary {
  attachmentNames: string[];
  /** The first text/plain part, else the first text/html part, decoded to a string. */
  text: string;
  html: boolean;
  problems: string[];
}

const MAX_DEPTH = 12;
const MAX_PARTS = 500;
const TEXT_LIMIT = 256 * 1024; // a snippet never needs more of the body than this

/** Decodes a part body by its Content-Transfer-Encoding and charset. */
export function decodePartBody(body: string, transferEncoding: string, charset: string | undefined): string {
  const cte = transferEncoding.trim().toLowerCase();
  const slice = body.length > TEXT_LIMIT * 2 ? body.slice(0, TEXT_LIMIT * 2) : body;
  const bytes =
    cte === 'base64'
      ? decodeBase64(slice)
      : cte === 'quoted-printable'
        ? decodeQuotedPrintable(slice)
        : binaryToBytes(slice);
  return decodeBytes(bytes, charset).text;
}

interface WalkState extends MimeSummary {
  parts: number;
  found: 'none' | 'html' | 'plain';
}

function splitMultipart(body: string, boundary: string, state: WalkState): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let start = -1;
  let pos = 0;
  let closed = false;
  while (pos <= body.length) {
    const idx = body.indexOf(delimiter, pos);
    if (idx < 0) break;
    const atLineStart = idx === 0 || body[idx - 1] === '\n';
    const lineEnd = body.indexOf('\n', idx);
    const next = lineEnd < 0 ? body.length : lineEnd + 1;
    if (!atLineStart) {
      pos = idx + delimiter.length;
      continue;
    }
    if (start >= 0) parts.push(body.slice(start, idx).replace(/\r?\n$/, ''));
    if (body.startsWith('--', idx + delimiter.length)) {
      closed = true;
      break;
    }
    start = next;
    pos = next;
  }
  if (!closed && start >= 0) {
    parts.push(body.slice(start));
    state.problems.push(`multipart boundary "${boundary}" is never closed; read the last part to the end`);
  }
  if (start < 0) state.problems.push(`multipart boundary "${boundary}" does not appear in the body`);
  return parts;
}

// Spam and broken mailers declare one boundary and use another; the first delimiter-like line tells.
function actualBoundary(body: string, declared: string): string {
  if (body.includes(`--${declared}`)) return declared;
  const m = /^--([^\s]{6,70}?)(?:--)?[ \t]*\r?$/m.exec(body);
  return m?.[1] ?? declared;
}

// Control characters in a file name (an encoded newline, seen in the wild) would break display.
function withoutControls(name: string): string {
  let out = '';
  for (const ch of name) out += ch.charCodeAt(0) < 0x20 || ch === '\u007f' ? ' ' : ch;
  return out.replace(/ {2,}/g, ' ').trim();
}

function attachmentName(headers: HeaderList, type: string, params: Record<string, string>): string | null {
  const disposition = parseHeaderParams(headerValues(headers, 'content-disposition')[0] ?? '');
  const name = disposition.params['filename'] ?? params['name'];
  if (name !== undefined && name.trim() !== '') return name.trim();
  if (disposition.value.toLowerCase() === 'attachment' || type === 'message/rfc822') {
    // A nameless attachment is still an attachment; say what it is rather than drop it.
    return type === 'message/rfc822' ? 'attached message.eml' : `unnamed attachment (${type})`;
  }
  return null;
}

function walk(headers: HeaderList, body: string, depth: number, state: WalkState): void {
  if (++state.parts > MAX_PARTS) return;
  const ct = parseHeaderParams(headerValues(headers, 'content-type')[0] ?? 'text/plain');
  const type = ct.value.toLowerCase() || 'text/plain';
  if (type.startsWith('multipart/')) {
    const boundary = ct.params['boundary'];
    if (boundary === undefined || boundary === '') {
      state.problems.push(`${type} part has no boundary; its body was skipped`);
      return;
    }
    if (depth >= MAX_DEPTH) {
      state.problems.push('MIME parts nest too deeply; the innermost were skipped');
      return;
    }
    for (const part of splitMultipart(body, actualBoundary(body, boundary), state)) {
      const inner = splitHeaders(part);
      walk(inner.headers, inner.body, depth + 1, state);
    }
    return;
  }
  const name = attachmentName(headers, type, ct.params);
  if (name !== null) {
    state.attachmentNames.push(withoutControls(decodeEncodedWords(name)));
    return;
  }
  const wantPlain = type === 'text/plain' && state.found !== 'plain';
  const wantHtml = type === 'text/html' && state.found === 'none';
  if (!wantPlain && !wantHtml) return;
  const cte = headerValues(headers, 'content-transfer-encoding')[0] ?? '';
  state.text = decodePartBody(body, cte, ct.params['charset']);
  state.html = type === 'text/html';
  state.found = state.html ? 'html' : 'plain';
}

/** Walks a message body: attachment names (RFC 2231/2047 decoded) and the best text part. */
export function walkMime(headers: HeaderList, body: string): MimeSummary {
  const state: WalkState = {
    attachmentNames: [],
    text: '',
    html: false,
    problems: [],
    parts: 0,
    found: 'none',
  };
  walk(headers, body, 0, state);
  if (state.parts > MAX_PARTS)
    state.problems.push(`more than ${MAX_PARTS} MIME parts; the rest were skipped`);
  return {
    attachmentNames: state.attachmentNames,
    text: state.text,
    html: state.html,
    problems: state.problems,
  };
}
