// A small visible notice: "no thread", "can't read this thread", "refused" — never a blank sidebar.
import { useState } from 'react';

export interface NoticeProps {
  title: string;
  body?: string;
  details?: string;
  copyLabel?: string;
  copiedLabel?: string;
  tone?: 'info' | 'warning';
}

export function Notice({ title, body, details, copyLabel, copiedLabel, tone = 'info' }: NoticeProps) {
  const [copied, setCopied] = useState(false);
  return (
    <section className={`notice notice-${tone}`} role={tone === 'warning' ? 'alert' : 'status'}>
      <h2>{title}</h2>
      {body && <p>{body}</p>}
      {details && (
        <>
          <pre className="details">{details}</pre>
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard.writeText(details).then(() => setCopied(true));
            }}
          >
            {copied ? copiedLabel : copyLabel}
          </button>
        </>
      )}
    </section>
  );
}
