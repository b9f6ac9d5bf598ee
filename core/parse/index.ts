/**
 * Kartka's parsers: the documented entry point, usable from the extension and from Node alike
 * (pure TypeScript, no DOM or Node APIs). Give it a file name and its bytes:
 *
 *   import { parseMailFile } from './core/parse/index.ts';
 *   const result = parseMailFile('export.mbox', bytes);
 *   if (result.kind === 'mbox') for (const m of result.messages) console.log(m.from, m.subject);
 *
 * For multi-gigabyte mbox files use MboxSplitter chunk by chunk with parseEmlHeaders per message.
 */
import { parseCsv, type ParsedCsv } from './csv.ts';
import { guessMapping, rowsToContacts, type ColumnMapping, type ContactDraftRow } from './contacts-csv.ts';
import { parseEmlHeaders, type EmlHeaders } from './eml.ts';
import { parseMbox } from './mbox.ts';
import type { VCardContact } from './vcard-contact.ts';
import { parseVCards, type VCardProblem } from './vcard.ts';

export { parseAddress, parseAddressList, isValidEmail, normalizeEmail, emailProblem } from './addresses.ts';
export type { ParsedAddress } from './addresses.ts';
export { decodeEncodedWords, parseHeaderParams } from './encoded-words.ts';
export { decodeBytes, detectEncoding } from './charset.ts';
export { parseEmlHeaders, parseMessageIds } from './eml.ts';
export type { EmlHeaders } from './eml.ts';
export { parseMailDate } from './mail-date.ts';
export { MboxSplitter, parseMbox } from './mbox.ts';
export { parseVCards } from './vcard.ts';
export type { VCardProblem } from './vcard.ts';
export { serializeVCard4 } from './vcard-write.ts';
export type { VCardContact } from './vcard-contact.ts';
export { parseCsv, toCsv, detectDelimiter } from './csv.ts';
export type { ParsedCsv, CsvRow, CsvProblem, CsvOptions, CsvDelimiter } from './csv.ts';
export { guessMapping, rowsToContacts } from './contacts-csv.ts';
export type { ColumnMapping, ColumnGuess, ContactDraftRow, ContactField } from './contacts-csv.ts';

/** What parseMailFile found, by file kind. */
export type MailFileResult =
  | { kind: 'eml'; message: EmlHeaders }
  | { kind: 'mbox'; messages: EmlHeaders[] }
  | { kind: 'vcard'; cards: VCardContact[]; problems: VCardProblem[] }
  | {
      kind: 'csv';
      csv: ParsedCsv;
      mapping: ColumnMapping;
      contacts: ContactDraftRow[];
      problems: { line: number; reason: string }[];
    }
  | { kind: 'unknown'; reason: string };

const latin1 = new TextDecoder('latin1');

function sniff(bytes: Uint8Array): 'eml' | 'mbox' | 'vcard' | 'csv' | null {
  const head = latin1.decode(bytes.subarray(0, 4096)).replace(/^\ufeff|^ï»¿/, '');
  if (/^\s*BEGIN:VCARD/i.test(head)) return 'vcard';
  if (/^From \S+/.test(head)) return 'mbox';
  if (/^[\x21-\x39\x3b-\x7e]+:/m.test(head.split(/\r?\n/, 1)[0] ?? '')) return 'eml';
  if (/[,;\t]/.test(head.split(/\r?\n/, 1)[0] ?? '')) return 'csv';
  return null;
}

/** Parses an .eml, .mbox, .vcf or .csv file, chosen by extension and then by content. */
export function parseMailFile(name: string, bytes: Uint8Array): MailFileResult {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const byExt: Record<string, 'eml' | 'mbox' | 'vcard' | 'csv'> = {
    eml: 'eml',
    mbox: 'mbox',
    mbx: 'mbox',
    vcf: 'vcard',
    vcard: 'vcard',
    csv: 'csv',
    tsv: 'csv',
  };
  const kind = byExt[ext] ?? sniff(bytes);
  switch (kind) {
    case 'eml':
      return { kind, message: parseEmlHeaders(bytes) };
    case 'mbox':
      return { kind, messages: parseMbox(bytes).map((m) => parseEmlHeaders(m)) };
    case 'vcard':
      return { kind, ...parseVCards(bytes) };
    case 'csv': {
      const csv = parseCsv(bytes, ext === 'tsv' ? { delimiter: '\t' } : {});
      const mapping = guessMapping(csv.header);
      return { kind, csv, mapping, ...rowsToContacts(csv, mapping) };
    }
    default:
      return { kind: 'unknown', reason: `'${name}' is not an .eml, .mbox, .vcf or .csv file` };
  }
}
