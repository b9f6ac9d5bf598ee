// The import report's wrong-cell-count reason in three languages: real plural forms in Ukrainian and Russian, a tab named
// as a tab (split from reason-text.test.ts).
import { describe, expect, it, test } from 'vitest';
import { translator } from '../../../core/i18n';
import { importReasonText } from '../../../core/i18n/import-reason';
import { parseCsv } from '../../../core/parse';

const en = translator('en');
const uk = translator('uk');
const ru = translator('ru');
const withoutLine = (reason: string) => reason.replace(/^(Row|Line) \d+: /u, '');

describe('plural forms of a wrong cell count', () => {
  const HEADER = Array.from({ length: 30 }, (_, i) => `c${i + 1}`).join(',');
  test.each([
    [1, '1 клітинка, а в заголовку стовпців: 30', '1 ячейка, а в заголовке столбцов: 30', '1 cell where'],
    [2, '2 клітинки, а в заголовку стовпців: 30', '2 ячейки, а в заголовке столбцов: 30', '2 cells where'],
    [5, '5 клітинок, а в заголовку стовпців: 30', '5 ячеек, а в заголовке столбцов: 30', '5 cells where'],
    [
      21,
      '21 клітинка, а в заголовку стовпців: 30',
      '21 ячейка, а в заголовке столбцов: 30',
      '21 cells where',
    ],
    [
      22,
      '22 клітинки, а в заголовку стовпців: 30',
      '22 ячейки, а в заголовке столбцов: 30',
      '22 cells where',
    ],
    [25, '25 клітинок, а в заголовку стовпців: 30', '25 ячеек, а в заголовке столбцов: 30', '25 cells where'],
  ])('%i cells', (count, ukText, ruText, enText) => {
    const row = Array.from({ length: count }, (_, i) => `v${i}`).join(',');
    const [problem] = parseCsv(`${HEADER}\n${row}`).problems;
    if (!problem) throw new Error('no problem reported');
    expect(problem.because).toEqual({ code: 'csv.cells', params: { count, expected: 30, delimiter: ',' } });
    expect(importReasonText(problem, uk)).toBe(
      `${ukText}; перевірте, чи не пропущено або не додано зайвий роздільник «,»`,
    );
    expect(importReasonText(problem, ru)).toBe(
      `${ruText}; проверьте, не пропущен ли разделитель «,» и нет ли лишнего`,
    );
    expect(importReasonText(problem, en)).toMatch(new RegExp(`^${enText} the header has 30;`, 'u'));
  });

  it('names a tab as a tab', () => {
    const [problem] = parseCsv('a\tb\tc\n1\t2', { delimiter: '\t' }).problems;
    if (!problem) throw new Error('no problem reported');
    expect(problem.because?.code).toBe('csv.cellsTab');
    expect(importReasonText(problem, uk)).toMatch(/зайву табуляцію$/u);
    expect(importReasonText(problem, en)).toBe(withoutLine(problem.reason));
  });
});
