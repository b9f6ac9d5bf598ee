// The import report: parser problems joined to the rows they concern, and the counts a person reads first.
import type { ImportBecause, ImportNote } from '../import-reason';
import { addProblem, type RowReport } from './dedupe';

export interface FileProblem {
  file: string;
  line: number;
  reason: string;
  /** The same reason as a code and figures (without the line). */
  because?: ImportBecause;
}

export interface ImportSummary {
  total: number;
  created: number;
  merged: number;
  unchanged: number;
  skipped: number;
  rejected: number;
  /** Rows that named only a company: they added to (or created) that company. */
  company: number;
  /** Rows kept apart from someone sharing their phone: each left a possible duplicate to review. */
  possible: number;
  /** Rows that need the person's attention (rejected, or imported with something left out), in file order. */
  attention: RowReport[];
}

/**
 * Joins problems the parser found (a broken quote, a bad email) to the row reports: a problem on a row
 * that was imported becomes one of its messages; a row the parser dropped becomes a rejected row.
 */
export function withParseProblems(
  reports: readonly RowReport[],
  problems: readonly FileProblem[],
): RowReport[] {
  const byRow = new Map(
    reports.map((r) => [`${r.file}#${r.line}`, { ...r, problems: [...r.problems], notes: [...r.notes] }]),
  );
  for (const p of problems) {
    const reason = p.reason.replace(/^(Row|Line) \d+: /u, '');
    const note: ImportNote = p.because ? { reason, because: p.because } : { reason };
    const row = byRow.get(`${p.file}#${p.line}`);
    if (row?.action === 'rejected' && row.problems.length === 0) {
      // The parser's reason (a bad email) is what made the row empty: say that, not "nothing to import".
      row.reason = reason;
      if (p.because) row.because = p.because;
      else delete row.because;
      addProblem(row, note);
    } else if (row) {
      if (!row.problems.includes(reason)) addProblem(row, note, true);
    } else {
      const rejected: RowReport = {
        file: p.file,
        line: p.line,
        label: `line ${p.line}`,
        action: 'rejected',
        reason,
        problems: [],
        notes: [],
        kept: [],
      };
      if (p.because) rejected.because = p.because;
      byRow.set(`${p.file}#${p.line}`, rejected);
    }
  }
  return [...byRow.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Counts by outcome, and the rows to show first: rejected ones and ones imported with something left out. */
export function summarizeReport(reports: readonly RowReport[]): ImportSummary {
  const s: ImportSummary = {
    total: reports.length,
    created: 0,
    merged: 0,
    unchanged: 0,
    skipped: 0,
    rejected: 0,
    company: 0,
    possible: 0,
    attention: [],
  };
  for (const r of reports) {
    s[r.action]++;
    if (r.notes.some((n) => n.because?.code.startsWith('row.possibleDuplicate'))) s.possible++;
    if (r.action === 'rejected' || r.problems.length > 0) s.attention.push(r);
  }
  return s;
}

/** One line per row that needs attention: "a.csv, row 14: 'ivan@' is not an email address; not imported". */
export function problemLine(r: RowReport): string {
  const what = r.action === 'rejected' ? r.reason : r.problems.join(' ');
  const tail =
    r.action === 'rejected'
      ? '; not imported'
      : r.action === 'company'
        ? ''
        : ` (${r.label} was ${r.action === 'created' ? 'imported' : r.action})`;
  return `${r.file}, row ${r.line}: ${what.replace(/\.$/u, '')}${tail}`;
}
