// Content-Transfer-Encoding decoders (base64, quoted-printable) and byte <-> "binary string" helpers,
// written here because core/ may not use atob or Node's Buffer.

const B64 = new Int16Array(256).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  .split('')
  .forEach((ch, i) => (B64[ch.charCodeAt(0)] = i));
// URL-safe alphabet too: some mailers and Gmail API payloads use it.
B64['-'.charCodeAt(0)] = 62;
B64['_'.charCodeAt(0)] = 63;

/** Decodes base64 leniently: skips whitespace and junk, tolerates missing padding. */
export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61) break; // '=' padding ends the data
    const v = code < 256 ? (B64[code] ?? -1) : -1;
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

const B64_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Encodes bytes as standard padded base64 (for data URLs). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64_CHARS[(triple >> 18) & 63];
    out += B64_CHARS[(triple >> 12) & 63];
    out += b === undefined ? '=' : B64_CHARS[(triple >> 6) & 63];
    out += c === undefined ? '=' : B64_CHARS[triple & 63];
  }
  return out;
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

const utf8Encoder = new TextEncoder();

/**
 * Decodes quoted-printable to bytes; `underscoreIsSpace` selects RFC 2047 "Q" rules.
 * Characters above U+00FF (text that was already decoded) are kept as UTF-8.
 */
export function decodeQuotedPrintable(text: string, underscoreIsSpace = false): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61 /* = */) {
      const h = hexValue(text.charCodeAt(i + 1));
      const l = hexValue(text.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        out.push((h << 4) | l);
        i += 2;
        continue;
      }
      // Soft line break: '=' then optional trailing blanks then a newline.
      let j = i + 1;
      while (text[j] === ' ' || text[j] === '\t') j++;
      if (text[j] === '\r') j++;
      if (text[j] === '\n' || j >= text.length) {
        i = j;
        continue;
      }
      out.push(61); // a stray '=' stays as text
      continue;
    }
    if (underscoreIsSpace && code === 95) out.push(32);
    else if (code < 256) out.push(code);
    else for (const b of utf8Encoder.encode(text[i] ?? '')) out.push(b);
  }
  return Uint8Array.from(out);
}

/** Maps each byte to one char U+0000–U+00FF, so byte offsets and string offsets agree. */
export function bytesToBinary(bytes: Uint8Array): string {
  let out = '';
  const step = 8192;
  for (let i = 0; i < bytes.length; i += step) {
    out += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return out;
}

/** The inverse of bytesToBinary (chars above U+00FF are truncated to their low byte). */
export function binaryToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}
