// The contacts import flow: files read once, re-parsed on an encoding/delimiter/mapping change, matches
// looked up for the preview, then the import with the chosen dedupe modes and its per-row report.
import { useEffect, useMemo, useState } from 'react';
import {
  contactsFromCsv,
  contactsFromVCard,
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
import { db } from '../../../storage/db';
import { findImportMatches, importContacts } from '../../../storage/import-contacts';
import { lastUndoableImport, undoImport, type UndoableImport } from '../../../storage/import-undo';
import type { PreviewMatch } from '../../../components/import/PreviewTable';
import { saveFile, stamp } from './files';

export interface LoadedFile {
  name: string;
  kind: 'csv' | 'vcard';
  bytes: Uint8Array;
  encoding?: string;
  delimiter?: CsvDelimiter;
  mapping?: ColumnMapping;
}

export interface ParsedFile extends ContactFile {
  source: LoadedFile;
  csv?: ParsedCsv;
  mapping?: ColumnMapping;
}

function parse(f: LoadedFile): ParsedFile {
  if (f.kind === 'vcard') return { ...contactsFromVCard(f.bytes, f.name), source: f };
  const options = {
    ...(f.encoding ? { encoding: f.encoding } : {}),
    ...(f.delimiter ? { delimiter: f.delimiter } : {}),
  };
  return { ...contactsFromCsv(f.bytes, f.name, options, f.mapping), source: f };
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

  const parsed = useMemo(() => files.map(parse), [files]);
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

  const addFiles = async (picked: readonly File[]) => {
    const loaded = await Promise.all(
      picked.map(async (f): Promise<LoadedFile> => ({
        name: f.name,
        kind: /\.(vcf|vcard)$/iu.test(f.name) ? 'vcard' : 'csv',
        bytes: new Uint8Array(await f.arrayBuffer()),
      })),
    );
    setResult(null);
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
