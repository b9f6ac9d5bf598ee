// What to do with rows whose email or phone is already in the base: one choice for all rows.
import type { Translate } from '../../core/i18n';
import { DEDUPE_MODES, type DedupeMode } from '../../core/import';

export interface DedupeChoiceProps {
  mode: DedupeMode;
  matches: number;
  onChange: (mode: DedupeMode) => void;
  t: Translate;
}

export function DedupeChoice({ mode, matches, onChange, t }: DedupeChoiceProps) {
  return (
    <fieldset className="dedupe">
      <legend>{t('import.dedupe.title', { count: matches })}</legend>
      {DEDUPE_MODES.map((m) => (
        <label key={m} className="check">
          <input
            type="radio"
            name="dedupe-mode"
            value={m}
            checked={mode === m}
            onChange={() => onChange(m)}
          />
          <span>
            <strong>{t(`import.mode.${m}`)}</strong>{' '}
            <span className="muted">{t(`import.mode.${m}.hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
