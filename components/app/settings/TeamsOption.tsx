// Settings → Accounts, under a Microsoft account's panel: "Teams chats on the card". Turning it on opens the
// sign-in window asking for the chat permissions; personal accounts see it disabled, with the reason in words.
import type { Translate } from '../../../core/i18n';

export interface TeamsOptionProps {
  accountId: string;
  address: string;
  on: boolean;
  /** A personal Microsoft account: Graph offers no Teams chats for it. */
  personal: boolean;
  busy: boolean;
  t: Translate;
  onChange: (on: boolean) => void;
}

export function TeamsOption({ accountId, address, on, personal, busy, t, onChange }: TeamsOptionProps) {
  const hint = `teams-hint-${accountId.replace(/[^a-z0-9]/giu, '-')}`;
  return (
    <div className="teams-option">
      <label className="check">
        <input
          type="checkbox"
          checked={on && !personal}
          disabled={personal || busy}
          aria-describedby={hint}
          onChange={(e) => onChange(e.target.checked)}
        />
        {t('msteams.option')}
      </label>
      <p className="muted small" id={hint}>
        {personal ? t('msteams.personal', { address }) : t('msteams.hint')}
      </p>
    </div>
  );
}
