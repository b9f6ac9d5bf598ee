// Saved segments: apply one, save the current filter under a name, delete one.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import type { SavedSegment } from '../../../core/segments';

export interface SegmentBarProps {
  segments: readonly SavedSegment[];
  activeId: string | null;
  onApply: (segment: SavedSegment) => void;
  onSave: (name: string) => void;
  onDelete: (segment: SavedSegment) => void;
  t: Translate;
}

export function SegmentBar({ segments, activeId, onApply, onSave, onDelete, t }: SegmentBarProps) {
  const [name, setName] = useState('');
  const active = segments.find((s) => s.id === activeId);
  return (
    <div className="segments">
      <label>
        {t('app.segment.saved')}{' '}
        <select
          value={activeId ?? ''}
          onChange={(e) => {
            const s = segments.find((x) => x.id === e.target.value);
            if (s) onApply(s);
          }}
        >
          <option value="">{segments.length ? t('app.segment.pick') : t('app.segment.none')}</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button type="button" onClick={() => onDelete(active)}>
          {t('app.segment.delete', { name: active.name })}
        </button>
      )}
      <form
        className="save-segment"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          onSave(name.trim());
          setName('');
        }}
      >
        <input
          aria-label={t('app.segment.name')}
          placeholder={t('app.segment.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={80}
        />
        <button type="submit" disabled={!name.trim()}>
          {t('app.segment.save')}
        </button>
      </form>
    </div>
  );
}
