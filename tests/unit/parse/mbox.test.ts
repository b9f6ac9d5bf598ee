import { describe, expect, it } from 'vitest';
import { isEnvelopeLine, MboxSplitter, parseMbox } from '../../../core/parse/mbox.ts';
import { parseEmlHeaders } from '../../../core/parse/eml.ts';
import { utf8 } from './helpers.ts';

const mbox = [
  'From 1844347792267117879@xxx Wed Jan 08 11:35:42 +0000 2025',
  'From: Олена <olena@x.ua>',
  'Subject: Перше',
  '',
  'Текст.',
  '>From the start of a line, quoted by the writer',
  '>>From twice quoted',
  '',
  'From Russia with love',
  '',
  'From -',
  'From: ivan@x.ua',
  'Subject: Друге',
  '',
  'Body two',
  '',
  'From MAILER-DAEMON Sun Aug  7 11:40:37 2022 extra info',
  'From: third@x.ua',
  '',
  'three',
  '',
].join('\n');

const decode = (b: Uint8Array): string => new TextDecoder().decode(b);

describe('mbox', () => {
  it('splits on envelope lines only, and unquotes >From', () => {
    const messages = parseMbox(utf8(mbox)).map(decode);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain('\nFrom the start of a line');
    expect(messages[0]).toContain('\n>From twice quoted');
    expect(messages[0]).toContain('\nFrom Russia with love');
    expect(messages[0]?.endsWith('From Russia with love\n')).toBe(true);
    expect(messages.map((m) => parseEmlHeaders(utf8(m)).subject)).toEqual(['Перше', 'Друге', '']);
  });

  it('gives the same messages whatever the chunk size', () => {
    const bytes = utf8(mbox);
    const whole = parseMbox(bytes).map(decode);
    for (const size of [1, 2, 3, 7, 64]) {
      const splitter = new MboxSplitter();
      const out: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) out.push(...splitter.push(bytes.slice(i, i + size)));
      out.push(...splitter.end());
      expect(out.map(decode)).toEqual(whole);
    }
  });

  it('handles a BOM, CRLF and a file without a trailing newline', () => {
    const crlf = `\ufeff${mbox.replace(/\n/g, '\r\n').trimEnd()}`;
    const messages = parseMbox(utf8(crlf)).map(decode);
    expect(messages).toHaveLength(3);
    expect(messages[2]).toBe('From: third@x.ua\r\n\r\nthree');
  });

  it('treats a file without envelope lines as one message', () => {
    expect(parseMbox(utf8('From: a@x.ua\n\nhi\n')).map(decode)).toEqual(['From: a@x.ua\n\nhi']);
    expect(parseMbox(new Uint8Array(0))).toEqual([]);
  });

  it.each([
    ['From sender@x.ua Mon Jan  1 00:00:00 2024', true],
    ['From -', true],
    ['From 1844347792267117879@xxx', true],
    ['From Russia with love', false],
    ['From: header', false],
    ['From time to time', false],
  ])('isEnvelopeLine(%j) is %s', (line, expected) => {
    expect(isEnvelopeLine(utf8(line))).toBe(expected);
  });
});
