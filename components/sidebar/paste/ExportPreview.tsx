// The preview of a Telegram export picked for "Paste a conversation": which chat (a whole-account export has
// many), who is the user, how many messages over which dates, what was left out and why; then logging in
// batches (each batch one transaction, so a cut-short import resumes without doubles when run again).
import { useMemo, useState } from 'react';
import type { Locale, Translate } from '../../../core/i18n';
import { guessMe, NOBODY, type PastedMessage } from '../../../core/parse/chat-paste';
import { exportedMessages, type ExportChat } from '../../../core/parse/telegram-export';
import type { PastedMessenger } from '../../../integrations/messaging/protocol';
import { SubmitError } from '../SubmitError';
import { PreviewRows, UnreadList } from './PreviewParts';
import { useSubmit } from '../use-submit';

export interface ExportPreviewProps {
  chats: ExportChat[];
  /** The card's person. */
  name: string;
  /** The person's Telegram user ids: the private chat with one of them is picked at once. */
  telegramIds: readonly string[];
  locale: Locale;
  t: Translate;
  onLog: (
    messenger: PastedMessenger,
    messages: PastedMessage[],
  ) => Promise<{ added: number; alreadyLogged: number }>;
}

/** The most the background takes in one request (integrations/messaging/schemas.ts, sidebar.logPasted). */
const BATCH = 5000;

/** The chat with the card's person: by Telegram id, else the only chat, else a private chat bearing their name. */
function initialChat(chats: readonly ExportChat[], name: string, ids: readonly string[]): number | null {
  const byId = chats.findIndex((c) => c.kind === 'personal' && c.peerId !== null && ids.includes(c.peerId));
  if (byId >= 0) return byId;
  if (chats.length === 1) return 0;
  const first = name.trim().toLowerCase().split(/\s+/u)[0] ?? '';
  const named = chats.flatMap((c, i) =>
    c.kind === 'personal' && first !== '' && c.name.toLowerCase().includes(first) ? [i] : [],
  );
  return named.length === 1 ? (named[0] ?? null) : null;
}

export function ExportPreview({ chats, name, telegramIds, locale, t, onLog }: ExportPreviewProps) {
  const [index, setIndex] = useState<number | null>(() => initialChat(chats, name, telegramIds));
  const [me, setMe] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; count: number } | null>(null);
  const [result, setResult] = useState<{ added: number; alreadyLogged: number } | null>(null);
  const { state, run } = useSubmit();
  const chat = index === null ? null : (chats[index] ?? null);
  const guessed = useMemo(() => {
    if (!chat) return null;
    if (chat.me !== null) return chat.me;
    const names = chat.authors.map((a) => a.name);
    const mine = guessMe(names, name);
    return mine === null || mine === NOBODY ? mine : (chat.authors.find((a) => a.name === mine)?.id ?? null);
  }, [chat, name]);
  const mine = me ?? guessed;
  const messages = useMemo<PastedMessage[]>(() => (chat ? exportedMessages(chat, mine) : []), [chat, mine]);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  // A loop, not Math.min(...): an export can hold more messages than a call takes arguments.
  let from = Infinity;
  let to = -Infinity;
  for (const m of messages) {
    from = Math.min(from, m.at);
    to = Math.max(to, m.at);
  }
  const otherPeer =
    chat?.kind === 'personal' &&
    chat.peerId !== null &&
    telegramIds.length > 0 &&
    !telegramIds.includes(chat.peerId)
      ? chat.peerId
      : null;

  const log = () =>
    run(async () => {
      let added = 0;
      let alreadyLogged = 0;
      for (let i = 0; i < messages.length; i += BATCH) {
        setProgress({ done: i, count: messages.length });
        const r = await onLog('telegram', messages.slice(i, i + BATCH));
        added += r.added;
        alreadyLogged += r.alreadyLogged;
      }
      setProgress(null);
      setResult({ added, alreadyLogged });
    });

  return (
    <div className="paste-export" data-testid="export-preview">
      {chats.length > 1 && (
        <label className="field">
          <span className="field-label">{t('export.chat', { name })}</span>
          <select
            value={index ?? ''}
            onChange={(e) => {
              setIndex(e.target.value === '' ? null : Number(e.target.value));
              setMe(null);
              setResult(null);
            }}
            data-testid="export-chat"
          >
            <option value="">{t('export.pickChat')}</option>
            {chats.map((c, i) => (
              <option key={i} value={i}>
                {t('export.chatOption', { chat: c.name || '—', count: c.messages.length })}
              </option>
            ))}
          </select>
        </label>
      )}
      {chat && otherPeer && (
        <p className="form-error" role="alert">
          {t('export.otherPeer', { id: otherPeer, name, theirs: telegramIds.join(', ') })}
        </p>
      )}
      {chat && chat.authors.length > 0 && (
        <fieldset className="paste-me">
          <legend>{t('paste.me')}</legend>
          {chat.authors.map((a) => (
            <label key={a.id} className="radio block">
              <input type="radio" name="export-me" checked={mine === a.id} onChange={() => setMe(a.id)} />
              {t('export.author', { name: a.name, count: a.count })}
            </label>
          ))}
          <label className="radio block">
            <input type="radio" name="export-me" checked={mine === NOBODY} onChange={() => setMe(NOBODY)} />
            {t('paste.meNone', { name })}
          </label>
        </fieldset>
      )}
      {chat && messages.length > 0 && (
        <div className="paste-preview" data-testid="export-summary">
          <p>
            {t('export.summary', {
              count: messages.length,
              from: day.format(from),
              to: day.format(to),
            })}
          </p>
          <PreviewRows messages={messages} locale={locale} last />
        </div>
      )}
      {chat && chat.service > 0 && (
        <p className="paste-hint">{t('export.service', { count: chat.service })}</p>
      )}
      {chat && chat.problems.length > 0 && (
        <UnreadList
          testId="export-problems"
          summary={t('export.problems', { count: chat.problems.length })}
          items={chat.problems.map((p) => ({
            label: t('export.problem', { where: p.where, why: t(`export.why.${p.why}`) }),
            text: p.text,
          }))}
        />
      )}
      <div className="form-footer">
        <button
          type="button"
          className="button-primary"
          disabled={messages.length === 0 || mine === null || state.kind === 'saving'}
          onClick={() => void log()}
          data-testid="export-log"
        >
          {t('paste.log', { count: messages.length })}
        </button>
      </div>
      {chat && mine === null && chat.authors.length > 0 && (
        <p className="newcomer-hint">{t('paste.pickMe')}</p>
      )}
      {progress && <p role="status">{t('export.progress', progress)}</p>}
      {result && (
        <p role="status" data-testid="export-done">
          {t('paste.done', { count: result.added, already: result.alreadyLogged })}
        </p>
      )}
      <SubmitError state={state} t={t} />
    </div>
  );
}
