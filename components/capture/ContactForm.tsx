// The contact fields of quick add and of the capture review: props in, the edited form out.
// Enter in any field submits (the note takes Shift+Enter for a new line): saving is one keystroke.
import { useId, useState, type ReactNode } from 'react';
import { NOT_A_CLIENT, type CaptureForm } from '../../core/capture';
import { newClientStage } from '../../core/lifecycle';
import type { Translate } from '../../core/i18n';
import type { StageDef } from '../../core/model';
import { RegistrationIds } from './RegistrationIds';
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

type TextKey =
  'name' | 'company' | 'legalForm' | 'position' | 'tags' | 'manager' | 'website' | 'city' | 'address';

/** The stage a new client starts in, whichever way they are added (core/lifecycle.ts). */
const DEFAULT_STAGE = newClientStage(0).stage;

export function ContactForm(props: ContactFormProps) {
  const { form, onChange, problems, revealAll, stages, t, showStage = true, autoFocus = false } = props;
  // Problems of values that arrived prefilled are shown at once: the parser's doubts must be seen.
  // "Give the person a name…" waits for a save attempt: an empty form is not yet a mistake.
  const [visited, setVisited] = useState(() => new Set(Object.keys(problems).filter((k) => k !== 'name')));
  const isVisible = (key: string) => revealAll || visited.has(key);
  const visit = (key: string) => setVisited((v) => (v.has(key) ? v : new Set(v).add(key)));
  const set = <K extends keyof CaptureForm>(key: K, value: CaptureForm[K]) =>
    onChange({ ...form, [key]: value });
  const text = (key: TextKey) => ({
    type: 'text',
    autoComplete: 'off',
    value: form[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
    onBlur: () => visit(key),
    'data-testid': key,
  });
  const list = { problems, isVisible, onBlur: visit, t };
  const hasMore =
    form.website !== '' ||
    form.city !== '' ||
    form.address !== '' ||
    form.registrationIds.length > 0 ||
    form.ibans.length > 0;

  return (
    <div className="contact-form">
      <Field label={t('capture.name')} span problem={isVisible('name') ? problems.name : undefined}>
        {(id, describedBy) => (
          <input id={id} autoFocus={autoFocus} aria-describedby={describedBy} {...text('name')} />
        )}
      </Field>
      <ValueList
        field="emails"
        label={t('capture.email')}
        values={form.emails}
        onChange={(v) => set('emails', v)}
        addLabel={t('capture.addEmail')}
        inputMode="email"
        {...list}
      />
      <ValueList
        field="phones"
        label={t('capture.phone')}
        values={form.phones}
        onChange={(v) => set('phones', v)}
        addLabel={t('capture.addPhone')}
        inputMode="tel"
        {...list}
      />
      <div className="field-pair span-2">
        <Field label={t('capture.company')} grow>
          {(id) => <input id={id} {...text('company')} />}
        </Field>
        <Field label={t('capture.legalForm')} narrow>
          {(id) => <input id={id} {...text('legalForm')} />}
        </Field>
      </div>
      <Field label={t('capture.position')} span={!showStage}>
        {(id) => <input id={id} {...text('position')} />}
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
              <option value="">
                {t('capture.stageDefault', {
                  stage: stages.find((s) => s.id === DEFAULT_STAGE)?.label ?? DEFAULT_STAGE,
                })}
              </option>
              <option value={NOT_A_CLIENT}>{t('capture.noStage')}</option>
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
        {(id) => <input id={id} {...text('tags')} />}
      </Field>
      <Field label={t('capture.manager')}>{(id) => <input id={id} {...text('manager')} />}</Field>
      <Field label={t('capture.note')} hint={t('capture.noteHint')} span>
        {(id) => (
          <textarea
            id={id}
            rows={form.note.includes('\n') ? 3 : 1}
            value={form.note}
            data-testid="note"
            onChange={(e) => set('note', e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
        )}
      </Field>
      <details className="more span-2" open={hasMore}>
        <summary>{t('capture.more')}</summary>
        <div className="more-grid">
          <Field label={t('capture.website')}>
            {(id) => <input id={id} inputMode="url" {...text('website')} />}
          </Field>
          <Field label={t('capture.city')}>{(id) => <input id={id} {...text('city')} />}</Field>
          <Field label={t('capture.address')}>{(id) => <input id={id} {...text('address')} />}</Field>
          <RegistrationIds
            ids={form.registrationIds}
            onChange={(ids) => set('registrationIds', ids)}
            {...list}
          />
          {form.ibans.length > 0 && (
            <ValueList
              field="ibans"
              label={t('capture.ibans')}
              values={form.ibans}
              onChange={(v) => set('ibans', v)}
              inputMode="text"
              {...list}
            />
          )}
        </div>
      </details>
    </div>
  );
}

interface FieldProps {
  label: string;
  hint?: string;
  problem?: string | undefined;
  span?: boolean;
  grow?: boolean;
  narrow?: boolean;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}

function Field({ label, hint, problem, span, grow, narrow, children }: FieldProps) {
  const id = useId();
  const classes = ['field', span && 'span-2', grow && 'grow', narrow && 'narrow'].filter(Boolean).join(' ');
  return (
    <div className={classes}>
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
