// The first rows as they will be imported, with who in the base each one matches and a choice per row.
import type { Translate } from '../../core/i18n';
import { DEDUPE_MODES, rowKey, type ContactCandidate, type DedupeMode } from '../../core/import';

export interface PreviewMatch {
  displayName: string;
  by: string;
  /** same: who the row is; possible: someone sharing its phone, whose name differs or is missing. */
  level: 'same' | 'possible';
  names: 'agree' | 'unknown' | 'conflict';
}

export interface PreviewTableProps {
  rows: readonly ContactCandidate[];
  total: number;
  matches: ReadonlyMap<string, PreviewMatch>;
  perRow: ReadonlyMap<string, DedupeMode>;
  onRowMode: (key: string, mode: DedupeMode | null) => void;
  caption: string;
  t: Translate;
}

export function PreviewTable({ rows, total, matches, perRow, onRowMode, caption, t }: PreviewTableProps) {
  return (
    <table className="preview">
      <caption>
        {caption} <span className="muted">{t('import.preview.shown', { count: rows.length, total })}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('import.preview.row')}</th>
          <th scope="col">{t('import.field.fullName')}</th>
          <th scope="col">{t('import.field.email')}</th>
          <th scope="col">{t('import.field.phone')}</th>
          <th scope="col">{t('import.field.company')}</th>
          <th scope="col">{t('import.preview.inBase')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const key = rowKey(r.file, r.line);
          const match = matches.get(key);
          const possible = match?.level === 'possible';
          const name = r.displayName ?? [r.givenName, r.familyName].filter(Boolean).join(' ');
          return (
            <tr key={key} className={match ? (possible ? 'has-possible' : 'has-match') : undefined}>
              <td>{r.line}</td>
              <td>{name}</td>
              <td>{r.emails.join(', ')}</td>
              <td>{r.phones.join(', ')}</td>
              <td>{r.company ?? ''}</td>
              <td>
                {match ? (
                  <>
                    <span className={possible ? 'warning' : undefined}>
                      {possible
                        ? t(
                            match.names === 'conflict'
                              ? 'import.preview.possible'
                              : 'import.preview.possibleNoName',
                            {
                              name: match.displayName,
                              by: match.by,
                            },
                          )
                        : t('import.preview.match', { name: match.displayName, by: match.by })}
                    </span>{' '}
                    <select
                      aria-label={t('import.preview.rowChoice', { row: r.line })}
                      value={perRow.get(key) ?? ''}
                      onChange={(e) => onRowMode(key, DEDUPE_MODES.find((m) => m === e.target.value) ?? null)}
                    >
                      <option value="">
                        {t(possible ? 'import.preview.keepApart' : 'import.preview.asForAll')}
                      </option>
                      {DEDUPE_MODES.filter((m) => !possible || m !== 'create').map((m) => (
                        <option key={m} value={m}>
                          {t(`import.mode.${m}`)}
                        </option>
                      ))}
                    </select>
                  </>
                ) : (
                  <span className="muted">{t('import.preview.new')}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
