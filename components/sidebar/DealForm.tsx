// Quick action: open a deal, titled after the thread by default, with an optional amount.
import { useState, type FormEvent } from 'react';
import { parseAmount } from '../../core/card';
import type { Translate } from '../../core/i18n';
import { FormFooter } from './FormFooter';
import { useSubmit } from './use-submit';

export interface DealFormProps {
  t: Translate;
  defaultTitle: string;
  defaultCurrency: string;
  onSubmit: (title: string, amount: number | null, currency: string) => Promise<void>;
  onDone: () => void;
  onCancel: () => void;
}

export function DealForm({ t, defaultTitle, defaultCurrency, onSubmit, onDone, onCancel }: DealFormProps) {
  const [title, setTitle] = useState(defaultTitle);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(defaultCurrency);
  const [problem, setProblem] = useState<string | null>(null);
  const { state, run } = useSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = parseAmount(amount);
    if (title.trim() === '') return;
    if (Number.isNaN(value)) {
      setProblem(t('sidebar.deal.badAmount'));
      return;
    }
    setProblem(null);
    if (await run(() => onSubmit(title.trim(), value, currency.trim().toUpperCase()))) onDone();
  };
  return (
    <form className="action-form" onSubmit={(e) => void submit(e)} data-testid="deal-form">
      <label className="field">
        <span className="field-label">{t('sidebar.deal.label')}</span>
        <input type="text" value={title} autoFocus required onChange={(e) => setTitle(e.target.value)} />
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">{t('sidebar.deal.amount')}</span>
          <input type="text" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </label>
        <label className="field field-narrow">
          <span className="field-label">{t('sidebar.deal.currency')}</span>
          <input type="text" value={currency} maxLength={3} onChange={(e) => setCurrency(e.target.value)} />
        </label>
      </div>
      <FormFooter
        state={state}
        submitLabel={t('sidebar.deal.save')}
        t={t}
        onCancel={onCancel}
        problem={problem}
      />
    </form>
  );
}
