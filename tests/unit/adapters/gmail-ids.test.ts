import { describe, expect, test } from 'vitest';
import {
  decodeUrlToken,
  decimalToHex,
  encodeUrlToken,
  gmailIdFromAttribute,
  parseGmailUrl,
} from '../../../integrations/gmail/ids';

const HEX = '19f82b4e90a11791';
const DEC = '1871293261606360977';
const TOKEN = 'FMfcgzQhVWwLZMnDwNWCdxPKKSXRLgKp';

describe('Gmail ids', () => {
  test('decimal and hex forms of the same id meet', () => {
    expect(decimalToHex(DEC)).toBe(HEX);
    expect(decimalToHex('12ab')).toBeNull();
  });

  test.each([
    ['#msg-f:1871293261606360977', HEX],
    ['thread-f:1871293261606360977', HEX],
    ['#msg-a:r-2735104936720011842', 'msg-a:r-2735104936720011842'],
    ['thread-a:r-2735104936720011842', 'thread-a:r-2735104936720011842'],
    [HEX, HEX],
    ['undefined', null],
    ['', null],
    [null, null],
    ['#msg-f:notanumber', null],
  ])('attribute %j -> %j', (value, expected) => {
    expect(gmailIdFromAttribute(value)).toBe(expected);
  });

  test('the URL token from MAIL-PAGES.md decodes to the API thread id, and back', () => {
    expect(decodeUrlToken(TOKEN)).toBe(HEX);
    expect(encodeUrlToken(HEX)).toBe(TOKEN);
  });

  test.each(['18c4d2a7b3e5f001', '1900aa11bb22cc01', 'ffffffffffffffff', '1000000000000000'])(
    'token round trip for %s',
    (hex) => {
      const token = encodeUrlToken(hex);
      expect(token).toMatch(/^[BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz]+$/);
      expect(decodeUrlToken(token ?? '')).toBe(hex);
    },
  );

  test.each(['inbox', 'FMfcgz', 'FMfcgzQhVWwLZMnDwNWCdxPKKSXRLgKa1', 'AAAAAAAAAAAAAAAAAAAAAAAA'])(
    'not a token: %s',
    (s) => {
      expect(decodeUrlToken(s)).toBeNull();
    },
  );
});

describe('Gmail routes', () => {
  test.each([
    ['https://mail.google.com/mail/u/0/#inbox/' + HEX, 0, 'inbox', HEX, 'inbox/' + HEX],
    ['https://mail.google.com/mail/u/3/#label/Clients%2FAcme/' + HEX, 3, 'label', HEX, 'label/*/' + HEX],
    ['https://mail.google.com/mail/u/0/#category/promotions/' + HEX, 0, 'category', HEX, 'category/*/' + HEX],
    ['https://mail.google.com/mail/u/0/#search/invoice+ivan/' + HEX, 0, 'search', HEX, 'search/*/' + HEX],
    ['https://mail.google.com/mail/u/0/#sent/' + HEX, 0, 'sent', HEX, 'sent/' + HEX],
    ['https://mail.google.com/mail/u/0/#all/' + HEX, 0, 'all', HEX, 'all/' + HEX],
    ['https://mail.google.com/mail/u/0/#starred/' + HEX, 0, 'starred', HEX, 'starred/' + HEX],
    ['https://mail.google.com/mail/u/1/#inbox/' + TOKEN, 1, 'inbox', HEX, 'inbox/' + HEX],
    ['https://mail.google.com/mail/#inbox/' + HEX, null, 'inbox', HEX, 'inbox/' + HEX],
    ['https://mail.google.com/mail/u/0/?view=btop&th=%23thread-f%3A' + DEC, 0, '', HEX, '?th/' + HEX],
    ['https://mail.google.com/mail/u/0/#inbox', 0, 'inbox', null, 'inbox'],
    ['https://mail.google.com/mail/u/0/#inbox/p2', 0, 'inbox', null, 'inbox'],
    ['https://mail.google.com/mail/u/0/#label/Clients', 0, 'label', null, 'label/*'],
    ['https://mail.google.com/mail/u/0/#search/' + HEX, 0, 'search', null, 'search/*'],
    ['https://mail.google.com/mail/u/0/#settings/general', 0, 'settings', null, 'settings'],
  ])('%s', (href, accountIndex, view, threadId, redacted) => {
    expect(parseGmailUrl(new URL(href))).toEqual({ accountIndex, view, threadId, redacted });
  });
});
