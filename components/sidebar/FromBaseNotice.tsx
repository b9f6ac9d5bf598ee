// Shown above a card that comes from the base (or from the Gmail API) because the page could not be read: the
// user knows the page was not read and can copy what failed into a bug report.
import type { Translate } from '../../core/i18n';
import { Notice } from '../ui/Notice';

export interface FromBaseNoticeProps {
  /** Where the card came from instead of the page. */
  from?: 'base' | 'api';
  problem: { reason: string; details: Record<string, string> } | undefined;
  /** Whose page it was: a card from the API names the account it was read through (Gmail, or Microsoft Graph). */
  provider?: 'gmail' | 'outlook';
  t: Translate;
}

export function FromBaseNotice({ from = 'base', problem, provider = 'gmail', t }: FromBaseNoticeProps) {
  const api = provider === 'outlook' ? 'graphCard' : 'sync';
  return (
    <div className="from-base" data-testid={from === 'api' ? 'from-api' : 'from-base'}>
      <Notice
        title={t(from === 'api' ? `${api}.fromApi` : 'sidebar.fromBase')}
        body={t(from === 'api' ? `${api}.fromApiBody` : 'sidebar.fromBaseBody')}
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
