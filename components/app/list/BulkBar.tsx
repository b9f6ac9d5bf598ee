// Actions on the selected clients: tag, untag, change stage, assign manager, export; in a firm, an admin hands
// them over to another member.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import type { StageDef } from '../../../core/model';

export type BulkAction =
  | { type: 'addTag'; tag: string }
  | { type: 'removeTag'; tag: string }
  | { type: 'stage'; stage: string; reason: string }
  | { type: 'manager'; manager: string }
  | { type: 'export' }
  | { type: 'handOver'; to: string };

export interface BulkBarProps {
  count: number;
  pipeline: readonly StageDef[];
  managers: readonly string[];
  tags: readonly string[];
  /** In a firm, for an admin: the members clients may be handed over to (value: member name). */
  receivers?: readonly { value: string; label: string }[];
  busy: boolean;
  status: string;
  onAction: (action: BulkAction) => void;
  onClear: () => void;
  t: Translate;
}

type Kind = BulkAction['type'];
const KINDS: readonly Kind[] = ['addTag', 'removeTag', 'stage', 'manager', 'export'];

export function BulkBar({
  count,
  pipeline,
  managers,
  tags,
  receivers,
  busy,
  status,
  onAction,
  onClear,
  t,
}: BulkBarProps) {
  const [kind, setKind] = useState<Kind>('addTag');
  const [text, setText] = useState('');
  const [stage, setStage] = useState(pipeline[0]?.id ?? '');
  const [to, setTo] = useState('');
  const kinds: readonly Kind[] = receivers && receivers.length > 0 ? [...KINDS, 'handOver'] : KINDS;
  const submit = () => {
    if (kind === 'stage') onAction({ type: 'stage', stage, reason: text });
    else if (kind === 'export') onAction({ type: 'export' });
    else if (kind === 'manager') onAction({ type: 'manager', manager: text });
    else if (kind === 'handOver') {
      if (to) onAction({ type: 'handOver', to });
    } else if (text.trim()) onAction({ type: kind, tag: text.trim() });
  };
  const needsText = kind === 'addTag' || kind === 'removeTag';
  return (
    <div className="bulk" role="region" aria-label={t('app.bulk.title')}>
      <strong>{t('app.bulk.selected', { count })}</strong>
      {count > 0 && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <select
            aria-label={t('app.bulk.action')}
            value={kind}
            onChange={(e) => setKind(e.target.value as Kind)}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {k === 'handOver' ? t('team.handOver') : t(`app.bulk.${k}`)}
              </option>
            ))}
          </select>
          {kind === 'stage' && (
            <select aria-label={t('stage')} value={stage} onChange={(e) => setStage(e.target.value)}>
              {pipeline.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
          {kind === 'handOver' && (
            <select aria-label={t('team.handOver.to')} value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="" />
              {receivers?.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
          {kind !== 'export' && kind !== 'handOver' && (
            <input
              aria-label={
                needsText
                  ? t('app.bulk.tag')
                  : kind === 'stage'
                    ? t('app.bulk.reason')
                    : t('app.bulk.manager')
              }
              placeholder={
                needsText
                  ? t('app.bulk.tag')
                  : kind === 'stage'
                    ? t('app.bulk.reason')
                    : t('app.bulk.managerHint')
              }
              list={needsText ? 'bulk-tags' : kind === 'manager' ? 'bulk-managers' : undefined}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
          <datalist id="bulk-tags">
            {tags.map((x) => (
              <option key={x} value={x} />
            ))}
          </datalist>
          <datalist id="bulk-managers">
            {managers.map((x) => (
              <option key={x} value={x} />
            ))}
          </datalist>
          <button
            type="submit"
            disabled={busy || (needsText && !text.trim()) || (kind === 'handOver' && !to)}
          >
            {t('app.bulk.apply', { count })}
          </button>
          <button type="button" onClick={onClear}>
            {t('app.bulk.clear')}
          </button>
        </form>
      )}
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  );
}
