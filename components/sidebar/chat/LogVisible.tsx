// WhatsApp: nothing is logged until the user asks. One button logs the messages on screen, and says why it waits.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import { useSubmit } from '../use-submit';
import { SubmitError } from '../SubmitError';

export interface LogVisibleProps {
  t: Translate;
  /** False when nobody in the chat is in the base yet (the button would log nothing). */
  known: boolean;
  onLog: () => Promise<{ visible: number; added: number; alreadyLogged: number }>;
}

export function LogVisible({ t, known, onLog }: LogVisibleProps) {
  const { state, run } = useSubmit();
  const [done, setDone] = useState<{ visible: number; added: number; alreadyLogged: number } | null>(null);
  return (
    <section className="log-visible" data-testid="log-visible" aria-labelledby="log-visible-title">
      <h2 className="section-title" id="log-visible-title">
        {t('chat.manualTitle')}
      </h2>
      <p className="log-visible-why">{t('chat.manualWhy')}</p>
      <button
        type="button"
        className="button-primary"
        disabled={state.kind === 'saving' || !known}
        onClick={() => void run(async () => setDone(await onLog()))}
      >
        {state.kind === 'saving' ? t('chat.logging') : t('chat.logVisible')}
      </button>
      {!known && <p className="newcomer-hint">{t('chat.manualUnknown')}</p>}
      {done && (
        <p className="log-visible-done" role="status" data-testid="log-visible-done">
          {done.visible === 0
            ? t('chat.noneVisible')
            : t('chat.loggedVisible', { count: done.added, already: done.alreadyLogged })}
        </p>
      )}
      <SubmitError state={state} t={t} />
    </section>
  );
}
