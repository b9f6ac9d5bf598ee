// A small button that copies one value (an email, a phone) and says so for a moment.
import { useEffect, useState } from 'react';
import type { Translate } from '../../core/i18n';
import { Icon } from '../sidebar/icons';

export interface CopyButtonProps {
  value: string;
  t: Translate;
  /** Writes to the clipboard; the sidebar passes navigator.clipboard.writeText. */
  copy: (text: string) => Promise<void>;
}

export function CopyButton({ value, t, copy }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  const label = copied ? t('sidebar.copied') : t('sidebar.copy', { value });
  return (
    <button
      type="button"
      className={copied ? 'icon-button copied' : 'icon-button'}
      aria-label={label}
      title={label}
      onClick={() => void copy(value).then(() => setCopied(true))}
    >
      <Icon name={copied ? 'check' : 'copy'} />
    </button>
  );
}
