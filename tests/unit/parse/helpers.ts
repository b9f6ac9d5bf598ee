// Test helper: encode text into a single-byte code page (TextEncoder only does UTF-8).

const tables = new Map<string, Map<string, number>>();

function tableFor(encoding: string): Map<string, number> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (!table.has(ch)) table.set(ch, b);
  }
  tables.set(encoding, table);
  return table;
}

/** Encodes text as windows-1251, koi8-r or any other single-byte encoding TextDecoder knows. */
export function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const table = tableFor(encoding);
  return Uint8Array.from(
    [...text].map((ch) => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`'${ch}' cannot be written in ${encoding}`);
      return b;
    }),
  );
}

export const cp1251 = (text: string): Uint8Array => encodeSingleByte(text, 'windows-1251');
export const koi8r = (text: string): Uint8Array => encodeSingleByte(text, 'koi8-r');
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Concatenates byte arrays (for building mixed-encoding mail). */
export function concat(...parts: (Uint8Array | string)[]): Uint8Array {
  const arrays = parts.map((p) => (typeof p === 'string' ? utf8(p) : p));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let offset = 0;
  for (const a of arrays) {
    out.set(a, offset);
    offset += a.length;
  }
  return out;
}

/** Base64 of UTF-8 text, for hand-built encoded words. */
export function b64(text: string | Uint8Array): string {
  const bytes = typeof text === 'string' ? utf8(text) : text;
  return Buffer.from(bytes).toString('base64');
}
