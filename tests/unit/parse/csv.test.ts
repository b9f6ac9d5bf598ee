import { describe, expect, it, test } from 'vitest';
import { detectDelimiter, parseCsv, toCsv } from '../../../core/parse/csv.ts';
import { concat, cp1251, koi8r } from './helpers.ts';

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, embedded newlines and line numbers', () => {
    const text =
      'Name,Email,Note\r\n"Коваль, Олена",olena@x.ua,"рядок 1\r\nрядок 2"\r\nИван,"ivan@x.ua","said ""hi"""\r\n';
    const parsed = parseCsv(text);
    expect(parsed.header).toEqual(['Name', 'Email', 'Note']);
    expect(parsed.rows).toEqual([
      { line: 2, cells: ['Коваль, Олена', 'olena@x.ua', 'рядок 1\r\nрядок 2'] },
      { line: 4, cells: ['Иван', 'ivan@x.ua', 'said "hi"'] },
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('reports an unterminated quote and a wrong cell count, and keeps the other rows', () => {
    const text = ['a,b,c', '1,2,3', '4,"five,6', '7,8,9', '10,11', '12,13,14'].join('\n');
    const parsed = parseCsv(text);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(parsed.rows.map((r) => r.cells[0])).toEqual(['1', '4', '7', '10', '12']);
    expect(parsed.problems).toEqual([
      {
        line: 3,
        reason: 'Line 3: a quote opened in this row is never closed',
        because: { code: 'csv.quote' },
      },
      {
        line: 5,
        reason: "Line 5: 2 cells where the header has 3; check for a missing or extra ','",
        because: { code: 'csv.cells', params: { count: 2, expected: 3, delimiter: ',' } },
      },
    ]);
  });

  test.each([
    ['windows-1251', cp1251('ФИО;Компания\r\nКузнецов Алексей;ООО «Ветер»\r\n'), ';'],
    ['koi8-r', koi8r('Имя\tФамилия\nИван\tСидоров\n'), '\t'],
    ['utf-8', concat(Uint8Array.of(0xef, 0xbb, 0xbf), "Ім'я,Прізвище\nОлена,Коваль\n"), ','],
  ])('decodes %s and detects the delimiter', (encoding, bytes, delimiter) => {
    const parsed = parseCsv(bytes);
    expect(parsed.encoding).toBe(encoding);
    expect(parsed.delimiter).toBe(delimiter);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.header[0]).toMatch(/^(ФИО|Имя|Ім'я)$/);
  });

  it('honours encoding and delimiter overrides', () => {
    const parsed = parseCsv(cp1251('a;b,c\nх;у,з\n'), { delimiter: ',', encoding: 'windows-1251' });
    expect(parsed.rows[0]?.cells).toEqual(['х;у', 'з']);
  });

  test.each([
    ['a,b;c\n1,2;3', ','],
    ['ФИО;Телефон;Email\nИван, Петр;1;2', ';'],
    ['a\tb\tc\n1\t2\t3', '\t'],
  ])('detectDelimiter(%j)', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it('parses 100,000 rows', () => {
    const rows: string[][] = [['name', 'email', 'note']];
    for (let i = 0; i < 100_000; i++)
      rows.push([`Іван ${i}`, `ivan${i}@x.ua`, i % 7 === 0 ? 'два\nрядки, "лапки"' : 'ok']);
    const parsed = parseCsv(toCsv(rows));
    expect(parsed.rows).toHaveLength(100_000);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[99_999]?.cells[1]).toBe('ivan99999@x.ua');
  });
});

describe('toCsv', () => {
  it('quotes only when needed, uses CRLF and an optional BOM', () => {
    const out = toCsv(
      [
        ["Ім'я", 'Нотатка'],
        ['Коваль, Олена', 'каже "так"'],
        ['Іван', 'два\nрядки'],
      ],
      { delimiter: ';', bom: true },
    );
    expect(out).toBe('\ufeffІм\'я;Нотатка\r\nКоваль, Олена;"каже ""так"""\r\nІван;"два\nрядки"\r\n');
    expect(parseCsv(out.replace('\ufeff', '')).rows.map((r) => r.cells)).toEqual([
      ['Коваль, Олена', 'каже "так"'],
      ['Іван', 'два\nрядки'],
    ]);
  });
});
