// An import's reasons in the reader's language: a row's outcome, a value left out, a parser's or a mail
// archive's problem; the English text when no code came with it.
import type { RowReport } from '../import/dedupe';
import type { ImportNote } from '../import-reason';
import type { Translate } from './index';
import type { Params } from './plural';
import { refusalText } from './refusal-text';

/** The reason to show for one note (a row's reason, a left-out value, a file's or a message's problem). */
export function importReasonText(note: ImportNote, t: Translate): string {
  const b = note.because;
  if (!b) return note.reason;
  // Only a count is a number to format; values and numbers that name something read as written.
  const params: Params = {};
  for (const [k, v] of Object.entries(b.params ?? {})) params[k] = k === 'count' ? v : String(v);
  if (b.refusal) params.reason = refusalText(b.refusal, t);
  if (b.parts) params.details = b.parts.map((p) => importReasonText(p, t)).join(' ');
  if (b.fields) params.fields = b.fields.map((f) => t(`importReason.field.${f}`)).join(', ');
  return t(`importReason.${b.code}`, params);
}

/** What a row's report line says happened: the reason it was not imported, or what was left out of it. */
function whatHappened(r: RowReport, t: Translate): string {
  if (r.action === 'rejected') return importReasonText(r, t);
  return r.notes.map((n) => importReasonText(n, t)).join(' ');
}

/** One line per row that needs attention, in the reader's language (problemLine says it in English). */
export function problemLineText(r: RowReport, t: Translate): string {
  const params = {
    file: r.file,
    line: String(r.line),
    label: r.label,
    what: whatHappened(r, t).replace(/\.$/u, ''),
  };
  return t(r.action === 'rejected' ? 'importReason.line.rejected' : `importReason.line.${r.action}`, params);
}
