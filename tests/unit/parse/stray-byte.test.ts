// One invalid byte in an otherwise UTF-8 file: the file is still UTF-8, the byte shows as �, its line is named.
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectEncoding, utf8Shape } from '../../../core/parse/charset.ts';
import { parseCsv } from '../../../core/parse/csv.ts';
import { parseVCards } from '../../../core/parse/vcard.ts';
import { cp1251 } from './helpers.ts';

const utf8 = new TextEncoder();

/** 50 rows of Cyrillic names, with one byte 0xFF put into row `bad` (a 1-based data row). */
function csvWithStrayByte(bad: number): Uint8Array {
  const rows = ['Ім’я,Місто'];
  for (let i = 1; i <= 50; i++) rows.push(`Олена Коваль ${i},Київ`);
  const bytes = utf8.encode(`${rows.join('\n')}\n`);
  const line = bad + 1; // the header is line 1
  let at = 0;
  for (let l = 1; l < line; l++) at = bytes.indexOf(0x0a, at) + 1;
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes.subarray(0, at + 2), 0);
  out[at + 2] = 0xff;
  out.set(bytes.subarray(at + 2), at + 3);
  return out;
}

describe('a UTF-8 file with a stray byte', () => {
  it('is read as UTF-8, not as KOI8-R, and the line is named', () => {
    const bytes = csvWithStrayByte(17);
    expect(detectEncoding(bytes)).toBe('utf-8');
    const csv = parseCsv(bytes);
    expect(csv.encoding).toBe('utf-8');
    expect(csv.rows.map((r) => r.cells[1])).toEqual(Array.from({ length: 50 }, () => 'Київ'));
    expect(csv.rows[16]?.cells[0]).toContain('�');
    expect(csv.rows[15]?.cells[0]).toBe('Олена Коваль 16');
    expect(csv.problems).toEqual([expect.objectContaining({ line: 18, because: { code: 'file.badBytes' } })]);
  });

  it('still reads a real windows-1251 file as windows-1251', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Олена Коваль ${i},Київ`).join('\n');
    const decoded = decodeBytes(cp1251(text));
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text).toBe(text);
    expect(decoded.replaced).toBeUndefined();
  });

  it('counts well-formed characters and stray bytes, line by line', () => {
    expect(utf8Shape(utf8.encode('аб\nв'))).toEqual({ multibyte: 3, invalid: 0, invalidLines: [] });
    expect(utf8Shape(Uint8Array.from([0xd0, 0xb0, 0x0a, 0xff, 0xc0, 0xaf]))).toEqual({
      multibyte: 1,
      invalid: 3,
      invalidLines: [2],
    });
  });

  it('a vCard keeps its other values and names the line', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Олена Коваль',
      'ORG:Зоря Агро',
      'TITLE:Головна агрономка',
      'NOTE:Любить чай',
      'END:VCARD',
      '',
    ].join('\r\n');
    const bytes = utf8.encode(text);
    const at = bytes.indexOf(0x3a, bytes.indexOf(0x4e, 40)) + 3; // inside the NOTE value
    const broken = new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
    const { cards, problems } = parseVCards(broken);
    expect(cards[0]?.fullName).toBe('Олена Коваль');
    expect(cards[0]?.org).toBe('Зоря Агро');
    expect(cards[0]?.note).toContain('�');
    expect(problems).toEqual([expect.objectContaining({ line: 6, because: { code: 'file.badBytes' } })]);
  });
});
