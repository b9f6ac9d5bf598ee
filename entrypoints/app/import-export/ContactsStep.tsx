// The contacts step of the page: per-file options and column mapping, the preview with matches,
// the dedupe choice, and the import button with its progress.
import type { Translate } from '../../../core/i18n';
import { rowKey } from '../../../core/import';
import { CsvOptions } from '../../../components/import/CsvOptions';
import { DedupeChoice } from '../../../components/import/DedupeChoice';
import { MappingTable } from '../../../components/import/MappingTable';
import { PreviewTable } from '../../../components/import/PreviewTable';
import type { useContactImport } from './use-contact-import';

const PREVIEW_ROWS = 10;
const MATCH_ROWS = 100;

/** Columns with no value in any row. */
function emptyColumns(width: number, rows: readonly { cells: readonly string[] }[]): Set<number> {
  const empty = new Set(Array.from({ length: width }, (_, i) => i));
  for (const r of rows) {
    for (const i of empty) if ((r.cells[i] ?? '').trim() !== '') empty.delete(i);
    if (empty.size === 0) break;
  }
  return empty;
}

export function ContactsStep({ flow, t }: { flow: ReturnType<typeof useContactImport>; t: Translate }) {
  const { parsed, candidates, matches, running } = flow;
  const matched = candidates.filter((c) => matches.has(rowKey(c.file, c.line)));
  // The choice for all rows is about rows that are someone in the base; rows only sharing a phone are kept apart.
  const same = matched.filter((c) => matches.get(rowKey(c.file, c.line))?.level === 'same');
  const problems = parsed.reduce((n, p) => n + p.problems.length, 0);
  return (
    <section className="contacts-step" aria-labelledby="contacts-step-title">
      <h3 id="contacts-step-title">{t('import.contacts.title', { count: candidates.length })}</h3>
      {parsed.map((p) => (
        <details key={p.source.name} open={parsed.length === 1} className="file">
          <summary>
            <bdi>{p.source.name}</bdi> — {t('import.contacts.rows', { count: p.candidates.length })}
            {p.problems.length > 0 && (
              <span className="warning">
                {' '}
                · {t('import.contacts.fileProblems', { count: p.problems.length })}
              </span>
            )}{' '}
            <button type="button" className="link" onClick={() => flow.removeFile(p.source.name)}>
              {t('import.remove')}
            </button>
          </summary>
          {p.csv && (
            <CsvOptions
              encoding={p.source.encoding ?? p.csv.encoding}
              delimiter={p.csv.delimiter}
              onChange={(o) => flow.setCsvOptions(p.source.name, o)}
              t={t}
            />
          )}
          {p.csv && p.mapping && (
            <MappingTable
              mapping={p.mapping}
              samples={p.csv.rows.slice(0, 5).map((r) => r.cells)}
              empty={emptyColumns(p.csv.header.length, p.csv.rows)}
              onChange={(index, field) => flow.setColumn(p, index, field)}
              t={t}
            />
          )}
          <PreviewTable
            rows={p.candidates.slice(0, PREVIEW_ROWS)}
            total={p.candidates.length}
            matches={matches}
            perRow={flow.perRow}
            onRowMode={flow.setRowMode}
            caption={t('import.preview.title')}
            t={t}
          />
        </details>
      ))}
      {matched.length > 0 && (
        <>
          {same.length > 0 && (
            <DedupeChoice mode={flow.mode} matches={same.length} onChange={flow.setMode} t={t} />
          )}
          <details className="matches">
            <summary>{t('import.preview.matchesTitle', { count: matched.length })}</summary>
            <PreviewTable
              rows={matched.slice(0, MATCH_ROWS)}
              total={matched.length}
              matches={matches}
              perRow={flow.perRow}
              onRowMode={flow.setRowMode}
              caption={t('import.preview.matchesCaption')}
              t={t}
            />
          </details>
        </>
      )}
      {problems > 0 && <p className="muted">{t('import.contacts.problemsNote', { count: problems })}</p>}
      {running ? (
        <div className="running" aria-live="polite">
          <progress max={running.total} value={running.done} aria-label={t('import.contacts.progress')} />{' '}
          {t('import.contacts.progressText', { done: running.done, count: running.total })}{' '}
          <button type="button" onClick={flow.cancel}>
            {t('import.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="primary"
          disabled={candidates.length === 0}
          onClick={() => void flow.run()}
        >
          {t('import.contacts.run', { count: candidates.length })}
        </button>
      )}
    </section>
  );
}
