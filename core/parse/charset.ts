// Byte-to-text decoding for imported files and raw mail: honour a BOM or a declared charset, otherwise
// guess between UTF-8, the Cyrillic single-byte code pages our users' old exports use, and windows-1252.

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding actually used, e.g. `utf-8`, `windows-1251`, `koi8-r`. */
  encoding: string;
  /**
   * Set when the text is UTF-8 with a few bytes that are not (each replaced with U+FFFD): the 1-based lines that
   * held them (the first 100) and how many there were.
   */
  replaced?: { lines: number[]; count: number };
}

/** What a scan of bytes as UTF-8 found: well-formed multi-byte characters, and bytes that fit no character. */
export interface Utf8Shape {
  multibyte: number;
  invalid: number;
  /** 1-based lines holding invalid bytes (the first 100). */
  invalidLines: number[];
}

/** Scans bytes as UTF-8 in one pass (RFC 3629 section 4: no overlongs, no surrogates, nothing past U+10FFFF). */
export function utf8Shape(bytes: Uint8Array): Utf8Shape {
  let multibyte = 0;
  let invalid = 0;
  let line = 1;
  const invalidLines: number[] = [];
  const bad = () => {
    invalid++;
    if (invalidLines.length < 100 && invalidLines[invalidLines.length - 1] !== line) invalidLines.push(line);
  };
  const cont = (i: number) => {
    const b = bytes[i];
    return b !== undefined && b >= 0x80 && b <= 0xbf;
  };
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    const second = bytes[i + 1] ?? 0;
    let size = 0;
    if (b >= 0xc2 && b <= 0xdf) size = cont(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) {
      const okSecond = b === 0xe0 ? second >= 0xa0 : b === 0xed ? second <= 0x9f : true;
      size = okSecond && cont(i + 1) && cont(i + 2) ? 3 : 0;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const okSecond = b === 0xf0 ? second >= 0x90 : b === 0xf4 ? second <= 0x8f : true;
      size = okSecond && cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    if (size === 0) {
      bad();
      i++;
    } else {
      multibyte++;
      i += size;
    }
  }
  return { multibyte, invalid, invalidLines };
}

/**
 * True when bytes that are not valid UTF-8 are still UTF-8 text with a few broken bytes: at least ten
 * well-formed multi-byte characters for every byte that fits none. Text in a Cyrillic code page almost never
 * forms a UTF-8 character, so one stray byte in a UTF-8 file no longer sends the whole file to KOI8-R.
 */
function mostlyUtf8(shape: Utf8Shape): boolean {
  return shape.multibyte > 0 && shape.invalid * 10 <= shape.multibyte;
}

const decoderCache = new Map<string, TextDecoder | null>();

/** A TextDecoder for a charset label, or null when the runtime does not know the label. */
export function decoderFor(label: string): TextDecoder | null {
  const key = normalizeCharsetLabel(label);
  const cached = decoderCache.get(key);
  if (cached !== undefined) return cached;
  let decoder: TextDecoder | null = null;
  try {
    decoder = key === '' ? null : new TextDecoder(CHARSET_ALIASES[key] ?? key);
  } catch {
    decoder = null;
  }
  decoderCache.set(key, decoder);
  return decoder;
}

// Labels seen in real mail that WHATWG does not list under these spellings.
const CHARSET_ALIASES: Record<string, string> = {
  win1251: 'windows-1251',
  'win-1251': 'windows-1251',
  'cp-1251': 'windows-1251',
  'windows-1251x': 'windows-1251',
  cp1252: 'windows-1252',
  'utf-8x': 'utf-8',
  'utf-16': 'utf-16le',
  cp866: 'ibm866',
  'x-mac-ukrainian': 'x-mac-cyrillic',
  ks_c_5601: 'euc-kr',
  'ks_c_5601-1989': 'euc-kr',
  'iso-8859-8-i': 'iso-8859-8',
};

/** Lower-cases a charset label and strips quotes and an RFC 2231 `*language` suffix. */
export function normalizeCharsetLabel(label: string): string {
  return label
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(/\*.*$/, '')
    .toLowerCase();
}

/** True when the bytes are well-formed UTF-8 (pure ASCII included). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    fatalUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** True when no byte is above 0x7F. */
export function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) > 0x7f) return false;
  return true;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Guesses the encoding of unlabelled bytes: BOM, UTF-8, UTF-16, Cyrillic code pages, else windows-1252. */
export function detectEncoding(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return bom.encoding;
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  const utf16 = guessUtf16(sample);
  if (utf16) return utf16;
  if (isAscii(sample) || isValidUtf8(bytes)) return 'utf-8';
  if (mostlyUtf8(utf8Shape(bytes))) return 'utf-8';
  return guessSingleByte(sample);
}

/** Decodes bytes to text, trusting a BOM first, then a usable declared charset, then detection. */
export function decodeBytes(bytes: Uint8Array, declared?: string): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bom.encoding, bytes.subarray(bom.length));
  const label = declared === undefined ? '' : normalizeCharsetLabel(declared);
  const decoder = label === '' ? null : decoderFor(label);
  if (decoder) {
    const name = decoder.encoding;
    // Senders often label cp1251 text as UTF-8 or ASCII; a label the bytes contradict is not trusted.
    const lies = (name === 'utf-8' && !isValidUtf8(bytes)) || (isAsciiLabel(label) && !isAscii(bytes));
    // Non-ASCII bytes that happen to be valid UTF-8 almost never are legacy text: the label is stale.
    const reallyUtf8 =
      name !== 'utf-8' && !name.startsWith('utf-16') && !isAscii(bytes) && isValidUtf8(bytes);
    if (reallyUtf8) return { text: new TextDecoder().decode(bytes), encoding: 'utf-8' };
    if (!lies) return { text: decoder.decode(bytes), encoding: name };
  }
  const detected = decodeWith(detectEncoding(bytes), bytes);
  if (detected.encoding === 'utf-8' && !isValidUtf8(bytes)) {
    const shape = utf8Shape(bytes);
    detected.replaced = { lines: shape.invalidLines, count: shape.invalid };
  }
  return detected;
}

function isAsciiLabel(label: string): boolean {
  return label === 'us-ascii' || label === 'ascii' || label === 'ansi_x3.4-1968' || label === '7bit';
}

function decodeWith(encoding: string, bytes: Uint8Array): DecodedText {
  const decoder = decoderFor(encoding) ?? new TextDecoder('windows-1252');
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}

// UTF-16 without a BOM shows up as every other byte being zero in mostly-Latin text.
function guessUtf16(sample: Uint8Array): string | null {
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  const n = sample.length - (sample.length % 2);
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

// Approximate letter frequencies (%) in Russian and Ukrainian prose.
const FREQ: Record<string, number> = {
  о: 10.9,
  е: 8.4,
  а: 8.0,
  и: 7.0,
  н: 6.7,
  т: 6.3,
  с: 5.5,
  р: 4.7,
  в: 4.5,
  л: 4.4,
  к: 3.5,
  м: 3.2,
  д: 3.0,
  п: 2.8,
  у: 2.6,
  я: 2.0,
  ы: 1.9,
  ь: 1.7,
  г: 1.7,
  з: 1.6,
  б: 1.6,
  ч: 1.4,
  й: 1.2,
  х: 1.0,
  ж: 0.9,
  ш: 0.7,
  ю: 0.6,
  ц: 0.5,
  щ: 0.4,
  э: 0.3,
  ф: 0.3,
  і: 3.0,
  ї: 0.6,
  є: 0.4,
  ъ: 0.05,
  ё: 0.05,
  ґ: 0.05,
};
const CANDIDATES = ['windows-1251', 'koi8-r', 'ibm866', 'x-mac-cyrillic'];

function isAsciiLetter(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
}

function guessSingleByte(sample: Uint8Array): string {
  // Cyrillic words are runs of high bytes; Western accents sit between ASCII letters ("Müller").
  let high = 0;
  let besideAsciiLetter = 0;
  for (let i = 0; i < sample.length; i++) {
    if ((sample[i] ?? 0) < 0x80) continue;
    high++;
    if (isAsciiLetter(sample[i - 1]) || isAsciiLetter(sample[i + 1])) besideAsciiLetter++;
  }
  if (besideAsciiLetter > high * 0.5) return 'windows-1252';
  let best = 'windows-1252';
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const score = cyrillicScore(new TextDecoder(candidate).decode(sample));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function cyrillicScore(text: string): number {
  let score = 0;
  let prevLower = false;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const freq = FREQ[lower];
    if (freq === undefined) {
      // A high byte that decodes to a symbol instead of a letter is evidence against this code page.
      if (ch.charCodeAt(0) > 0x7f) score -= 2;
      prevLower = false;
      continue;
    }
    const isLower = lower === ch;
    // Prose is mostly lower case; the wrong code page swaps case (cp1251 read as KOI8-R is all capitals).
    score += isLower ? freq : freq * 0.3;
    // Mid-word capitals ("пРИВЕТ") are what the wrong Cyrillic code page produces.
    if (!isLower && prevLower) score -= 6;
    prevLower = isLower;
  }
  return score;
}
