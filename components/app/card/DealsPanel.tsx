// A client's deals: open ones can be won or lost (lost with a reason); new ones added with an amount.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import type { Deal } from '../../../core/model';
import type { Formats } from '../format';

export interface NewDeal {
  title: string;
  amount?: number;
  currency?: string;
}

export interface DealsPanelProps {
  deals: readonly Deal[];
  defaultCurrency: string;
  onAdd: (deal: NewDeal) => Promise<string | null>;
  onClose: (deal: Deal, outcome: 'won' | 'lost', reason: string) => Promise<void>;
  f: Formats;
  t: Translate;
}

export function DealsPanel({ deals, defaultCurrency, onAdd, onClose, f, t }: DealsPanelProps) {
  const [title, setTitle] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(defaultCurrency);
  const [error, setError] = useState<string | null>(null);
  const [losing, setLosing] = useState<Deal | null>(null);
  const [reason, setReason] = useState('');

  const add = async () => {
    const deal: NewDeal = { title };
    if (amount.trim()) {
      const n = Number(amount.replace(/\s/gu, '').replace(',', '.'));
      if (!Number.isFinite(n) || n < 0) return setError(t('app.deals.badAmount', { value: amount }));
      deal.amount = n;
      deal.currency = currency;
    }
    const problem = await onAdd(deal);
    setError(problem);
    if (problem === null) {
      setTitle('');
      setAmount('');
    }
  };

  return (
    <section className="panel" aria-labelledby="deals-title">
      <h2 id="deals-title">{t('app.deals.title', { count: deals.length })}</h2>
      <ul className="rows">
        {deals.map((d) => (
          <li key={d.id} className={`deal status-${d.status}`}>
            <span className="grow">{d.title}</span>
            {d.amount !== undefined && <span>{f.money(d.amount, d.currency ?? defaultCurrency)}</span>}
            <span className="muted">{t(`app.deals.status.${d.status}`)}</span>
            <span className="muted small">{f.date(d.closedAt ?? d.openedAt)}</span>
            {d.status === 'lost' && d.lostReason && <span className="muted small">{d.lostReason}</span>}
            {d.status === 'open' && (
              <>
                <button type="button" onClick={() => void onClose(d, 'won', '')}>
                  {t('app.deals.won')}
                </button>
                <button type="button" onClick={() => setLosing(d)}>
                  {t('app.deals.lost')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {losing && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void onClose(losing, 'lost', reason).then(() => {
              setLosing(null);
              setReason('');
            });
          }}
        >
          <input
            autoFocus
            aria-label={t('app.deals.lostReason', { title: losing.title })}
            placeholder={t('app.deals.lostReason', { title: losing.title })}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit">{t('app.deals.markLost')}</button>
          <button type="button" onClick={() => setLosing(null)}>
            {t('app.card.cancel')}
          </button>
        </form>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input
          aria-label={t('app.deals.newTitle')}
          placeholder={t('app.deals.newTitle')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <input
          className="amount"
          inputMode="decimal"
          aria-label={t('app.deals.amount')}
          placeholder={t('app.deals.amount')}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
        <input
          className="currency"
          aria-label={t('app.deals.currency')}
          value={currency}
          maxLength={3}
          onChange={(e) => setCurrency(e.target.value.toUpperCase())}
        />
        <button type="submit" disabled={!title.trim()}>
          {t('app.deals.add')}
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
