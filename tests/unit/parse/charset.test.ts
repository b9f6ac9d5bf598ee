import { describe, expect, test } from 'vitest';
import { decodeBytes, detectEncoding } from '../../../core/parse/charset.ts';
import { findMojibake } from '../../../core/parse/mojibake.ts';
import { concat, cp1251, encodeSingleByte, koi8r, utf8 } from './helpers.ts';

const russian = 'Здравствуйте, Иван Петрович! Высылаю счёт на оплату за март.';
const ukrainian = 'Добрий день, пані Олено. Надсилаю рахунок і договір, чекаю на підпис.';
const shortName = 'Коваль Олена';

describe('detectEncoding', () => {
  test.each([
    ['utf-8', utf8(russian)],
    ['utf-8', utf8('plain ascii')],
    ['windows-1251', cp1251(russian)],
    ['windows-1251', cp1251(ukrainian)],
    ['windows-1251', cp1251(shortName)],
    ['koi8-r', koi8r(russian)],
    ['koi8-r', koi8r('Сидоров Иван')],
    ['ibm866', encodeSingleByte(russian, 'ibm866')],
    ['windows-1252', encodeSingleByte('Grüße aus München, Müller', 'windows-1252')],
    ['utf-8', concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(shortName))],
    ['utf-16le', Uint8Array.of(0xff, 0xfe, 0x1a, 0x04)],
    ['utf-16le', new Uint8Array(Buffer.from('Name,Email\r\nIvan,i@x.ua', 'utf16le'))],
  ])('%s', (expected, bytes) => {
    expect(detectEncoding(bytes)).toBe(expected);
  });
});

describe('decodeBytes', () => {
  test.each([
    ['declared and true', cp1251(shortName), 'windows-1251', shortName, 'windows-1251'],
    ['declared UTF-8 but cp1251', cp1251(russian), 'utf-8', russian, 'windows-1251'],
    ['declared us-ascii but 8-bit', koi8r(russian), 'us-ascii', russian, 'koi8-r'],
    ['declared koi8-r but UTF-8', utf8(russian), 'koi8-r', russian, 'utf-8'],
    ['unknown label', cp1251(russian), 'x-no-such-charset', russian, 'windows-1251'],
    [
      'BOM wins',
      concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(shortName)),
      'windows-1251',
      shortName,
      'utf-8',
    ],
    [
      'no label',
      koi8r(ukrainian.replace(/[іїєґ]/g, 'и')),
      undefined,
      ukrainian.replace(/[іїєґ]/g, 'и'),
      'koi8-r',
    ],
  ])('%s', (_, bytes, declared, text, encoding) => {
    expect(decodeBytes(bytes, declared)).toEqual({ text, encoding });
  });
});

describe('findMojibake', () => {
  test.each([
    ['РџСЂРёРІРµС‚', true],
    ['Ð˜Ð²Ð°Ð½', true],
    ['Ã©tÃ©', true],
    ['вЂ” dash', true],
    ['bad \ufffd char', true],
    ['Рівне, Січень', false],
    ['Ñ Ñ Ñ', false],
    ['Jørn Støylen', false],
    ['Олена Коваль', false],
  ])('%s -> %s', (text, garbled) => {
    expect(findMojibake(text) !== null).toBe(garbled);
  });
});
