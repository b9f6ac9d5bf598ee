// The card's quick actions: note, task, stage, deal. One form opens at a time; Escape closes it.
// Render it with `key={card.personId}` so another correspondent starts with every form closed.
import { useEffect, useRef, useState } from 'react';
import type { CardView } from '../../core/card';
import type { Locale, MessageKey, Translate } from '../../core/i18n';
import { Icon, type IconName } from './icons';
import { DealForm } from './DealForm';
import { NoteForm } from './NoteForm';
import { StageForm } from './StageForm';
import { TaskForm } from './TaskForm';

export interface CardActions {
  addNote: (text: string) => Promise<void>;
  addTask: (title: string, due: number) => Promise<void>;
  setStage: (stage: string, reason: string) => Promise<void>;
  addDeal: (title: string, amount: number | null, currency: string) => Promise<void>;
}

export interface QuickActionsProps {
  card: CardView;
  /** The thread's subject: a new deal's default title. */
  subject: string;
  now: number;
  locale: Locale;
  t: Translate;
  actions: CardActions;
}

type Action = 'note' | 'task' | 'stage' | 'deal';
const ACTIONS: { id: Action; icon: IconName; label: MessageKey }[] = [
  { id: 'note', icon: 'note', label: 'sidebar.action.note' },
  { id: 'task', icon: 'clock', label: 'sidebar.action.task' },
  { id: 'stage', icon: 'flag', label: 'sidebar.action.stage' },
  { id: 'deal', icon: 'deal', label: 'sidebar.action.deal' },
];

export function QuickActions({ card, subject, now, locale, t, actions }: QuickActionsProps) {
  const [open, setOpen] = useState<Action | null>(null);
  const [saved, setSaved] = useState(false);
  const toggles = useRef(new Map<Action, HTMLButtonElement>());

  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(false), 2500);
    return () => clearTimeout(timer);
  }, [saved]);

  const close = (done: boolean) => {
    const was = open;
    setOpen(null);
    setSaved(done);
    if (was) toggles.current.get(was)?.focus();
  };
  const common = { t, onDone: () => close(true), onCancel: () => close(false) };

  return (
    <section className="actions" aria-label={t('sidebar.actions')}>
      <div className="action-bar" role="toolbar" aria-label={t('sidebar.actions')}>
        {ACTIONS.map(({ id, icon, label }) => (
          <button
            key={id}
            type="button"
            className="action-toggle"
            aria-expanded={open === id}
            aria-controls="action-panel"
            data-action={id}
            ref={(el) => {
              if (el) toggles.current.set(id, el);
              else toggles.current.delete(id);
            }}
            onClick={() => {
              setSaved(false);
              setOpen(open === id ? null : id);
            }}
          >
            <Icon name={icon} />
            {t(label)}
          </button>
        ))}
      </div>
      <div
        id="action-panel"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            close(false);
          }
        }}
      >
        {open === 'note' && <NoteForm {...common} onSubmit={actions.addNote} />}
        {open === 'task' && <TaskForm {...common} locale={locale} now={now} onSubmit={actions.addTask} />}
        {open === 'stage' && <StageForm {...common} card={card} onSubmit={actions.setStage} />}
        {open === 'deal' && (
          <DealForm
            {...common}
            defaultTitle={subject}
            defaultCurrency={card.currency}
            onSubmit={actions.addDeal}
          />
        )}
      </div>
      <p className="saved" role="status" aria-live="polite">
        {saved ? t('sidebar.saved') : ''}
      </p>
    </section>
  );
}
