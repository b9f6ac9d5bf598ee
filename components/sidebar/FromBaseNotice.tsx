// Shown above a card that comes from the base (or from the Gmail API) because the page could not be read: the
// user knows the page was not read and can copy what failed into a bug report.
import type { Translate } from '../../core/i18n';
import { Notice } from '../ui/Notice';

export interface FromBaseNoticeProps {
  /** Where the card came from instead of the page. */
  from?: 'base' | 'api';
  problem: { reason: string; details: Record<string, string> } | undefined;
  t: Translate;
}

export function FromBaseNotice({ from = 'base', problem, t }: FromBaseNoticeProps) {
  return (
    <div className="from-base" data-testid={from === 'api' ? 'from-api' : 'from-base'}>
      <Notice
        title={t(from === 'api' ? 'sync.fromApi' : 'sidebar.fromBase')}
        body={t(from === 'api' ? 'sync.fromApiBody' : 'sidebar.fromBaseBody')}
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
