// Registration ids found in a selection (ЄДРПОУ, ІПН, ИНН…): editable, removable, a failed checksum shown.
import type { Translate } from '../../core/i18n';
import type { RegistrationIdKind } from '../../core/model';

const ID_LABELS: Record<RegistrationIdKind, string> = {
  edrpou: 'ЄДРПОУ',
  ipn: 'ІПН / РНОКПП',
  inn: 'ИНН',
  ogrn: 'ОГРН',
  ogrnip: 'ОГРНИП',
  kpp: 'КПП',
  vat: 'VAT',
  other: 'ID',
};

export interface RegistrationIdsProps {
  ids: readonly { kind: RegistrationIdKind; value: string }[];
  onChange: (ids: { kind: RegistrationIdKind; value: string }[]) => void;
  problems: Record<string, string>;
  isVisible: (key: string) => boolean;
  onBlur: (key: string) => void;
  t: Translate;
}

export function RegistrationIds({ ids, onChange, problems, isVisible, onBlur, t }: RegistrationIdsProps) {
  if (ids.length === 0) return null;
  return (
    <div className="field span-2" role="group" aria-label={t('capture.registrationIds')}>
      <span className="field-label">{t('capture.registrationIds')}</span>
      {ids.map((rid, i) => {
        const key = `registrationIds.${i}`;
        const problem = isVisible(key) ? problems[key] : undefined;
        return (
          <div className="value-row" key={i}>
            <div className="value-input">
              <span className="id-kind">{ID_LABELS[rid.kind]}</span>
              <input
                type="text"
                aria-label={ID_LABELS[rid.kind]}
                aria-invalid={problem !== undefined}
                value={rid.value}
                data-testid={key}
                onChange={(e) => onChange(ids.map((r, j) => (j === i ? { ...r, value: e.target.value } : r)))}
                onBlur={() => onBlur(key)}
              />
              <button
                type="button"
                className="icon"
                aria-label={t('capture.remove', { value: rid.value })}
                title={t('capture.remove', { value: rid.value })}
                onClick={() => onChange(ids.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </div>
            {problem && <p className="field-problem">{problem}</p>}
          </div>
        );
      })}
    </div>
  );
}
