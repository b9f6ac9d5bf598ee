// Mail from any source is validated before it is logged: no person is made of an address that is not one,
// and invisible characters never split one mailbox into two.
import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref } from '../../../components/card/format';
import { canonicalEmail, normalizeEmail, stripInvisible } from '../../../core/email';
import { clip, safeMessage } from '../../../core/mail-input';
import { normalizeEmail as normalizeImported } from '../../../core/parse/addresses.ts';
import { logMessages } from '../../../storage/interactions';
import { freshDb, ME, NOW, testSettings } from '../storage/helpers';

const HOSTILE = ['"><img src=x onerror=alert(1)>@evil.example', 'javascript:alert(1)//@evil.example', 'a@b'];

describe('invisible characters in addresses', () => {
  it.each([
    'ze\u200bro@firm.ua',
    'zero\u200d@firm.ua',
    '\ufeffzero@firm.ua',
    'zer\u00ado@firm.ua',
    'zero@fi\u2060rm.ua',
  ])('%j keys as zero@firm.ua', (raw) => {
    expect(canonicalEmail(raw)).toBe('zero@firm.ua');
    expect(normalizeEmail(raw)).toEqual({ ok: true, email: 'zero@firm.ua' });
    expect(normalizeImported(raw)).toBe('zero@firm.ua');
  });

  it('strips bidi controls too', () => {
    expect(stripInvisible('\u202eau.mrif@olena')).toBe('au.mrif@olena');
  });
});

describe('safeMessage', () => {
  it('leaves out every address that is not valid', () => {
    const m = safeMessage({
      from: { name: 'x', address: HOSTILE[0] ?? '' },
      to: HOSTILE.map((address) => ({ name: '', address })),
      cc: [{ name: 'Ok', address: 'OK@Firm.ua' }],
      subject: 's'.repeat(5000),
      date: NOW,
      attachmentNames: ['n'.repeat(900)],
    });
    expect(m.from).toBeNull();
    expect(m.to).toEqual([]);
    expect(m.cc).toEqual([{ name: 'Ok', address: 'ok@firm.ua' }]);
    expect(m.subject).toHaveLength(2000);
    expect(m.attachmentNames[0]).toHaveLength(500);
  });

  it('clips without splitting a surrogate pair', () => {
    expect(clip('ab😀cd', 4)).toBe('ab…');
    expect(clip('abc', 4)).toBe('abc');
  });
});

describe('logging from an API or an archive', () => {
  it('creates nobody from an address that is not valid', async () => {
    const db = freshDb();
    const r = await logMessages(
      db,
      HOSTILE.map((address, i) => ({
        providerKey: `gmail:h${i}`,
        from: { name: 'Me', address: ME },
        to: [{ name: 'Evil', address }],
        cc: [],
        subject: 'Hi',
        date: NOW - i,
        attachmentNames: [],
      })),
      testSettings(),
      NOW,
      'gmail-api',
    );
    expect(r.peopleCreated).toBe(0);
    expect(await db.people.count()).toBe(0);
  });
});

describe('links', () => {
  it.each([
    ['olena@zoria.ua', 'mailto:olena@zoria.ua'],
    ['a?bcc=evil@x.example', 'mailto:a%3Fbcc%3Devil@x.example'],
    ['a&body=x#y@x.example', 'mailto:a%26body%3Dx%23y@x.example'],
  ])('mailtoHref(%j) = %j', (address, href) => {
    expect(mailtoHref(address)).toBe(href);
  });

  it('keeps only what a phone number holds in tel:', () => {
    expect(telHref('+380 67 123"><script>')).toBe('tel:+38067123');
  });
});
