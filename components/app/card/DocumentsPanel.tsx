// A client's documents (contracts, invoices, acts, offers) and the attachments seen in their mail.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import type { ClientDocument, DocumentKind } from '../../../core/model';
import type { Formats } from '../format';

export interface DocumentsPanelProps {
  documents: readonly ClientDocument[];
  attachments: readonly { name: string; at: number }[];
  onAdd: (name: string, kind: DocumentKind) => Promise<string | null>;
  onRemove: (doc: ClientDocument) => void;
  f: Formats;
  t: Translate;
}

const KINDS: readonly DocumentKind[] = ['contract', 'invoice', 'act', 'offer', 'other'];

export function DocumentsPanel({ documents, attachments, onAdd, onRemove, f, t }: DocumentsPanelProps) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<DocumentKind>('contract');
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="docs-title">
      <h2 id="docs-title">{t('app.docs.title', { count: documents.length })}</h2>
      <ul className="rows">
        {documents.map((d) => (
          <li key={d.id}>
            <span className="badge">{t(`app.docs.kind.${d.kind}`)}</span>
            <span className="grow">{d.name}</span>
            <span className="muted small">{f.date(d.at)}</span>
            <button
              type="button"
              className="remove"
              aria-label={t('app.card.remove', { value: d.name })}
              onClick={() => onRemove(d)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void onAdd(name, kind).then((problem) => {
            setError(problem);
            if (problem === null) setName('');
          });
        }}
      >
        <select
          aria-label={t('app.docs.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as DocumentKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`app.docs.kind.${k}`)}
            </option>
          ))}
        </select>
        <input
          aria-label={t('app.docs.name')}
          placeholder={t('app.docs.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={!name.trim()}>
          {t('app.docs.add')}
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {attachments.length > 0 && (
        <>
          <h3>{t('app.docs.attachments', { count: attachments.length })}</h3>
          <ul className="rows small">
            {attachments.slice(0, 50).map((a, i) => (
              <li key={`${a.name}-${i}`}>
                <span className="grow">
                  📎 <bdi>{a.name}</bdi>
                </span>
                <span className="muted">{f.date(a.at)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
