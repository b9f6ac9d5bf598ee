// Streaming mbox splitter over bytes: memory stays bounded by the largest single message, so a
// multi-gigabyte Takeout export can be read chunk by chunk. Handles mboxo/mboxrd `>From ` quoting.

const NL = 0x0a;
const FROM = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

function startsWithFrom(line: Uint8Array, offset: number): boolean {
  for (let i = 0; i < FROM.length; i++) if (line[offset + i] !== FROM[i]) return false;
  return true;
}

const latin1 = new TextDecoder('latin1');

/**
 * True for an envelope line such as `From sender@x Mon Jan  1 00:00:00 2024`, `From -` (Thunderbird)
 * or `From 1844347792267117879@xxx` (Gmail Takeout). Prose like "From Russia with love" is not one:
 * after the sender token there must be nothing, or something with a time or a year in it.
 */
export function isEnvelopeLine(line: Uint8Array): boolean {
  if (!startsWithFrom(line, 0)) return false;
  const text = latin1.decode(line.subarray(5, Math.min(line.length, 200))).trimEnd();
  const m = /^(\S+)\s*(.*)$/.exec(text);
  if (!m) return false;
  const rest = m[2] ?? '';
  return rest === '' || /\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b/.test(rest);
}

function isBlank(line: Uint8Array): boolean {
  return line.length === 0 || (line.length === 1 && line[0] === 0x0d);
}

// ">From ", ">>From " ... : one level of quoting was added when the message was stored.
function isQuotedFrom(line: Uint8Array): boolean {
  let i = 0;
  while (line[i] === 0x3e) i++;
  return i > 0 && startsWithFrom(line, i);
}

/** Splits an mbox stream into messages; push chunks as they arrive, then call end(). */
export class MboxSplitter {
  private carry: Uint8Array = new Uint8Array(0);
  private parts: Uint8Array[] = [];
  private size = 0;
  private previousBlank = true; // file start counts as "after a blank line"
  private started = false;
  private atFileStart = true;

  /** Feeds the next chunk; returns the messages it completed (raw bytes, envelope line removed). */
  push(chunk: Uint8Array): Uint8Array[] {
    let data = chunk;
    if (this.carry.length > 0) {
      data = new Uint8Array(this.carry.length + chunk.length);
      data.set(this.carry, 0);
      data.set(chunk, this.carry.length);
    }
    if (this.atFileStart && data.length >= 3) {
      if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
      this.atFileStart = false;
    }
    const out: Uint8Array[] = [];
    let pos = 0;
    let spanStart = 0; // bytes [spanStart, pos) belong to the current message and are not copied yet
    while (pos < data.length) {
      const nl = data.indexOf(NL, pos);
      if (nl < 0) break;
      const line = data.subarray(pos, nl);
      if (this.previousBlank && isEnvelopeLine(line)) {
        this.keep(data.subarray(spanStart, pos));
        this.emit(out);
        this.started = true;
        spanStart = nl + 1;
      } else if (isQuotedFrom(line)) {
        this.keep(data.subarray(spanStart, pos));
        spanStart = pos + 1; // drop one '>'
      }
      this.previousBlank = isBlank(line);
      pos = nl + 1;
    }
    this.keep(data.subarray(spanStart, pos));
    this.carry = data.slice(pos);
    return out;
  }

  /** Flushes the last message. */
  end(): Uint8Array[] {
    const out: Uint8Array[] = [];
    if (this.carry.length > 0) {
      const line = this.carry;
      if (isQuotedFrom(line)) this.keep(line.subarray(1));
      else if (!(this.previousBlank && isEnvelopeLine(line))) this.keep(line);
      this.carry = new Uint8Array(0);
    }
    this.emit(out);
    return out;
  }

  private keep(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    // Copy: the caller may reuse its chunk buffer after push() returns.
    this.parts.push(bytes.slice());
    this.size += bytes.length;
  }

  private emit(out: Uint8Array[]): void {
    const message = new Uint8Array(this.size);
    let offset = 0;
    for (const p of this.parts) {
      message.set(p, offset);
      offset += p.length;
    }
    this.parts = [];
    this.size = 0;
    // The blank line before the next envelope line belongs to the mbox format, not to the message.
    let end = message.length;
    if (message[end - 1] === NL) end--;
    if (message[end - 1] === 0x0d) end--;
    const trimmed = message.subarray(0, end);
    // Text before the first envelope line is kept only if it is not just whitespace.
    if (!this.started && trimmed.every((b) => b === 0x20 || b === 0x09 || b === 0x0d || b === NL)) return;
    out.push(trimmed);
  }
}

/** Splits a whole mbox file held in memory (small inputs and tests). */
export function parseMbox(bytes: Uint8Array): Uint8Array[] {
  const splitter = new MboxSplitter();
  return [...splitter.push(bytes), ...splitter.end()];
}
