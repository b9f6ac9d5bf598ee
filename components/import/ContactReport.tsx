// The outcome of a contacts import: counts first, then every row that needs attention, by file and line.
import type { Translate } from '../../core/i18n';
import { problemLineText } from '../../core/i18n/import-reason';
import type { ImportSummary } from '../../core/import';

export interface ContactReportProps {
  summary: ImportSummary;
  aborted: boolean;
  onDownload: () => void;
  t: Translate;
}

const SHOWN = 200;

export function ContactReport({ summary, aborted, onDownload, t }: ContactReportProps) {
  const imported = summary.created + summary.merged + summary.unchanged + summary.company;
  return (
    <section className="report" aria-labelledby="contact-report-title">
      <h3 id="contact-report-title">{t('import.report.title')}</h3>
      {aborted && <p className="warning">{t('import.report.aborted')}</p>}
      <p className="report-lead" role="status">
        {summary.rejected === 0
          ? t('import.report.allImported', { count: imported })
          : t('import.report.someRejected', { count: summary.rejected, imported })}
      </p>
      <ul className="counts">
        <li>{t('import.report.created', { count: summary.created })}</li>
        <li>{t('import.report.merged', { count: summary.merged })}</li>
        <li>{t('import.report.unchanged', { count: summary.unchanged })}</li>
        <li>{t('import.report.skipped', { count: summary.skipped })}</li>
        <li>{t('import.report.rejected', { count: summary.rejected })}</li>
        {summary.company > 0 && <li>{t('import.report.company', { count: summary.company })}</li>}
      </ul>
      {summary.possible > 0 && (
        <p className="warning">
          {t('import.report.possible', { count: summary.possible })}{' '}
          <a href="#/duplicates">{t('duplicates.review')}</a>
        </p>
      )}
      {summary.attention.length > 0 && (
        <>
          <h4>{t('import.report.attention', { count: summary.attention.length })}</h4>
          <ol className="problems">
            {summary.attention.slice(0, SHOWN).map((r) => (
              <li key={`${r.file}#${r.line}`} className={r.action === 'rejected' ? 'rejected' : undefined}>
                {problemLineText(r, t)}
              </li>
            ))}
          </ol>
          {summary.attention.length > SHOWN && (
            <p className="muted">{t('import.report.more', { count: summary.attention.length - SHOWN })}</p>
          )}
        </>
      )}
      <button type="button" onClick={onDownload}>
        {t('import.report.download')}
      </button>
    </section>
  );
}
