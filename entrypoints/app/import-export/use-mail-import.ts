// The mail archive import flow: mbox files streamed one after another, .eml files in one batch, parsed, decided
// and written in the import worker (the page only shows progress), with a cancel and one combined report.
import { useRef, useState } from 'react';
import type { Settings } from '../../../core/model';
import type { MailImportProgress, MailImportResult } from '../../../storage/import-mail';
import { importWorkers } from './workers';

export interface MailRun extends MailImportProgress {
  file: string;
  totalBytes: number;
}

export function useMailImport(settings: Settings) {
  const [run, setRun] = useState<MailRun | null>(null);
  const [result, setResult] = useState<MailImportResult | null>(null);
  const cancel = useRef<(() => void) | null>(null);

  const start = async (files: readonly File[], account: string) => {
    setResult(null);
    const job = importWorkers.importMail(
      {
        files: [...files],
        settings,
        now: Date.now(),
        ...(account.trim() ? { account: account.trim() } : {}),
      },
      (p) => p.mail && setRun({ ...p.mail, totalBytes: p.total }),
    );
    cancel.current = job.cancel;
    try {
      setResult(await job.result);
    } finally {
      setRun(null);
      cancel.current = null;
    }
  };

  return { run, result, start, cancel: () => cancel.current?.() };
}
