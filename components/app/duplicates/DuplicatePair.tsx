// One possible duplicate: both people side by side, what they share and why Kartka did not merge them,
// and the three answers: keep this one (merge the other into it), keep that one, or "not the same person".
import type { Translate } from '../../../core/i18n';
import type { Verdict } from '../../../core/identity';

export interface DuplicateSide {
  id: string;
  name: string;
  emails: readonly string[];
  phones: readonly string[];
  companies: readonly string[];
  createdAt: number;
}

export interface DuplicateView {
  id: string;
  verdict: Verdict;
  a: DuplicateSide;
  b: DuplicateSide;
}

export interface DuplicatePairProps {
  pair: DuplicateView;
  busy: boolean;
  onMerge: (keep: DuplicateSide, drop: DuplicateSide) => void;
  onDismiss: () => void;
  t: Translate;
}

/** What the two share, in words: "Same phone +380…; the names differ." */
export function whyText(v: Verdict, t: Translate): string {
  const first = v.evidence[0];
  const shared =
    first === undefined || first.kind === 'name'
      ? t('duplicates.why.name')
      : first.kind === 'domain'
        ? t('duplicates.why.domain', { value: first.value })
        : first.kind === 'handle'
          ? t('duplicates.why.handle', { value: first.handle.value })
          : first.kind === 'email'
            ? t('duplicates.why.email', { value: first.value })
            : t('duplicates.why.phone', { value: first.value });
  const names =
    v.names === 'conflict'
      ? t('duplicates.names.conflict')
      : v.names === 'unknown'
        ? t('duplicates.names.unknown')
        : t('duplicates.names.agree');
  return `${shared} ${names}`;
}

function Side({ side, t }: { side: DuplicateSide; t: Translate }) {
  return (
    <div className="duplicate-side">
      <a className="name" href={`#/people/${encodeURIComponent(side.id)}`}>
        {side.name}
      </a>
      {side.companies.length > 0 && <div>{side.companies.join(', ')}</div>}
      {side.emails.length > 0 && (
        <div>
          <span className="visually-hidden">{t('app.col.email')}: </span>
          {side.emails.join(', ')}
        </div>
      )}
      {side.phones.length > 0 && (
        <div>
          <span className="visually-hidden">{t('app.col.phone')}: </span>
          {side.phones.join(', ')}
        </div>
      )}
    </div>
  );
}

export function DuplicatePair({ pair, busy, onMerge, onDismiss, t }: DuplicatePairProps) {
  const { a, b } = pair;
  return (
    <li className="duplicate-pair">
      <p className="why">{whyText(pair.verdict, t)}</p>
      <div className="sides">
        <Side side={a} t={t} />
        <Side side={b} t={t} />
      </div>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => onMerge(a, b)}>
          {t('duplicates.keep', { name: a.name })}
        </button>
        <button type="button" disabled={busy} onClick={() => onMerge(b, a)}>
          {t('duplicates.keep', { name: b.name })}
        </button>
        <button type="button" className="link" disabled={busy} onClick={onDismiss}>
          {t('duplicates.dismiss')}
        </button>
      </div>
    </li>
  );
}
