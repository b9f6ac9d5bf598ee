// "Paste a conversation": a chat copied from Viber, a phone or an export, read line by line with a preview of
// what will be logged and every line that could not be read; the user says which author is them.
import { useMemo, useState } from 'react';
import type { Locale, Translate } from '../../core/i18n';
import {
  dateOrderFor,
  guessMe,
  NOBODY,
  parsePastedChat,
  pastedMessages,
  type DateOrder,
  type PastedMessage,
} from '../../core/parse/chat-paste';
import type { PastedMessenger } from '../../integrations/messaging/protocol';
import { readTelegramJson } from '../../core/parse/telegram-export';
import { FileDrop } from '../import/FileDrop';
import { ExportPreview } from './paste/ExportPreview';
import { PreviewRows, UnreadList } from './paste/PreviewParts';
import {
  EXPORT_MAX_MB,
  EXPORT_MAX_PAGES,
  readExportFiles,
  type ExportFilesRead,
} from './paste/read-export-files';
import { useSubmit } from './use-submit';
import { SubmitError } from './SubmitError';

export interface PasteConversationProps {
  /** The card's person: the author who is not the user. */
  name: string;
  /** The person's Telegram user ids, to find their chat in an export. */
  telegramIds?: readonly string[];
  locale: Locale;
  t: Translate;
  onLog: (
    messenger: PastedMessenger,
    messages: PastedMessage[],
  ) => Promise<{ added: number; alreadyLogged: number }>;
}

const MESSENGERS: PastedMessenger[] = ['viber', 'whatsapp', 'telegram', 'other'];

/** A refused export in the user's words. */
function exportError(read: Exclude<ExportFilesRead, { ok: true }>, t: Translate): string {
  const file = read.file;
  switch (read.error) {
    case 'too-big':
      return t('export.error.too-big', { file, mb: read.mb, max: EXPORT_MAX_MB });
    case 'too-many':
      return t('export.error.too-many', { count: read.count, max: EXPORT_MAX_PAGES });
    default:
      return t(`export.error.${read.error}`, { file });
  }
}

export function PasteConversation({ name, telegramIds = [], locale, t, onLog }: PasteConversationProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [messenger, setMessenger] = useState<PastedMessenger>('viber');
  const [order, setOrder] = useState<DateOrder | null>(null);
  const [me, setMe] = useState<string | null>(null);
  const [result, setResult] = useState<{ added: number; alreadyLogged: number } | null>(null);
  const { state, run } = useSubmit();
  const [picked, setExported] = useState<ExportFilesRead | null>(null);
  // A result.json pasted as text (opened in an editor and copied) is read as the file would be.
  const pastedJson = useMemo(
    () => (text.trimStart().startsWith('{') ? readTelegramJson(text, 'result.json') : null),
    [text],
  );
  const exported = picked ?? pastedJson;
  const [reading, setReading] = useState(false);
  const pick = (files: File[]) => {
    setReading(true);
    setExported(null);
    void readExportFiles(files)
      .then(setExported)
      .catch(() => setExported({ ok: false, error: 'unreadable', file: files[0]?.name ?? '' }))
      .finally(() => setReading(false));
  };
  const parse = useMemo(
    () => parsePastedChat(text, dateOrderFor(locale), order ?? undefined),
    [text, locale, order],
  );
  const mine = me ?? guessMe(parse.authors, name);
  const messages = useMemo(() => pastedMessages(parse, mine), [parse, mine]);

  if (!open)
    return (
      <button type="button" className="paste-open" onClick={() => setOpen(true)} data-testid="paste-open">
        {t('paste.open')}
      </button>
    );
  const title = (
    <h2 className="section-title" id="paste-title">
      {t('paste.title', { name })}
    </h2>
  );
  const close = (
    <button type="button" onClick={() => setOpen(false)}>
      {t('paste.close')}
    </button>
  );
  if (exported?.ok)
    return (
      <section className="paste" data-testid="paste" aria-labelledby="paste-title">
        {title}
        <ExportPreview
          chats={exported.chats}
          name={name}
          telegramIds={telegramIds}
          locale={locale}
          t={t}
          onLog={onLog}
        />
        <div className="form-footer">
          <button
            type="button"
            onClick={() => {
              setExported(null);
              setText('');
            }}
            data-testid="export-again"
          >
            {t('export.again')}
          </button>
          {close}
        </div>
      </section>
    );
  return (
    <section className="paste" data-testid="paste" aria-labelledby="paste-title">
      {title}
      <p className="paste-hint">{t('paste.hint')}</p>
      <FileDrop
        label={t('export.pick')}
        hint={t('export.hint', { max: EXPORT_MAX_MB })}
        accept=".json,.html,.htm,application/json,text/html"
        onFiles={pick}
        disabled={reading}
        inputId="paste-files"
      />
      {reading && <p role="status">{t('export.reading')}</p>}
      {exported && !exported.ok && (
        <p className="form-error" role="alert" data-testid="export-error">
          {exportError(exported, t)}
        </p>
      )}
      <label className="field">
        <span className="field-label">{t('paste.messenger')}</span>
        <select value={messenger} onChange={(e) => setMessenger(e.target.value as PastedMessenger)}>
          {MESSENGERS.map((m) => (
            <option key={m} value={m}>
              {t(`paste.via.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('paste.text')}</span>
        <textarea
          rows={6}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setResult(null);
          }}
          data-testid="paste-text"
        />
      </label>
      {text.trim() !== '' && parse.messages.length === 0 && !pastedJson && (
        <p className="form-error">{t('paste.nothing')}</p>
      )}
      {parse.ambiguous && (
        <label className="field">
          <span className="field-label">{t('paste.order')}</span>
          <select value={parse.order} onChange={(e) => setOrder(e.target.value as DateOrder)}>
            <option value="dmy">{t('paste.order.dmy')}</option>
            <option value="mdy">{t('paste.order.mdy')}</option>
          </select>
        </label>
      )}
      {parse.authors.length > 0 && (
        <fieldset className="paste-me">
          <legend>{t('paste.me')}</legend>
          {parse.authors.map((a) => (
            <label key={a} className="radio block">
              <input type="radio" name="paste-me" checked={mine === a} onChange={() => setMe(a)} />
              {a}
            </label>
          ))}
          <label className="radio block">
            <input type="radio" name="paste-me" checked={mine === NOBODY} onChange={() => setMe(NOBODY)} />
            {t('paste.meNone', { name })}
          </label>
        </fieldset>
      )}
      {messages.length > 0 && (
        <div className="paste-preview" data-testid="paste-preview">
          <p>{t('paste.found', { count: messages.length })}</p>
          <PreviewRows messages={messages} locale={locale} />
        </div>
      )}
      {parse.unread.length > 0 && !pastedJson && (
        <UnreadList
          testId="paste-unread"
          summary={t('paste.unread', { count: parse.unread.length })}
          items={parse.unread.map((u) => ({
            label: t('paste.line', { line: u.line, why: t(`paste.why.${u.why}`) }),
            text: u.text,
          }))}
        />
      )}
      <div className="form-footer">
        <button
          type="button"
          className="button-primary"
          disabled={messages.length === 0 || mine === null || state.kind === 'saving'}
          onClick={() => void run(async () => setResult(await onLog(messenger, messages)))}
          data-testid="paste-log"
        >
          {t('paste.log', { count: messages.length })}
        </button>
        {close}
      </div>
      {mine === null && parse.authors.length > 0 && <p className="newcomer-hint">{t('paste.pickMe')}</p>}
      {result && (
        <p role="status" data-testid="paste-done">
          {t('paste.done', { count: result.added, already: result.alreadyLogged })}
        </p>
      )}
      <SubmitError state={state} t={t} />
    </section>
  );
}
