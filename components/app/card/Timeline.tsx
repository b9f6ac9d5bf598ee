// Everything that happened with a client, newest first, filterable by kind; text only, never HTML.
import { Fragment, useState } from 'react';
import type { Translate } from '../../../core/i18n';
import { messageLink } from '../../../core/message-link';
import type { Interaction, InteractionKind } from '../../../core/model';
import { isTeamsMessage } from '../../../core/sync/microsoft/teams';
import type { Formats } from '../format';

export interface TimelineProps {
  items: readonly Interaction[];
  ownAddresses: readonly string[];
  onAddNote: (text: string) => Promise<void>;
  f: Formats;
  t: Translate;
}

/** The subject, as a link to the thread or chat when the record holds what one needs (core/message-link.ts). */
function Subject({ i, ownAddresses }: { i: Interaction; ownAddresses: readonly string[] }) {
  const link = messageLink(i, ownAddresses);
  return (
    <p className="event-subject" title={i.subject}>
      {link === null ? (
        i.subject
      ) : (
        <a href={link} target="_blank" rel="noopener noreferrer">
          {i.subject}
        </a>
      )}
    </p>
  );
}

const KINDS: readonly InteractionKind[] = ['email', 'call', 'meeting', 'chat', 'note'];
const PAGE = 100;

export function Timeline({ items, ownAddresses, onAddNote, f, t }: TimelineProps) {
  const [hidden, setHidden] = useState<ReadonlySet<InteractionKind>>(new Set());
  const [limit, setLimit] = useState(PAGE);
  const [note, setNote] = useState('');
  const shown = items.filter((i) => !hidden.has(i.kind));
  const counts = new Map<InteractionKind, number>();
  for (const i of items) counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1);

  return (
    <section className="panel timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('app.timeline.title', { count: items.length })}</h2>
      <div className="kinds" role="group" aria-label={t('app.timeline.filter')}>
        {KINDS.map((k) => (
          <label key={k} className="check chip">
            <input
              type="checkbox"
              checked={!hidden.has(k)}
              onChange={(e) => {
                const next = new Set(hidden);
                if (e.target.checked) next.delete(k);
                else next.add(k);
                setHidden(next);
              }}
            />
            {t(`app.kind.${k}`)} ({f.number(counts.get(k) ?? 0)})
          </label>
        ))}
      </div>
      <form
        className="add-note"
        onSubmit={(e) => {
          e.preventDefault();
          if (note.trim()) void onAddNote(note.trim()).then(() => setNote(''));
        }}
      >
        <textarea
          rows={2}
          aria-label={t('app.timeline.note')}
          placeholder={t('app.timeline.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" disabled={!note.trim()}>
          {t('app.timeline.addNote')}
        </button>
      </form>
      {shown.length === 0 && <p className="muted">{t('app.timeline.empty')}</p>}
      <ol className="events">
        {shown.slice(0, limit).map((i) => (
          <li key={i.id} className={`event kind-${i.kind}`} data-kind={i.kind}>
            <div className="event-head">
              {isTeamsMessage(i) ? (
                // Read from Microsoft Teams when the card opened: the label says so, sent or received.
                <span className="event-kind">
                  {t(i.direction === 'outgoing' ? 'microsoft.teams.sent' : 'microsoft.teams.received')}
                </span>
              ) : (
                <>
                  <span className="event-kind">{t(`app.kind.${i.kind}`)}</span>
                  {i.kind !== 'note' && <span className="muted">{t(`app.direction.${i.direction}`)}</span>}
                </>
              )}
              <time dateTime={new Date(i.at).toISOString()}>{f.dateTime(i.at)}</time>
            </div>
            {i.subject && <Subject i={i} ownAddresses={ownAddresses} />}
            {(i.kind === 'note' ? (i.body ?? i.snippet) : i.snippet) && (
              <p className="event-text">{i.kind === 'note' ? (i.body ?? i.snippet) : i.snippet}</p>
            )}
            {i.participants.length > 0 && (
              <p className="muted small">
                {i.participants.map((p, n) => (
                  <Fragment key={n}>
                    {n > 0 && ', '}
                    {p.name && <bdi>{p.name}</bdi>}
                    {p.name && ' '}
                    <bdi>{p.address ?? p.phone}</bdi>
                  </Fragment>
                ))}
              </p>
            )}
            {i.attachmentNames.length > 0 && (
              <p className="small">
                📎{' '}
                {i.attachmentNames.map((name, n) => (
                  <Fragment key={n}>
                    {n > 0 && ', '}
                    <bdi>{name}</bdi>
                  </Fragment>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
      {shown.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          {t('app.timeline.more', { count: shown.length - limit })}
        </button>
      )}
    </section>
  );
}
