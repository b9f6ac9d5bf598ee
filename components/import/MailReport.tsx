// The outcome of a mail import: what was logged, what was already there, why the rest was not logged.
import type { Translate } from '../../core/i18n';
import { importReasonText } from '../../core/i18n/import-reason';
import { OTHER_REASONS, type ImportNote } from '../../core/import-reason';
import { logReasonText } from '../../core/i18n/log-reason';
import type { LogBecause } from '../../core/logging-policy';

export interface MailReportProps {
  logged: number;
  duplicates: number;
  skipped: number;
  peopleCreated: number;
  aborted: boolean;
  /** English reason → how many messages it kept out. */
  skippedReasons: Readonly<Record<string, number>>;
  /** English reason → its code and figures (absent for "other reasons" and old results). */
  skippedBecause?: Readonly<Record<string, LogBecause>>;
  problems: readonly (ImportNote & { file: string })[];
  problemCount: number;
  t: Translate;
}

export function MailReport(p: MailReportProps) {
  const { t } = p;
  const reasons = Object.entries(p.skippedReasons).sort((a, b) => b[1] - a[1]);
  return (
    <section className="report" aria-labelledby="mail-report-title">
      <h3 id="mail-report-title">{t('import.mail.reportTitle')}</h3>
      {p.aborted && <p className="warning">{t('import.mail.aborted')}</p>}
      <p role="status" className="report-lead">
        {t('import.mail.logged', { count: p.logged })} ·{' '}
        {t('import.mail.duplicates', { count: p.duplicates })} ·{' '}
        {t('import.mail.peopleCreated', { count: p.peopleCreated })}
      </p>
      {reasons.length > 0 && (
        <details>
          <summary>{t('import.mail.skipped', { count: p.skipped })}</summary>
          <ul>
            {reasons.map(([reason, n]) => (
              <li key={reason}>
                {t('import.mail.skippedLine', {
                  reason:
                    reason === OTHER_REASONS
                      ? t('import.mail.otherReasons')
                      : logReasonText({ reason, because: p.skippedBecause?.[reason] }, t),
                  count: n,
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {p.problemCount > 0 && (
        <>
          <h4>{t('import.mail.problems', { count: p.problemCount })}</h4>
          <ol className="problems">
            {p.problems.map((x, i) => (
              <li key={i}>
                {x.file}: {importReasonText(x, t)}
              </li>
            ))}
          </ol>
          {p.problemCount > p.problems.length && (
            <p className="muted">{t('import.report.more', { count: p.problemCount - p.problems.length })}</p>
          )}
        </>
      )}
    </section>
  );
}
