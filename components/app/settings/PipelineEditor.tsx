// Pipeline stages: rename, recolour, set the kind, reorder, add and remove; with each stage's
// "going quiet" threshold beside it.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import { stageName, storedLabel } from '../../../core/i18n/stage-name';
import type { StageDef } from '../../../core/model';

export interface PipelineEditorProps {
  pipeline: readonly StageDef[];
  quietDays: Readonly<Record<string, number | null>>;
  onChange: (pipeline: StageDef[]) => void;
  onQuietDays: (stage: string, days: number | null) => void;
  t: Translate;
}

const KINDS: readonly StageDef['kind'][] = ['open', 'won', 'lost'];

/** A stable id for a new stage from its label (ids never change after that, labels may). */
export function stageIdFor(label: string, taken: readonly string[]): string {
  const base =
    label
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/gu, '') || 'stage';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

export function PipelineEditor({ pipeline, quietDays, onChange, onQuietDays, t }: PipelineEditorProps) {
  const [label, setLabel] = useState('');
  const update = (i: number, patch: Partial<StageDef>) =>
    onChange(pipeline.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    const a = pipeline[i];
    const b = pipeline[j];
    if (!a || !b) return;
    const next = [...pipeline];
    next[i] = b;
    next[j] = a;
    onChange(next);
  };
  return (
    <div className="pipeline">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('app.settings.stageColour')}</th>
            <th scope="col">{t('app.settings.stageLabel')}</th>
            <th scope="col">{t('app.settings.stageKind')}</th>
            <th scope="col">{t('app.settings.quietDays')}</th>
            <th scope="col">{t('app.settings.order')}</th>
          </tr>
        </thead>
        <tbody>
          {pipeline.map((s, i) => {
            const name = stageName(s, t);
            return (
              <tr key={s.id} data-stage={s.id}>
                <td>
                  <input
                    type="color"
                    aria-label={t('app.settings.colourOf', { name })}
                    value={s.color}
                    onChange={(e) => update(i, { color: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={t('app.settings.labelOf', { name })}
                    // Keyed by the shown name: a language switch shows the built-in stages' new names.
                    key={name}
                    defaultValue={name}
                    onBlur={(e) => {
                      const label = storedLabel(s, e.target.value, t);
                      if (label && label !== s.label) update(i, { label });
                    }}
                  />
                </td>
                <td>
                  <select
                    aria-label={t('app.settings.kindOf', { name })}
                    value={s.kind}
                    onChange={(e) => update(i, { kind: e.target.value as StageDef['kind'] })}
                  >
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`app.group.${k}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    className="days"
                    aria-label={t('app.settings.quietOf', { name })}
                    placeholder={t('app.settings.off')}
                    value={quietDays[s.id] ?? ''}
                    onChange={(e) =>
                      onQuietDays(
                        s.id,
                        e.target.value === '' || Number(e.target.value) <= 0
                          ? null
                          : Math.round(Number(e.target.value)),
                      )
                    }
                  />
                </td>
                <td className="order">
                  <button
                    type="button"
                    aria-label={t('app.settings.up', { name })}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={t('app.settings.down', { name })}
                    disabled={i === pipeline.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="remove"
                    aria-label={t('app.settings.removeStage', { name })}
                    disabled={pipeline.length <= 1}
                    onClick={() => onChange(pipeline.filter((_, j) => j !== i))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">{t('app.settings.removeNote')}</p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!label.trim()) return;
          onChange([
            ...pipeline,
            {
              id: stageIdFor(
                label,
                pipeline.map((s) => s.id),
              ),
              label: label.trim(),
              color: '#78909c',
              kind: 'open',
            },
          ]);
          setLabel('');
        }}
      >
        <input
          aria-label={t('app.settings.newStage')}
          placeholder={t('app.settings.newStage')}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
        <button type="submit" disabled={!label.trim()}>
          {t('app.card.addShort')}
        </button>
      </form>
    </div>
  );
}
