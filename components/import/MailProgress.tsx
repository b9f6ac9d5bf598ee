// Progress of a mail archive import: a bar by bytes read, the counts so far, and a cancel button.
import type { Translate } from '../../core/i18n';

export interface MailProgressProps {
  file: string;
  bytes: number;
  totalBytes: number;
  messages: number;
  logged: number;
  duplicates: number;
  skipped: number;
  problems: number;
  onCancel?: () => void;
  t: Translate;
}

export function MailProgress({
  file,
  bytes,
  totalBytes,
  messages,
  logged,
  duplicates,
  skipped,
  problems,
  onCancel,
  t,
}: MailProgressProps) {
  const percent = totalBytes > 0 ? Math.min(100, Math.round((bytes / totalBytes) * 100)) : 0;
  return (
    <section className="mail-progress" aria-live="polite">
      <p>
        <strong>{file}</strong> — {percent}%
      </p>
      <progress max={100} value={percent} aria-label={t('import.mail.progress', { file })} />
      <p className="counts">
        {t('import.mail.messages', { count: messages })} · {t('import.mail.logged', { count: logged })} ·{' '}
        {t('import.mail.duplicates', { count: duplicates })} · {t('import.mail.skipped', { count: skipped })}
        {problems > 0 && <> · {t('import.mail.problems', { count: problems })}</>}
      </p>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      )}
    </section>
  );
}
