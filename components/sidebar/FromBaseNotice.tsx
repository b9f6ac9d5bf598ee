// Shown above a card that comes from the base because the page could not be read: the user knows the page
// was not read (nothing new is logged) and can copy what failed into a bug report.
import type { Translate } from '../../core/i18n';
import { Notice } from '../ui/Notice';

export interface FromBaseNoticeProps {
  problem: { reason: string; details: Record<string, string> } | undefined;
  t: Translate;
}

export function FromBaseNotice({ problem, t }: FromBaseNoticeProps) {
  return (
    <div className="from-base" data-testid="from-base">
      <Notice
        title={t('sidebar.fromBase')}
        body={t('sidebar.fromBaseBody')}
        {...(problem
          ? {
              details: JSON.stringify({ reason: problem.reason, ...problem.details }, null, 2),
              copyLabel: t('copyDetails'),
              copiedLabel: t('copied'),
            }
          : {})}
      />
    </div>
  );
}
