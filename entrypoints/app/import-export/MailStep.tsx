// The mail step of the page: the archive files waiting, the mailbox owner's address, start, progress.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import { MailProgress } from '../../../components/import/MailProgress';
import type { useMailImport } from './use-mail-import';

export interface MailStepProps {
  files: readonly File[];
  defaultAccount: string;
  flow: ReturnType<typeof useMailImport>;
  onDone: () => void;
  onRemove: (name: string) => void;
  t: Translate;
}

export function MailStep({ files, defaultAccount, flow, onDone, onRemove, t }: MailStepProps) {
  const [account, setAccount] = useState(defaultAccount);
  const { run } = flow;
  if (run) return <MailProgress {...run} onCancel={flow.cancel} t={t} />;
  if (files.length === 0) return null;
  return (
    <section className="mail-step" aria-labelledby="mail-step-title">
      <h3 id="mail-step-title">{t('import.mail.title', { count: files.length })}</h3>
      <ul>
        {files.map((f) => (
          <li key={f.name}>
            <bdi>{f.name}</bdi> <span className="muted">({(f.size / 1_048_576).toFixed(1)} MB)</span>{' '}
            <button type="button" className="link" onClick={() => onRemove(f.name)}>
              {t('import.remove')}
            </button>
          </li>
        ))}
      </ul>
      <label>
        {t('import.mail.account')}{' '}
        <input
          type="email"
          value={account}
          placeholder="you@company.ua"
          onChange={(e) => setAccount(e.target.value)}
        />
      </label>
      <p className="muted">{t('import.mail.policyNote')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => {
          void flow.start(files, account).then(onDone);
        }}
      >
        {t('import.mail.start')}
      </button>
    </section>
  );
}
