// Mail archive import: an mbox streamed chunk by chunk (memory bounded by the largest single message
// and one batch of ~1,000 parsed headers), and .eml files one by one. Messages are logged through
// logMessages, so the logging policy and idempotency are exactly those of live logging.
import { loggableFromEml, messageProblem, unreadableMessage } from '../core/import';
import { importNote, OTHER_REASONS, type ImportBecause, type ImportNote } from '../core/import-reason';
import type { LogBecause, LoggableMessage } from '../core/logging-policy';
import type { Settings } from '../core/model';
import { MboxSplitter, parseEmlHeaders } from '../core/parse';
import type { KartkaDB } from './db';
import { logMessages } from './interactions';

export interface MailProblem {
  file: string;
  /** 1-based number of the message in its file (1 for an .eml). */
  message: number;
  reason: string;
  /** The same reason as a code and figures, for the reader's language. */
  because?: ImportBecause;
}

export interface MailImportProgress {
  bytes: number;
  messages: number;
  /** Newly logged interactions. */
  logged: number;
  /** Already in the base (same Message-ID, from live logging, an API sync or an earlier import). */
  duplicates: number;
  /** Not logged by the logging policy (bulk mail, nobody known, …); see `skippedReasons`. */
  skipped: number;
  problems: number;
}

export interface MailImportResult extends MailImportProgress {
  /** The first problems in detail (the count above includes all). */
  problemList: MailProblem[];
  /** Why messages were not logged (in English), with how many each. */
  skippedReasons: Record<string, number>;
  /** The same reasons as codes and figures, for the reader's language (absent for "other reasons"). */
  skippedBecause: Record<string, LogBecause>;
  peopleCreated: number;
  aborted: boolean;
}

export interface MailImportOptions {
  settings: Settings;
  now: number;
  /** The mailbox owner's address, so sent mail counts as sent (in addition to settings.ownAddresses). */
  account?: string;
  signal?: AbortSignal;
  onProgress?: (p: MailImportProgress) => void;
}

const BATCH = 1000;
const MAX_PROBLEMS = 500;
const MAX_REASONS = 40;

/** A mail import that has done nothing yet. */
export function emptyMailResult(): MailImportResult {
  return {
    bytes: 0,
    messages: 0,
    logged: 0,
    duplicates: 0,
    skipped: 0,
    problems: 0,
    problemList: [],
    skippedReasons: {},
    skippedBecause: {},
    peopleCreated: 0,
    aborted: false,
  };
}

/** Collects parsed messages and logs them in batches, keeping counts and the first problems. */
class MailLogger {
  readonly result: MailImportResult = emptyMailResult();
  private pending: LoggableMessage[] = [];
  private lastReport = 0;

  constructor(
    private readonly db: KartkaDB,
    private readonly options: MailImportOptions,
  ) {}

  problem(file: string, message: number, note: ImportNote): void {
    this.result.problems++;
    if (this.result.problemList.length < MAX_PROBLEMS)
      this.result.problemList.push({ file, message, ...note });
  }

  async add(file: string, index: number, raw: Uint8Array): Promise<void> {
    const headers = parseEmlHeaders(raw);
    this.result.messages++;
    const m = loggableFromEml(headers);
    if (!m.ok) {
      const why =
        headers.unreadable === undefined
          ? { reason: m.reason, because: m.because }
          : unreadableMessage(headers.unreadable);
      this.problem(file, index + 1, messageProblem(headers, index, why));
    } else this.pending.push(m.message);
    if (this.pending.length >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const { settings, now, account } = this.options;
    const out = await logMessages(this.db, batch, settings, now, 'import', account);
    this.result.logged += out.added;
    this.result.duplicates += out.alreadyLogged;
    this.result.skipped += out.notLogged;
    this.result.peopleCreated += out.peopleCreated;
    const reasons = this.result.skippedReasons;
    for (const d of out.decisions) {
      if (d.logged) continue;
      const reason = d.reason.replace(/^not logged: /u, '');
      const key = reason in reasons || Object.keys(reasons).length < MAX_REASONS ? reason : OTHER_REASONS;
      reasons[key] = (reasons[key] ?? 0) + 1;
      if (key !== OTHER_REASONS && d.because) this.result.skippedBecause[key] = d.because;
    }
    this.report(true);
  }

  report(force = false): void {
    const at = Date.now();
    if (!force && at - this.lastReport < 100) return;
    this.lastReport = at;
    const { problemList: _l, skippedReasons: _r, peopleCreated: _p, aborted: _a, ...progress } = this.result;
    this.options.onProgress?.(progress);
  }
}

const FROM_LINE = /^\s*From \S/u;

/**
 * Imports an mbox (Google Takeout "All mail", Thunderbird, Apple Mail) from a stream of byte chunks,
 * e.g. `File.stream()`. The whole file is never held; stopping with `signal` keeps what was logged.
 */
export async function importMbox(
  db: KartkaDB,
  file: string,
  stream: AsyncIterable<Uint8Array>,
  options: MailImportOptions,
): Promise<MailImportResult> {
  const logger = new MailLogger(db, options);
  const splitter = new MboxSplitter();
  let index = 0;
  let checked = false;
  for await (const chunk of stream) {
    if (options.signal?.aborted) {
      logger.result.aborted = true;
      return logger.result;
    }
    if (!checked && chunk.length > 0) {
      checked = true;
      const head = new TextDecoder('latin1').decode(chunk.subarray(0, 1024)).replace(/^\ufeff|^ï»¿/u, '');
      if (!FROM_LINE.test(head)) {
        logger.problem(
          file,
          0,
          importNote(
            `${file} does not start with a "From " line, so it is not an mbox file; nothing was imported from it.`,
            'mail.notMbox',
            { file },
          ),
        );
        return logger.result;
      }
    }
    logger.result.bytes += chunk.length;
    for (const raw of splitter.push(chunk)) await logger.add(file, index++, raw);
    logger.report();
  }
  for (const raw of splitter.end()) await logger.add(file, index++, raw);
  await logger.flush();
  logger.report(true);
  return logger.result;
}

/** Imports .eml files one by one (each read only when its turn comes). */
export async function importEmlFiles(
  db: KartkaDB,
  files: readonly { name: string; bytes: () => Promise<Uint8Array> }[],
  options: MailImportOptions,
): Promise<MailImportResult> {
  const logger = new MailLogger(db, options);
  for (const f of files) {
    if (options.signal?.aborted) {
      logger.result.aborted = true;
      return logger.result;
    }
    const bytes = await f.bytes();
    logger.result.bytes += bytes.length;
    await logger.add(f.name, 0, bytes);
    logger.report();
  }
  await logger.flush();
  logger.report(true);
  return logger.result;
}
