// What the app page and its import worker say to each other. Parsing (CSV, vCard, mbox, .eml) runs in the worker,
// so a hostile or merely huge file never holds the page; the page shows progress and can cancel.
import type { ContactFile } from '../../core/import';
import type { Settings } from '../../core/model';
import type { ColumnMapping, CsvDelimiter, ParsedCsv } from '../../core/parse';
import type { MailImportProgress, MailImportResult } from '../../storage/import-mail';

/** A contacts file the user picked, with the options they chose for it. */
export interface ContactSource {
  name: string;
  kind: 'csv' | 'vcard';
  file: Blob;
  encoding?: string;
  delimiter?: CsvDelimiter;
  mapping?: ColumnMapping;
}

/** A parsed contacts file as the page needs it: the CSV's first rows only (the mapping table's samples). */
export interface ParsedContacts extends ContactFile {
  csv?: ParsedCsv;
  mapping?: ColumnMapping;
}

/** How far a job is: `done` of `total` in the unit of its stage (characters read, bytes of mail). */
export interface JobProgress {
  stage: 'read' | 'rows' | 'check' | 'mail';
  done: number;
  total: number;
  mail?: MailImportProgress & { file: string };
}

export type ToWorker =
  | { type: 'contacts'; id: number; source: ContactSource }
  | { type: 'mail'; id: number; files: File[]; settings: Settings; account?: string; now: number }
  | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'progress'; id: number; progress: JobProgress }
  | { type: 'contacts'; id: number; result: ParsedContacts }
  | { type: 'mail'; id: number; result: MailImportResult }
  | { type: 'failed'; id: number; error: string };

/** Sample rows the mapping table shows. */
export const SAMPLE_ROWS = 5;
