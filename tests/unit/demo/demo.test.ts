import { describe, expect, it, test } from 'vitest';
import { daysBetween, initialsOf } from '../../../core/card';
import { demoCompanies, demoPeople } from '../../../core/demo/clients';
import { demoMailbox } from '../../../core/demo/threads';
import { normalizeEmail } from '../../../core/email';
import { STAGE_IDS } from '../../../core/lifecycle';
import { normalizePhone } from '../../../core/phones';
import { validateRegistrationId } from '../../../core/requisites';
import { defaultSettings } from '../../../core/settings';
import { threadPreview } from '../../../core/thread-context';

describe('the demo base', () => {
  it('has about thirty people with valid emails, phones and known stages', () => {
    expect(demoPeople.length).toBeGreaterThanOrEqual(28);
    for (const p of demoPeople) {
      expect(normalizeEmail(p.email), p.email).toMatchObject({ ok: true, email: p.email });
      if (p.phone) expect(normalizePhone(p.phone, 'UA'), p.phone).toMatchObject({ ok: true, e164: p.phone });
      expect(STAGE_IDS as readonly string[]).toContain(p.stage);
      if (p.company) expect(demoCompanies.map((c) => c.key)).toContain(p.company);
    }
  });

  it('has registration ids that pass their checksums', () => {
    for (const c of demoCompanies) {
      if (c.edrpou) expect(validateRegistrationId('edrpou', c.edrpou), c.name).toMatchObject({ ok: true });
      if (c.inn) expect(validateRegistrationId('inn', c.inn), c.name).toMatchObject({ ok: true });
    }
  });

  it('builds a mailbox with unique Gmail-style ids whose correspondents are mostly in the base', () => {
    const mailbox = demoMailbox(Date.UTC(2026, 10, 23));
    const ids = mailbox.threads.flatMap((t) => t.messages.map((m) => m.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
    const known = new Set(demoPeople.map((p) => p.email));
    const strangers = mailbox.threads.filter((t) =>
      t.messages.every((m) =>
        [m.from, ...m.to].every((a) => a.address === mailbox.account.address || !known.has(a.address)),
      ),
    );
    expect(strangers.map((t) => t.subject)).toEqual(['Запит на прайс-лист']);
  });
});

describe('card helpers', () => {
  test.each([
    ['Олена Коваль', '', 'ОК'],
    ["Мар'яна Ткачук", '', 'МТ'],
    ['James', '', 'J'],
    ['"Коваль, Олена"', '', 'КО'],
    ['', 'petro@agro.ua', 'P'],
    ['olena@zoria.ua', 'olena@zoria.ua', 'O'],
    ['', '', '?'],
  ])('initials of %j', (name, address, expected) => {
    expect(initialsOf(name, address)).toBe(expected);
  });

  it('counts whole days, never negative', () => {
    expect(daysBetween(0, 86_400_000 * 3 + 5)).toBe(3);
    expect(daysBetween(10, 0)).toBe(0);
  });
});

describe('threadPreview', () => {
  it('names the external correspondents and the main one before anything is logged', () => {
    const settings = { ...defaultSettings(), internalDomains: ['firm.ua'] };
    const preview = threadPreview(
      {
        provider: 'gmail',
        threadId: '19f82b4e90a11791',
        subject: 'Замовлення',
        account: 'Me@Firm.ua',
        messages: [
          {
            providerMessageId: 'a',
            from: { name: 'Олена Коваль', address: 'olena@zoria.ua' },
            to: [{ name: 'Me', address: 'me@firm.ua' }],
            cc: [
              { name: '', address: 'taras@zoria.ua' },
              { name: 'Колега', address: 'boss@firm.ua' },
            ],
            date: 1,
            expanded: true,
          },
          {
            providerMessageId: 'b',
            from: { name: 'Me', address: 'me@firm.ua' },
            to: [{ name: 'Олена', address: 'olena@zoria.ua' }],
            cc: [{ name: 'Тарас Шевченко', address: 'taras@zoria.ua' }],
            date: 2,
            expanded: true,
          },
        ],
      },
      settings,
    );
    expect(preview.threadKey).toBe('gmail:19f82b4e90a11791');
    expect(preview.main).toBe('olena@zoria.ua');
    expect(preview.correspondents).toEqual([
      { address: 'olena@zoria.ua', name: 'Олена Коваль' },
      { address: 'taras@zoria.ua', name: 'Тарас Шевченко' },
    ]);
  });
});
