// A person's messenger accounts on their card: "@username", "tg:<id>", a WhatsApp id; each read as typed or pasted
// (a t.me or wa.me link works too), refused with the reason in the reader's language.
import { handleText, parseHandle, type Handle } from '../../../core/handles';
import type { Translate } from '../../../core/i18n';
import { refusalText } from '../../../core/i18n/refusal-text';
import type { SaveField } from './InlineField';
import { ListField } from './ListField';

export interface HandlesFieldProps {
  handles: readonly Handle[];
  onSave: (handles: Handle[]) => ReturnType<SaveField>;
  t: Translate;
}

export function HandlesField({ handles, onSave, t }: HandlesFieldProps) {
  const save = async (texts: string[]) => {
    const next: Handle[] = [];
    for (const text of texts) {
      const parsed = parseHandle(text);
      if (parsed === null) return t('chat.field.notHandle', { value: text });
      if (!parsed.ok) return refusalText(parsed, t);
      next.push(parsed.handle);
    }
    return onSave(next);
  };
  return (
    <ListField
      label={t('chat.field.handles')}
      values={handles.map(handleText)}
      onSave={save}
      addLabel={t('chat.field.addHandle')}
      t={t}
    />
  );
}
