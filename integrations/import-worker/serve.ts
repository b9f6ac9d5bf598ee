// The import worker's side: parses contact files and imports mail archives (parse, policy and write, through
// Dexie in the worker), reporting progress; a cancel stops a mail import between messages and keeps what was
// logged. A contacts parse is one synchronous pass: the page cancels it by ending the worker.
import { contactsFromCsv, contactsFromVCard } from '../../core/import';
import { db } from '../../storage/db';
import {
  emptyMailResult,
  importEmlFiles,
  importMbox,
  type MailImportProgress,
  type MailImportResult,
} from '../../storage/import-mail';
import {
  SAMPLE_ROWS,
  type ContactSource,
  type FromWorker,
  type ParsedContacts,
  type ToWorker,
} from './protocol';

/** A file's bytes chunk by chunk, never the whole file at once; stopping early cancels the read. */
export async function* blobChunks(file: Blob): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

async function parseContacts(
  source: ContactSource,
  progress: (stage: 'rows' | 'check', done: number, total: number) => void,
): Promise<ParsedContacts> {
  const bytes = new Uint8Array(await source.file.arrayBuffer());
  if (source.kind === 'vcard') {
    progress('rows', 0, bytes.length);
    return contactsFromVCard(bytes, source.name);
  }
  const options = {
    ...(source.encoding ? { encoding: source.encoding } : {}),
    ...(source.delimiter ? { delimiter: source.delimiter } : {}),
    onProgress: (done: number, total: number) => progress('rows', done, total),
  };
  const parsed = contactsFromCsv(bytes, source.name, options, source.mapping);
  progress('check', 1, 1);
  // Every row is in the candidates; the page shows a few raw rows beside the column mapping.
  return { ...parsed, csv: { ...parsed.csv, rows: parsed.csv.rows.slice(0, SAMPLE_ROWS) } };
}

function combine(a: MailImportResult, b: MailImportResult): MailImportResult {
  const skippedReasons = { ...a.skippedReasons };
  for (const [k, n] of Object.entries(b.skippedReasons)) skippedReasons[k] = (skippedReasons[k] ?? 0) + n;
  return {
    bytes: a.bytes + b.bytes,
    messages: a.messages + b.messages,
    logged: a.logged + b.logged,
    duplicates: a.duplicates + b.duplicates,
    skipped: a.skipped + b.skipped,
    problems: a.problems + b.problems,
    problemList: [...a.problemList, ...b.problemList].slice(0, 500),
    skippedReasons,
    skippedBecause: { ...a.skippedBecause, ...b.skippedBecause },
    peopleCreated: a.peopleCreated + b.peopleCreated,
    aborted: a.aborted || b.aborted,
  };
}

const isMbox = (name: string) => /\.(mbox|mbx)$/iu.test(name);
const isEml = (name: string) => /\.eml$/iu.test(name);

async function importMail(
  request: Extract<ToWorker, { type: 'mail' }>,
  signal: AbortSignal,
  post: (m: FromWorker) => void,
): Promise<MailImportResult> {
  const { id, files, settings, account, now } = request;
  const options = { settings, now, signal, ...(account ? { account } : {}) };
  const progress = (file: string, total: number, p: MailImportProgress) =>
    post({ type: 'progress', id, progress: { stage: 'mail', done: p.bytes, total, mail: { ...p, file } } });
  let total = emptyMailResult();
  for (const f of files.filter((x) => isMbox(x.name))) {
    if (signal.aborted) break;
    const base = total;
    const r = await importMbox(db, f.name, blobChunks(f), {
      ...options,
      onProgress: (p) =>
        progress(f.name, f.size, {
          ...p,
          logged: base.logged + p.logged,
          duplicates: base.duplicates + p.duplicates,
        }),
    });
    total = combine(total, r);
  }
  const eml = files.filter((x) => isEml(x.name));
  if (eml.length > 0 && !signal.aborted) {
    const size = eml.reduce((n, f) => n + f.size, 0);
    const r = await importEmlFiles(
      db,
      eml.map((f) => ({ name: f.name, bytes: async () => new Uint8Array(await f.arrayBuffer()) })),
      {
        ...options,
        onProgress: (p) => progress(`${eml.length} .eml`, size, p),
      },
    );
    total = combine(total, r);
  }
  return { ...total, aborted: total.aborted || signal.aborted };
}

/** The worker's message handler: one job per id, answered with progress, then a result or a failure. */
export function serveImports(post: (m: FromWorker) => void): (m: ToWorker) => void {
  const running = new Map<number, AbortController>();
  return (m) => {
    if (m.type === 'cancel') {
      running.get(m.id)?.abort();
      return;
    }
    const { id } = m;
    const fail = (error: unknown) =>
      post({ type: 'failed', id, error: error instanceof Error ? error.message : String(error) });
    if (m.type === 'contacts') {
      void parseContacts(m.source, (stage, done, total) =>
        post({ type: 'progress', id, progress: { stage, done, total } }),
      ).then((result) => post({ type: 'contacts', id, result }), fail);
      return;
    }
    const controller = new AbortController();
    running.set(id, controller);
    void importMail(m, controller.signal, post)
      .then((result) => post({ type: 'mail', id, result }), fail)
      .finally(() => running.delete(id));
  };
}
