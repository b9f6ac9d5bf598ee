// The contacts import flow: files read once, re-parsed on an encoding/delimiter/mapping change, matches
// looked up for the preview, then the import with the chosen dedupe modes and its per-row report.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  summarizeReport,
  withParseProblems,
  type ContactFile,
  type DedupeMode,
  type ImportSummary,
  type RowReport,
} from '../../../core/import';
import type { Settings } from '../../../core/model';
import {
  toCsv,
  type ColumnMapping,
  type ContactField,
  type CsvDelimiter,
  type ParsedCsv,
} from '../../../core/parse';
import type {
  ContactSource,
  JobProgress,
  ParsedContacts,
} from '../../../integrations/import-worker/protocol';
import { db } from '../../../storage/db';
import { findImportMatches, importContacts } from '../../../storage/import-contacts';
import { lastUndoableImport, undoImport, type UndoableImport } from '../../../storage/import-undo';
import type { PreviewMatch } from '../../../components/import/PreviewTable';
import { saveFile, stamp } from './files';
import { importWorkers } from './workers';

/** A picked contacts file and the options chosen for it; read and parsed in the import worker. */
export type LoadedFile = ContactSource;

export interface ParsedFile extends ContactFile {
  source: LoadedFile;
  csv?: ParsedCsv;
  mapping?: ColumnMapping;
}

/** The file being read in the worker, how far it is, and how to stop it. */
export interface Reading {
  name: string;
  progress: JobProgress | null;
  cancel: () => void;
}

export function useContactImport(settings: Settings) {
  const [files, setFiles] = useState<LoadedFile[]>([]);
  const [mode, setMode] = useState<DedupeMode>('merge');
  const [perRow, setPerRow] = useState<ReadonlyMap<string, DedupeMode>>(new Map());
  const [matches, setMatches] = useState<ReadonlyMap<string, PreviewMatch>>(new Map());
  const [running, setRunning] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<{
    reports: RowReport[];
    summary: ImportSummary;
    aborted: boolean;
  } | null>(null);
  const [controller, setController] = useState<AbortController | null>(null);
  const [undoable, setUndoable] = useState<UndoableImport | null>(null);
  const [undone, setUndone] = useState<{ removed: number; restored: number } | null>(null);
  const [undoing, setUndoing] = useState(false);

  const refreshUndo = () => lastUndoableImport(db).then((u) => setUndoable(u ?? null));
  useEffect(() => {
    void refreshUndo();
  }, []);

  // Each file (a new object whenever its options change) is parsed once, in the worker, one at a time.
  const [results, setResults] = useState<ReadonlyMap<LoadedFile, ParsedContacts>>(new Map());
  const [progress, setProgress] = useState<{ file: LoadedFile; progress: JobProgress } | null>(null);
  const job = useRef<{ cancel: () => void } | null>(null);
  const current = useRef(files);
  useEffect(() => {
    current.current = files;
  }, [files]);
  const [stopped, setStopped] = useState<string | null>(null);
  const [readFailed, setReadFailed] = useState<string | null>(null);
  const next = files.find((f) => !results.has(f)) ?? null;
  useEffect(() => {
    if (!next) return;
    const running = importWorkers.parseContacts(next, (p) => setProgress({ file: next, progress: p }));
    job.current = running;
    let live = true;
    running.result.then(
      (result) => {
        if (!live) return;
        job.current = null;
        if (result === null) {
          // Cancelled: the file leaves the list, and the page says so.
          setStopped(next.name);
          setFiles((prev) => prev.filter((f) => f !== next));
          return;
        }
        // Results of files since removed or re-parsed with other options are dropped.
        setResults((prev) =>
          new Map([...prev].filter(([f]) => current.current.includes(f))).set(next, result),
        );
      },
      (error: unknown) => {
        if (!live) return;
        job.current = null;
        setReadFailed(`${next.name}: ${error instanceof Error ? error.message : String(error)}`);
        setFiles((prev) => prev.filter((f) => f !== next));
      },
    );
    return () => {
      live = false;
      running.cancel();
    };
  }, [next]);
  const reading: Reading | null = next && {
    name: next.name,
    progress: progress?.file === next ? progress.progress : null,
    cancel: () => job.current?.cancel(),
  };
  const parsed = useMemo(
    () =>
      files.flatMap((f): ParsedFile[] => {
        const r = results.get(f);
        return r ? [{ ...r, source: f }] : [];
      }),
    [files, results],
  );
  const candidates = useMemo(() => parsed.flatMap((p) => p.candidates), [parsed]);

  useEffect(() => {
    let live = true;
    const lookup =
      candidates.length === 0 ? Promise.resolve(new Map()) : findImportMatches(db, candidates, settings);
    void lookup.then((m) => live && setMatches(m));
    return () => {
      live = false;
    };
  }, [candidates, settings]);

  const addFiles = (picked: readonly File[]) => {
    const loaded = picked.map((f): LoadedFile => ({
      name: f.name,
      kind: /\.(vcf|vcard)$/iu.test(f.name) ? 'vcard' : 'csv',
      file: f,
    }));
    setResult(null);
    setStopped(null);
    setReadFailed(null);
    setFiles((prev) => [...prev.filter((p) => !loaded.some((l) => l.name === p.name)), ...loaded]);
  };

  const update = (name: string, patch: Partial<LoadedFile>) =>
    setFiles((prev) => prev.map((f) => (f.name === name ? { ...f, ...patch } : f)));

  const setColumn = (file: ParsedFile, index: number, field: ContactField | null) => {
    if (!file.mapping) return;
    const columns = file.mapping.columns.map((c) => (c.index === index ? { ...c, field, confidence: 1 } : c));
    update(file.source.name, { mapping: { columns } });
  };

  const setRowMode = (key: string, m: DedupeMode | null) =>
    setPerRow((prev) => {
      const next = new Map(prev);
      if (m === null) next.delete(key);
      else next.set(key, m);
      return next;
    });

  const run = async () => {
    const ctrl = new AbortController();
    setController(ctrl);
    setRunning({ done: 0, total: candidates.length });
    try {
      const reports = await importContacts(db, candidates, {
        mode,
        perRow,
        settings,
        now: Date.now(),
        signal: ctrl.signal,
        onProgress: (done, total) => setRunning({ done, total }),
      });
      const all = withParseProblems(
        reports,
        parsed.flatMap((p) => p.problems),
      );
      setResult({ reports: all, summary: summarizeReport(all), aborted: ctrl.signal.aborted });
      setUndone(null);
      setFiles([]);
      setPerRow(new Map());
    } finally {
      setRunning(null);
      setController(null);
      await refreshUndo();
    }
  };

  /** Puts the base back as it was before the last import. */
  const undo = async () => {
    if (!undoable) return;
    setUndoing(true);
    try {
      setUndone(await undoImport(db, undoable.importId));
      setResult(null);
    } finally {
      setUndoing(false);
      await refreshUndo();
    }
  };

  const downloadReport = () => {
    if (!result) return;
    const rows = [['File', 'Row', 'Name', 'Result', 'Reason', 'Left out', 'Kept in the base']];
    for (const r of result.reports)
      rows.push([
        r.file,
        String(r.line),
        r.label,
        r.action,
        r.reason,
        r.problems.join(' '),
        r.kept.join('; '),
      ]);
    saveFile(
      `kartka-import-report-${stamp(Date.now())}.csv`,
      [toCsv(rows, { bom: true })],
      'text/csv;charset=utf-8',
    );
  };

  return {
    parsed,
    reading,
    stopped,
    readFailed,
    candidates,
    matches,
    mode,
    setMode,
    perRow,
    setRowMode,
    addFiles,
    removeFile: (name: string) => setFiles((prev) => prev.filter((f) => f.name !== name)),
    // A new encoding or delimiter changes the header, so the columns are guessed again.
    setCsvOptions: (name: string, o: { encoding: string; delimiter: CsvDelimiter }) =>
      setFiles((prev) =>
        prev.map(({ mapping: _m, ...f }) =>
          f.name === name ? { ...f, ...o } : { ...f, ...(_m ? { mapping: _m } : {}) },
        ),
      ),
    setColumn,
    run,
    cancel: () => controller?.abort(),
    running,
    result,
    downloadReport,
    undoable,
    undo,
    undoing,
    undone,
  };
}
