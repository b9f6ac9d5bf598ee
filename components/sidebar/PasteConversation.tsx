// "Paste a conversation": a chat copied from Viber, a phone or an export, read line by line with a preview of
// what will be logged and every line that could not be read; the user says which author is them.
import { useMemo, useState } from 'react';
import type { Locale, Translate } from '../../core/i18n';
import {
  dateOrderFor,
  parsePastedChat,
  pastedMessages,
  type DateOrder,
  type PastedMessage,
} from '../../core/parse/chat-paste';
import type { PastedMessenger } from '../../integrations/messaging/protocol';
import { useSubmit } from './use-submit';
import { SubmitError } from './SubmitError';

export interface PasteConversationProps {
  /** The card's person: the author who is not the user. */
  name: string;
  locale: Locale;
  t: Translate;
  onLog: (
    messenger: PastedMessenger,
    messages: PastedMessage[],
  ) => Promise<{ added: number; alreadyLogged: number }>;
}

const MESSENGERS: PastedMessenger[] = ['viber', 'whatsapp', 'telegram', 'other'];
/** Rows the preview lists; the count says how many there are in all. */
const PREVIEW_ROWS = 8;

/** "None of them is me": every message is the client's. */
const NOBODY = '';

/**
 * The author who is most likely the user: with two authors, the one whose name is not the client's; with one
 * who is the client, nobody. Null when it cannot be told (the user picks).
 */
function guessMe(authors: readonly string[], name: string): string | null {
  const first = name.trim().toLowerCase().split(/\s+/u)[0] ?? '';
  const theirs = authors.find((a) => first !== '' && a.toLowerCase().includes(first));
  if (theirs === undefined || authors.length > 2) return null;
  return authors.length === 1 ? NOBODY : (authors.find((a) => a !== theirs) ?? null);
}

export function PasteConversation({ name, locale, t, onLog }: PasteConversationProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [messenger, setMessenger] = useState<PastedMessenger>('viber');
  const [order, setOrder] = useState<DateOrder | null>(null);
  const [me, setMe] = useState<string | null>(null);
  const [result, setResult] = useState<{ added: number; alreadyLogged: number } | null>(null);
  const { state, run } = useSubmit();
  const parse = useMemo(
    () => parsePastedChat(text, dateOrderFor(locale), order ?? undefined),
    [text, locale, order],
  );
  const mine = me ?? guessMe(parse.authors, name);
  const messages = useMemo(() => pastedMessages(parse, mine), [parse, mine]);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });

  if (!open)
    return (
      <button type="button" className="paste-open" onClick={() => setOpen(true)} data-testid="paste-open">
        {t('paste.open')}
      </button>
    );
  return (
    <section className="paste" data-testid="paste" aria-labelledby="paste-title">
      <h2 className="section-title" id="paste-title">
        {t('paste.title', { name })}
      </h2>
      <p className="paste-hint">{t('paste.hint')}</p>
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
      {text.trim() !== '' && parse.messages.length === 0 && (
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
          <ol className="paste-list">
            {messages.slice(0, PREVIEW_ROWS).map((m, i) => (
              <li key={`${m.at}-${i}`} className={m.direction === 'outgoing' ? 'paste-out' : 'paste-in'}>
                <span className="paste-when">{time.format(m.at)}</span> <strong>{m.author}</strong>: {m.text}
              </li>
            ))}
          </ol>
        </div>
      )}
      {parse.unread.length > 0 && (
        <details className="paste-unread" data-testid="paste-unread" open>
          <summary>{t('paste.unread', { count: parse.unread.length })}</summary>
          <ul>
            {parse.unread.slice(0, 20).map((u) => (
              <li key={u.line}>
                {t('paste.line', { line: u.line, why: t(`paste.why.${u.why}`) })} <q>{u.text}</q>
              </li>
            ))}
          </ul>
        </details>
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
        <button type="button" onClick={() => setOpen(false)}>
          {t('paste.close')}
        </button>
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
