import { describe, expect, test } from 'vitest';
import {
  DEFAULT_ROLE_LOCAL_PARTS,
  domainOf,
  foldGmail,
  isRoleAddress,
  normalizeEmail,
} from '../../../core/email';
import { isFreemailDomain } from '../../../core/freemail';

describe('normalizeEmail', () => {
  test.each([
    ['Olena.Koval@Acme.COM.UA', 'olena.koval@acme.com.ua'],
    ['  taras+crm@Gmail.com ', 'taras+crm@gmail.com'],
    ['Олена Коваль <O.Koval@Ukr.Net>', 'o.koval@ukr.net'],
    ['mailto:sales@acme.ua', 'sales@acme.ua'],
    ['MAILTO:Sales@Acme.UA', 'sales@acme.ua'],
    ['<mailto:o.koval@acme.ua>', 'o.koval@acme.ua'],
    ['mila@acme.ua', 'mila@acme.ua'],
    ['іван@приклад.укр', 'іван@приклад.укр'],
  ])('%s → %s', (raw, email) => {
    expect(normalizeEmail(raw)).toEqual({ ok: true, email });
  });

  test.each([
    ['', 'empty'],
    ['olena.koval', 'no @'],
    ['olena@', 'missing around the @'],
    ['@acme.ua', 'missing around the @'],
    ['olena..koval@acme.ua', 'two dots'],
    ['olena koval@acme.ua', 'not an email address'],
    ['olena@acme', 'not an email address'],
  ])('%j is rejected (%s)', (raw, why) => {
    const r = normalizeEmail(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(why);
  });
});

describe('foldGmail', () => {
  test.each([
    ['O.Koval+crm@gmail.com', 'okoval@gmail.com'],
    ['o.k.o.v.a.l@googlemail.com', 'okoval@gmail.com'],
    ['o.koval+crm@acme.ua', 'o.koval+crm@acme.ua'],
    ['o.koval@outlook.com', 'o.koval@outlook.com'],
  ])('%s → %s', (raw, folded) => {
    expect(foldGmail(raw)).toBe(folded);
  });
});

describe('isRoleAddress / domainOf / free-mail', () => {
  test.each([
    ['noreply@acme.ua', true],
    ['no-reply@mail.google.com', true],
    ['Info@Acme.UA', true],
    ['support+ticket-42@acme.ua', true],
    ['olena.koval@acme.ua', false],
    ['information@acme.ua', false],
  ])('%s role? %s', (addr, role) => {
    expect(isRoleAddress(addr, DEFAULT_ROLE_LOCAL_PARTS)).toBe(role);
  });

  test.each([
    ['Olena@Acme.COM.UA', 'acme.com.ua'],
    ['weird@name@host.ua', 'host.ua'],
    ['nobody', ''],
  ])('domainOf(%s) = %s', (addr, domain) => {
    expect(domainOf(addr)).toBe(domain);
  });

  test.each([
    ['gmail.com', true],
    ['UKR.NET', true],
    ['i.ua', true],
    ['meta.ua', true],
    ['mail.ru', true],
    ['yandex.ua', true],
    ['icloud.com', true],
    ['acme.ua', false],
    ['novaposhta.ua', false],
  ])('free-mail %s? %s', (domain, free) => {
    expect(isFreemailDomain(domain)).toBe(free);
  });
});
