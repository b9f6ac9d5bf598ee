// What this thread added to the base, with each message's logging decision one click away ("why?").
import type { Translate } from '../../core/i18n';
import { logReasonText } from '../../core/i18n/log-reason';
import type { LogBecause } from '../../core/logging-policy';

export interface WhyLineProps {
  /** True while the thread is still being logged. */
  pending: boolean;
  added: number;
  decisions: { providerMessageId: string; logged: boolean; reason: string; because?: LogBecause }[];
  t: Translate;
  /** What the counts are of: a mail thread (the default) or the messages a chat shows. */
  scope?: 'thread' | 'chat';
}

export function WhyLine({ pending, added, decisions, t, scope = 'thread' }: WhyLineProps) {
  const chat = scope === 'chat';
  const summary = pending
    ? t('sidebar.logging')
    : added > 0
      ? t(chat ? 'chat.logged' : 'threadLogged', { count: added })
      : t(chat ? 'chat.nothingNew' : 'threadNothingNew');
  return (
    <details className="why" data-testid="thread-log">
      <summary>
        <span>{summary}</span>
        {decisions.length > 0 && <span className="why-link">{t('sidebar.why')}</span>}
      </summary>
      <ol className="why-list" data-testid="why-list">
        {decisions.map((d) => (
          <li key={d.providerMessageId} className={d.logged ? 'why-logged' : 'why-skipped'}>
            <strong>{d.logged ? t('sidebar.why.logged') : t('sidebar.why.notLogged')}</strong>
            {d.reason || d.because ? ` — ${logReasonText(d, t)}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}
