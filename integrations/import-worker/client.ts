// The page's side of the import worker: each job runs in a worker of its own, reports progress, and can be
// cancelled. A contacts parse is cancelled by ending its worker at once (it is one synchronous pass over the
// file); a mail import is asked to stop between messages, keeping what it logged, and is ended if it does not
// answer within a moment (a single hostile message still being read).
import { emptyMailResult, type MailImportResult } from '../../storage/import-mail';
import type { Settings } from '../../core/model';
import type { ContactSource, FromWorker, JobProgress, ParsedContacts, ToWorker } from './protocol';

/** The part of a Worker the client uses (tests pass one that runs the worker's code in this thread). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

export interface Job<T> {
  /** The result; null for a contacts parse that was cancelled. */
  result: Promise<T>;
  cancel: () => void;
}

/** How long a mail import may take to stop after a cancel before its worker is ended. */
const STOP_GRACE_MS = 3000;

export class ImportWorkers {
  private next = 1;

  constructor(private readonly spawn: () => WorkerLike) {}

  /** Parses one contacts file off the page; `null` when cancelled. */
  parseContacts(source: ContactSource, onProgress: (p: JobProgress) => void): Job<ParsedContacts | null> {
    const id = this.next++;
    const worker = this.spawn();
    let settle: (value: ParsedContacts | null) => void = () => undefined;
    const result = new Promise<ParsedContacts | null>((resolve, reject) => {
      settle = (value) => {
        worker.terminate();
        resolve(value);
      };
      this.listen(
        worker,
        id,
        onProgress,
        (m) => {
          if (m.type === 'contacts') settle(m.result);
          else if (m.type === 'failed') {
            worker.terminate();
            reject(new Error(m.error));
          }
        },
        reject,
      );
    });
    worker.postMessage({ type: 'contacts', id, source });
    return { result, cancel: () => settle(null) };
  }

  /** Imports mail archives off the page (the worker writes the base); cancel keeps what was logged. */
  importMail(
    request: { files: File[]; settings: Settings; account?: string; now: number },
    onProgress: (p: JobProgress) => void,
  ): Job<MailImportResult> {
    const id = this.next++;
    const worker = this.spawn();
    let last: JobProgress | null = null;
    let settle: (value: MailImportResult) => void = () => undefined;
    let stopping: ReturnType<typeof setTimeout> | undefined;
    const result = new Promise<MailImportResult>((resolve, reject) => {
      settle = (value) => {
        clearTimeout(stopping);
        worker.terminate();
        resolve(value);
      };
      this.listen(
        worker,
        id,
        (p) => {
          last = p;
          onProgress(p);
        },
        (m) => {
          if (m.type === 'mail') settle(m.result);
          else if (m.type === 'failed') {
            clearTimeout(stopping);
            worker.terminate();
            reject(new Error(m.error));
          }
        },
        reject,
      );
    });
    worker.postMessage({ type: 'mail', id, ...request });
    const cancel = () => {
      worker.postMessage({ type: 'cancel', id });
      clearTimeout(stopping);
      stopping = setTimeout(() => settle(stoppedAt(last)), STOP_GRACE_MS);
    };
    return { result, cancel };
  }

  private listen(
    worker: WorkerLike,
    id: number,
    onProgress: (p: JobProgress) => void,
    onDone: (m: Exclude<FromWorker, { type: 'progress' }>) => void,
    onCrash: (error: Error) => void,
  ): void {
    worker.onmessage = ({ data }) => {
      if (data.id !== id) return;
      if (data.type === 'progress') onProgress(data.progress);
      else onDone(data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      onCrash(new Error(event.message ?? 'The import worker stopped unexpectedly.'));
    };
  }
}

/** What a mail import had done when its worker was ended: its last counts, marked stopped. */
function stoppedAt(last: JobProgress | null): MailImportResult {
  const { file: _file, ...counts } = last?.mail ?? { file: '' };
  return { ...emptyMailResult(), ...counts, aborted: true };
}
