// Quick action: a note in the person's history. Ctrl+Enter (⌘+Enter) saves.
import { useState, type FormEvent } from 'react';
import type { Translate } from '../../core/i18n';
import { FormFooter } from './FormFooter';
import { useSubmit } from './use-submit';

export interface NoteFormProps {
  t: Translate;
  onSubmit: (text: string) => Promise<void>;
  onDone: () => void;
  onCancel: () => void;
}

export function NoteForm({ t, onSubmit, onDone, onCancel }: NoteFormProps) {
  const [text, setText] = useState('');
  const { state, run } = useSubmit();
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim() === '' || state.kind === 'saving') return;
    if (await run(() => onSubmit(text.trim()))) onDone();
  };
  return (
    <form className="action-form" onSubmit={(e) => void submit(e)} data-testid="note-form">
      <label className="field">
        <span className="field-label">{t('sidebar.note.label')}</span>
        <textarea
          value={text}
          rows={3}
          autoFocus
          placeholder={t('sidebar.note.placeholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
          }}
        />
      </label>
      <FormFooter state={state} submitLabel={t('sidebar.note.save')} t={t} onCancel={onCancel} />
    </form>
  );
}
