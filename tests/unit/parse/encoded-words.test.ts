import { describe, expect, test } from 'vitest';
import { decodeEncodedWords, parseHeaderParams } from '../../../core/parse/encoded-words.ts';
import { b64, concat, cp1251, koi8r, utf8 } from './helpers.ts';

// "Привіт" in UTF-8 split in the middle of the two-byte "і" across two encoded words.
const privit = utf8('Привіт');
const splitAt = 9; // inside the 2-byte sequence of 'і' (bytes 8..9)

describe('decodeEncodedWords', () => {
  test.each([
    ['=?UTF-8?B?0J7Qu9C10L3QsA==?=', 'Олена'],
    ['=?utf-8?q?=D0=9E=D0=BB=D0=B5=D0=BD=D0=B0_=D0=9A?=', 'Олена К'],
    [`=?windows-1251?B?${b64(cp1251('Коваль Олена'))}?=`, 'Коваль Олена'],
    [`=?koi8-r?B?${b64(koi8r('Сидоров'))}?=`, 'Сидоров'],
    [
      `=?UTF-8?B?${b64(privit.subarray(0, splitAt))}?=\r\n =?UTF-8?B?${b64(privit.subarray(splitAt))}?=`,
      'Привіт',
    ],
    [
      `=?UTF-8?B?${b64(privit.subarray(0, splitAt))}?= =?utf-8?Q?${[...privit.subarray(splitAt)].map((b) => `=${b.toString(16).toUpperCase()}`).join('')}?=`,
      'Привіт',
    ],
    ['=?utf-8?q?a?= =?utf-8?q?b?=', 'ab'],
    ['=?utf-8?q?a?= x =?utf-8?q?b?=', 'a x b'],
    ['Re: =?utf-8?B?0J/RgNC40LLRltGC?= again', 'Re: Привіт again'],
    ['=?NONE?B?VEVTVA=?=', 'TEST'],
    ['=?x-unknown?Q?caf=C3=A9?=', 'café'],
    ['=?utf-8?X?broken?=', '=?utf-8?X?broken?='],
    ['=?utf-8?B?', '=?utf-8?B?'],
    ['plain text', 'plain text'],
    ['=?iso-2022-jp?B?GyRCRnxLXDhsGyhC?=', '日本語'],
    ['=?utf-8*uk?Q?=D0=AF?=', 'Я'],
  ])('%s', (input, expected) => {
    expect(decodeEncodedWords(input)).toBe(expected);
  });
});

describe('parseHeaderParams', () => {
  test.each([
    ['attachment; filename="Договір.pdf"', 'Договір.pdf'],
    [`attachment; filename="=?UTF-8?B?${b64('Рахунок №5.xlsx')}?="`, 'Рахунок №5.xlsx'],
    ["attachment; filename*=UTF-8''%D0%A0%D0%B0%D1%85%D1%83%D0%BD%D0%BE%D0%BA.pdf", 'Рахунок.pdf'],
    ["attachment; filename*=windows-1251'ru'%D1%F7%E5%F2.doc", 'Счет.doc'],
    [
      "attachment; filename*0*=UTF-8''%D0%9A%D0%BE%D0%B2; filename*1*=%D0%B0%D0%BB%D1%8C; filename*2=.txt",
      'Коваль.txt',
    ],
    ['attachment; filename*0="long "; filename*1="name.txt"', 'long name.txt'],
    ['attachment; filename="fallback.pdf"; filename*=UTF-8\'\'%D0%AF.pdf', 'Я.pdf'],
    ['attachment; filename="unterminated.pdf', 'unterminated.pdf'],
  ])('%s', (header, expected) => {
    expect(parseHeaderParams(header).params['filename']).toBe(expected);
  });

  test('keeps the main value and lower-cases parameter names', () => {
    const parsed = parseHeaderParams('multipart/mixed; BOUNDARY="a;b"; charset=utf-8');
    expect(parsed).toEqual({ value: 'multipart/mixed', params: { boundary: 'a;b', charset: 'utf-8' } });
  });

  test('builds test bytes correctly', () => {
    expect(concat('a', utf8('б'))).toEqual(Uint8Array.of(0x61, 0xd0, 0xb1));
  });
});
