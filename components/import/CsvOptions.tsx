// Encoding and delimiter of a CSV file: detected, shown, and open to override.
import type { Translate } from '../../core/i18n';
import type { CsvDelimiter } from '../../core/parse';

export const ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1251',
  'koi8-r',
  'koi8-u',
  'windows-1252',
] as const;

export interface CsvOptionsProps {
  encoding: string;
  delimiter: CsvDelimiter;
  onChange: (options: { encoding: string; delimiter: CsvDelimiter }) => void;
  t: Translate;
}

const DELIMITERS: {
  value: CsvDelimiter;
  key: 'import.csv.comma' | 'import.csv.semicolon' | 'import.csv.tab';
}[] = [
  { value: ',', key: 'import.csv.comma' },
  { value: ';', key: 'import.csv.semicolon' },
  { value: '\t', key: 'import.csv.tab' },
];

export function CsvOptions({ encoding, delimiter, onChange, t }: CsvOptionsProps) {
  return (
    <div className="csv-options">
      <label>
        {t('import.csv.encoding')}{' '}
        <select value={encoding} onChange={(e) => onChange({ encoding: e.target.value, delimiter })}>
          {ENCODINGS.map((enc) => (
            <option key={enc} value={enc}>
              {enc}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('import.csv.delimiter')}{' '}
        <select
          value={delimiter}
          onChange={(e) =>
            onChange({
              encoding,
              delimiter: DELIMITERS.find((d) => d.value === e.target.value)?.value ?? ',',
            })
          }
        >
          {DELIMITERS.map((d) => (
            <option key={d.key} value={d.value}>
              {t(d.key)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
