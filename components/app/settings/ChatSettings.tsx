// What chat pages log: Telegram group chats (off by default), and why WhatsApp logs only on request.
import type { Translate } from '../../../core/i18n';
import type { Settings } from '../../../core/model';
import { defaultChatSettings } from '../../../core/settings';

export interface ChatSettingsProps {
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
  t: Translate;
}

export function ChatSettings({ settings, save, t }: ChatSettingsProps) {
  const chats = settings.chats ?? defaultChatSettings();
  return (
    <section className="panel" aria-labelledby="chats-title" data-testid="chat-settings">
      <h2 id="chats-title">{t('chat.settings.title')}</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={chats.logGroups}
          onChange={(e) => save({ chats: { ...chats, logGroups: e.target.checked } })}
        />
        {t('chat.settings.groups')}
      </label>
      <p className="muted">{t('chat.settings.groupsHint')}</p>
      <p className="muted">{t('chat.settings.whatsapp')}</p>
    </section>
  );
}
