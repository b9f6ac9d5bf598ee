// The contact fields of quick add and of the capture review: props in, the edited form out.
import { useId, useState, type ReactNode } from 'react';
import type { CaptureForm } from '../../core/capture';
import type { Translate } from '../../core/i18n';
import type { RegistrationIdKind, StageDef } from '../../core/model';
import { ValueList } from './ValueList';

export interface ContactFormProps {
  form: CaptureForm;
  onChange: (form: CaptureForm) => void;
  problems: Record<string, string>;
  /** After a save attempt every problem is shown; before, only those of prefilled or visited fields. */
  revealAll: boolean;
  stages: readonly StageDef[];
  t: Translate;
  /** Append mode has no stage of its own to set. */
  showStage?: boolean;
  autoFocus?: boolean;
}

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

export function ContactForm({
  form,
  onChange,
  problems,
  revealAll,
  stages,
  t,
  showStage = true,
  autoFocus = false,
}: ContactFormProps) {
  // Problems of values that arrived prefilled are shown at once: the parser's doubts must be seen.
  const [visited, setVisited] = useState(() => new Set(Object.keys(problems)));
  const isVisible = (key: string) => revealAll || visited.has(key);
  const visit = (key: string) => setVisited((v) => (v.has(key) ? v : new Set(v).add(key)));
  const set = <K extends keyof CaptureForm>(key: K, value: CaptureForm[K]) =>
    onChange({ ...form, [key]: value });
  const text = (
    key: 'name' | 'company' | 'legalForm' | 'position' | 'tags' | 'manager' | 'website' | 'city',
  ) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
    onBlur: () => visit(key),
    'data-testid': key,
  });
  const hasMore =
    form.website !== '' || form.city !== '' || form.registrationIds.length > 0 || form.ibans.length > 0;

  return (
    <div className="contact-form">
      <Field label={t('capture.name')} problem={isVisible('name') ? problems.name : undefined}>
        {(id, describedBy) => (
          <input
            id={id}
            type="text"
            autoComplete="off"
            autoFocus={autoFocus}
            aria-describedby={describedBy}
            {...text('name')}
          />
        )}
      </Field>
      <ValueList
        field="emails"
        label={t('capture.email')}
        values={form.emails}
        onChange={(v) => set('emails', v)}
        problems={problems}
        isVisible={isVisible}
        onBlur={visit}
        addLabel={t('capture.addEmail')}
        inputMode="email"
        t={t}
      />
      <ValueList
        field="phones"
        label={t('capture.phone')}
        values={form.phones}
        onChange={(v) => set('phones', v)}
        problems={problems}
        isVisible={isVisible}
        onBlur={visit}
        addLabel={t('capture.addPhone')}
        inputMode="tel"
        t={t}
      />
      <div className="field-pair">
        <Field label={t('capture.company')} grow>
          {(id) => <input id={id} type="text" autoComplete="off" {...text('company')} />}
        </Field>
        <Field label={t('capture.legalForm')} narrow>
          {(id) => <input id={id} type="text" autoComplete="off" placeholder="ТОВ" {...text('legalForm')} />}
        </Field>
      </div>
      <Field label={t('capture.position')}>
        {(id) => <input id={id} type="text" autoComplete="off" {...text('position')} />}
      </Field>
      {showStage && (
        <Field label={t('capture.stage')}>
          {(id) => (
            <select
              id={id}
              value={form.stage}
              data-testid="stage"
              onChange={(e) => set('stage', e.target.value)}
            >
              <option value="">{t('capture.noStage')}</option>
              {stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('capture.tags')} hint={t('capture.tagsHint')}>
        {(id) => <input id={id} type="text" autoComplete="off" {...text('tags')} />}
      </Field>
      <Field label={t('capture.note')} hint="Ctrl+Enter">
        {(id) => (
          <textarea
            id={id}
            rows={form.note.includes('\n') ? 3 : 2}
            value={form.note}
            data-testid="note"
            onChange={(e) => set('note', e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
        )}
      </Field>
      <Field label={t('capture.manager')}>
        {(id) => <input id={id} type="text" autoComplete="off" {...text('manager')} />}
      </Field>
      <details className="more" open={hasMore}>
        <summary>{t('capture.more')}</summary>
        <Field label={t('capture.website')}>
          {(id) => <input id={id} type="text" inputMode="url" autoComplete="off" {...text('website')} />}
        </Field>
        <Field label={t('capture.city')}>
          {(id) => <input id={id} type="text" autoComplete="off" {...text('city')} />}
        </Field>
        {form.registrationIds.length > 0 && (
          <div className="field" role="group" aria-label={t('capture.registrationIds')}>
            <span className="field-label">{t('capture.registrationIds')}</span>
            {form.registrationIds.map((rid, i) => {
              const key = `registrationIds.${i}`;
              const problem = isVisible(key) ? problems[key] : undefined;
              const update = (value: string) =>
                set(
                  'registrationIds',
                  form.registrationIds.map((r, j) => (j === i ? { ...r, value } : r)),
                );
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
                      onChange={(e) => update(e.target.value)}
                      onBlur={() => visit(key)}
                    />
                    <button
                      type="button"
                      className="icon"
                      aria-label={t('capture.remove', { value: rid.value })}
                      onClick={() =>
                        set(
                          'registrationIds',
                          form.registrationIds.filter((_, j) => j !== i),
                        )
                      }
                    >
                      ×
                    </button>
                  </div>
                  {problem && <p className="field-problem">{problem}</p>}
                </div>
              );
            })}
          </div>
        )}
        {form.ibans.length > 0 && (
          <ValueList
            field="ibans"
            label={t('capture.ibans')}
            values={form.ibans}
            onChange={(v) => set('ibans', v)}
            problems={problems}
            isVisible={isVisible}
            onBlur={visit}
            inputMode="text"
            t={t}
          />
        )}
      </details>
    </div>
  );
}

interface FieldProps {
  label: string;
  hint?: string;
  problem?: string | undefined;
  grow?: boolean;
  narrow?: boolean;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}

function Field({ label, hint, problem, grow, narrow, children }: FieldProps) {
  const id = useId();
  return (
    <div className={`field${grow ? ' grow' : ''}${narrow ? ' narrow' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
        {hint && <span className="hint"> · {hint}</span>}
      </label>
      {children(id, problem ? `${id}-problem` : undefined)}
      {problem && (
        <p className="field-problem" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </div>
  );
}
