// Settings → Team: how much history this browser keeps of the firm's base. Older history stays on the server;
// widening the window brings it back at the next sync (which the choice starts at once).
import { useId, useState } from 'react';
import type { Translate } from '../../../core/i18n';
import { HISTORY_WINDOWS, isHistoryWindow, type HistoryWindow } from '../../../core/team/history-window';

export interface HistoryWindowFieldProps {
  window: HistoryWindow;
  setWindow: (window: HistoryWindow) => Promise<unknown>;
  t: Translate;
}

export function HistoryWindowField({ window, setWindow, t }: HistoryWindowFieldProps) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="team-window" data-testid="team-window">
      <label htmlFor={id}>{t('team.window.label')}</label>{' '}
      <select
        id={id}
        value={String(window)}
        disabled={busy}
        onChange={(e) => {
          const raw = e.target.value;
          const next = raw === 'all' ? raw : Number(raw);
          if (!isHistoryWindow(next)) return;
          setBusy(true);
          setProblem(null);
          setWindow(next)
            .catch((err: unknown) => setProblem(err instanceof Error ? err.message : String(err)))
            .finally(() => setBusy(false));
        }}
      >
        {HISTORY_WINDOWS.map((w) => (
          <option key={w} value={String(w)}>
            {w === 'all' ? t('team.window.all') : t('team.window.months', { count: w })}
          </option>
        ))}
      </select>
      <p className="muted">{t('team.window.hint')}</p>
      {problem && (
        <p className="error" role="alert">
          {t('team.window.failed', { reason: problem })}
        </p>
      )}
    </div>
  );
}
