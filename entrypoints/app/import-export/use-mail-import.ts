// The mail archive import flow: mbox files streamed one after another, .eml files in one batch, with
// live progress, a cancel that stops between chunks, and one combined report.
import { useRef, useState } from 'react';
import type { Settings } from '../../../core/model';
import { db } from '../../../storage/db';
import {
  importEmlFiles,
  importMbox,
  type MailImportProgress,
  type MailImportResult,
} from '../../../storage/import-mail';
import { fileChunks, kindOf } from './files';

export interface MailRun extends MailImportProgress {
  file: string;
  totalBytes: number;
}

function combine(a: MailImportResult, b: MailImportResult): MailImportResult {
  return {
    bytes: a.bytes + b.bytes,
    messages: a.messages + b.messages,
    logged: a.logged + b.logged,
    duplicates: a.duplicates + b.duplicates,
    skipped: a.skipped + b.skipped,
    problems: a.problems + b.problems,
    problemList: [...a.problemList, ...b.problemList].slice(0, 500),
    skippedReasons: Object.entries(b.skippedReasons).reduce(
      (acc, [k, n]) => ({ ...acc, [k]: (acc[k] ?? 0) + n }),
      { ...a.skippedReasons },
    ),
    skippedBecause: { ...a.skippedBecause, ...b.skippedBecause },
    peopleCreated: a.peopleCreated + b.peopleCreated,
    aborted: a.aborted || b.aborted,
  };
}

const EMPTY: MailImportResult = {
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

export function useMailImport(settings: Settings) {
  const [run, setRun] = useState<MailRun | null>(null);
  const [result, setResult] = useState<MailImportResult | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = async (files: readonly File[], account: string) => {
    const ctrl = new AbortController();
    controller.current = ctrl;
    setResult(null);
    const options = {
      settings,
      now: Date.now(),
      signal: ctrl.signal,
      ...(account.trim() ? { account: account.trim() } : {}),
    };
    let total = EMPTY;
    try {
      for (const f of files.filter((x) => kindOf(x.name) === 'mbox')) {
        if (ctrl.signal.aborted) break;
        const base = total;
        const r = await importMbox(db, f.name, fileChunks(f), {
          ...options,
          onProgress: (p) =>
            setRun({
              ...p,
              file: f.name,
              totalBytes: f.size,
              logged: base.logged + p.logged,
              duplicates: base.duplicates + p.duplicates,
            }),
        });
        total = combine(total, r);
      }
      const eml = files.filter((x) => kindOf(x.name) === 'eml');
      if (eml.length > 0 && !ctrl.signal.aborted) {
        const size = eml.reduce((n, f) => n + f.size, 0);
        const r = await importEmlFiles(
          db,
          eml.map((f) => ({ name: f.name, bytes: async () => new Uint8Array(await f.arrayBuffer()) })),
          { ...options, onProgress: (p) => setRun({ ...p, file: `${eml.length} .eml`, totalBytes: size }) },
        );
        total = combine(total, r);
      }
      setResult({ ...total, aborted: total.aborted || ctrl.signal.aborted });
    } finally {
      setRun(null);
      controller.current = null;
    }
  };

  return { run, result, start, cancel: () => controller.current?.abort() };
}
