// Settings: how Gmail and Outlook read in this browser (threads read, unreadable, the last problem and the page
// parts it missed), and "copy diagnostics" for a bug report. Props in, callbacks out.
import { useState } from 'react';
import type { ChatClient } from '../../../core/chat';
import type { Translate } from '../../../core/i18n';
import type { ReadingHealth, SiteHealth } from '../../../core/reading-health';
import type { Formats } from '../format';

export type DiagnoseResult =
  | { status: 'ok'; site: 'gmail' | 'outlook' | ChatClient; report: string }
  | { status: 'no-tab' }
  | { status: 'failed'; error: string };

export interface ReadingHealthProps {
  health: ReadingHealth | null;
  diagnose: () => Promise<DiagnoseResult>;
  copy: (text: string) => Promise<void>;
  reset: () => Promise<void>;
  f: Formats;
  t: Translate;
}

function Site({ name, site, f, t }: { name: string; site: SiteHealth; f: Formats; t: Translate }) {
  const never = site.read === 0 && site.unreadable === 0;
  const problem = site.lastProblem;
  return (
    <div className="reading-site" data-testid={`reading-${name}`}>
      <h3>{t(`health.site.${name === 'gmail' ? 'gmail' : 'outlook'}`)}</h3>
      {never ? (
        <p className="muted">{t('health.never')}</p>
      ) : (
        <ul className="reading-counts">
          <li>{t('health.read', { count: site.read })}</li>
          <li>
            {t('health.unreadable', { count: site.unreadable })}
            {site.fromBase > 0 && ` — ${t('health.fromBase', { count: site.fromBase })}`}
          </li>
          {site.lastReadAt !== undefined && (
            <li>{t('health.lastRead', { when: f.dateTime(site.lastReadAt) })}</li>
          )}
        </ul>
      )}
      {problem ? (
        <div className="reading-problem" role="note">
          <p>{t('health.lastProblem', { when: f.dateTime(problem.at) })}</p>
          {problem.missing.length > 0 && <p>{t('health.missing', { hooks: problem.missing.join(', ') })}</p>}
          <code>
            {problem.route} — {problem.reason}
          </code>
        </div>
      ) : (
        !never && <p className="muted">{t('health.allFine')}</p>
      )}
    </div>
  );
}

export function ReadingHealthPanel({ health, diagnose, copy, reset, f, t }: ReadingHealthProps) {
  const [status, setStatus] = useState<{ tone: 'ok' | 'warn'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const result = await diagnose();
      if (result.status === 'ok') {
        await copy(result.report);
        setStatus({ tone: 'ok', text: t('health.copied', { site: t(`health.site.${result.site}`) }) });
      } else if (result.status === 'no-tab') setStatus({ tone: 'warn', text: t('health.noTab') });
      else setStatus({ tone: 'warn', text: t('health.failed', { error: result.error }) });
    } catch (error) {
      setStatus({
        tone: 'warn',
        text: t('health.failed', { error: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section
      className="panel reading-health"
      aria-labelledby="reading-health-title"
      data-testid="reading-health"
    >
      <h2 id="reading-health-title">{t('health.title')}</h2>
      <p className="muted">{t('health.intro')}</p>
      {health && (
        <div className="reading-sites">
          <Site name="gmail" site={health.gmail} f={f} t={t} />
          <Site name="outlook" site={health.outlook} f={f} t={t} />
        </div>
      )}
      <p className="muted">{t('health.copyHint')}</p>
      <div className="reading-actions">
        <button type="button" onClick={() => void run()} disabled={busy} data-testid="copy-diagnostics">
          {t('health.copy')}
        </button>
        <button type="button" onClick={() => void reset()}>
          {t('health.reset')}
        </button>
      </div>
      <p
        role="status"
        className={status?.tone === 'warn' ? 'warn' : 'muted'}
        data-testid="diagnostics-status"
      >
        {status?.text ?? ''}
      </p>
    </section>
  );
}
