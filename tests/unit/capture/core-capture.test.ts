import { describe, expect, it, test } from 'vitest';
import {
  checkForm,
  companyDraftFromForm,
  draftFromCapture,
  duplicateOffers,
  emptyForm,
  formFromCorrespondent,
  formFromDraft,
  mergeCaptured,
  personDraftFromForm,
  sameName,
  type CaptureForm,
} from '../../../core/capture';
import { companyId, personId } from '../../../core/ids';
import type { Person } from '../../../core/model';
import { IRYNA_SIGNATURE } from './signatures';

const NOW = Date.UTC(2025, 2, 10, 12);
const form = (patch: Partial<CaptureForm>): CaptureForm => ({ ...emptyForm(), ...patch });

describe('a signature becomes a review form', () => {
  const draft = draftFromCapture({ selection: IRYNA_SIGNATURE }, 'UA');
  const f = formFromDraft(draft);

  it('fills every field the signature has', () => {
    expect(f).toMatchObject({
      name: 'Ірина Савченко',
      position: 'Головна бухгалтерка',
      company: 'Світанок Трейд',
      legalForm: 'ТОВ',
      emails: ['iryna.savchenko@svitanok-trade.com.ua'],
      website: 'www.svitanok-trade.com.ua',
      registrationIds: [{ kind: 'edrpou', value: '32855961' }],
    });
    expect(f.phones[0]).toBe('+380503112233');
  });

  it('keeps an invalid phone as written, with its reason', () => {
    expect(f.phones).toContain('044 123 45 6');
    const problems = checkForm(f, 'UA');
    expect(problems[`phones.${f.phones.indexOf('044 123 45 6')}`]).toMatch(/not a valid phone number/);
  });
});

describe('what is captured', () => {
  it('prefers the selection, then the link, then the page', () => {
    const link = { href: 'mailto:petro@agrosvit.com.ua' };
    expect(draftFromCapture({ selection: 'ivan@acme.ua', link }, 'UA').emails[0]?.value).toBe('ivan@acme.ua');
    expect(draftFromCapture({ selection: '  ', link }, 'UA').emails[0]?.value).toBe('petro@agrosvit.com.ua');
  });

  it('takes a page with contact data as the website too', () => {
    const page = {
      selection: '',
      contacts: 'Тарас Бондар\n+380 44 222 33 44\ninfo@bondar.ua',
      url: 'https://bondar.ua/kontakty',
      title: 'Контакти',
    };
    const draft = draftFromCapture({ page }, 'UA');
    expect(draft.website).toBe('https://bondar.ua');
    expect(draft.phones[0]?.value).toBe('+380442223344');
  });

  it('says so when the selection has no contact data', () => {
    const draft = draftFromCapture({ selection: 'Дякуємо за замовлення, чекаємо на вас знову!' }, 'UA');
    expect(draft.empty).toBe(true);
    expect(draft.problems[0]).toMatch(/No name, email, phone or company/);
  });

  it('prefills a thread correspondent, leaving a name that is only the address empty', () => {
    expect(formFromCorrespondent('Петро Гнатюк', 'petro@agrosvit.com.ua')).toMatchObject({
      name: 'Петро Гнатюк',
      emails: ['petro@agrosvit.com.ua'],
    });
    expect(formFromCorrespondent('petro@agrosvit.com.ua', 'petro@agrosvit.com.ua').name).toBe('');
  });
});

describe('checking the form', () => {
  test.each([
    [{ emails: ['ivan@'] }, 'emails.0', /something is missing around the @/],
    [{ phones: ['12'] }, 'phones.0', /too short/],
    [
      { registrationIds: [{ kind: 'edrpou' as const, value: '32855962' }] },
      'registrationIds.0',
      /ЄДРПОУ|check/i,
    ],
    [{}, 'name', /name, an email address or a phone/],
  ])('%o has a problem at %s', (patch, key, reason) => {
    expect(checkForm(form(patch), 'UA')[key]).toMatch(reason);
  });

  it('ignores empty rows', () => {
    expect(checkForm(form({ name: 'Іван', emails: ['', ''], phones: [''] }), 'UA')).toEqual({});
  });
});

describe('form to records', () => {
  it('splits the name, links the company with the position as role, and sets the stage by hand', () => {
    const draft = personDraftFromForm(
      form({
        name: 'Коваль Олена Петрівна',
        position: 'Директорка',
        stage: 'potential',
        tags: 'агро, весна',
        emails: ['O.Koval@Zoria.ua'],
      }),
      { now: NOW, companyId: companyId('c1') },
    );
    expect(draft).toMatchObject({
      displayName: 'Коваль Олена Петрівна',
      givenName: 'Олена',
      familyName: 'Коваль',
      patronymic: 'Петрівна',
      companies: [{ companyId: 'c1', role: 'Директорка', archived: false }],
      stage: { stage: 'potential', setBy: 'hand', since: NOW },
    });
    expect(draft.tags).toEqual(['агро', 'весна']);
  });

  it('gives the company only work domains', () => {
    const company = companyDraftFromForm(
      form({
        company: 'Бондар і партнери',
        emails: ['taras.bondar@gmail.com', 'info@bondar.ua'],
        website: 'https://www.bondar.ua/',
      }),
    );
    expect(company?.domains).toEqual(['bondar.ua']);
    expect(companyDraftFromForm(form({ company: ' ' }))).toBeNull();
  });
});

describe('duplicates', () => {
  test.each([
    ['Olena Koval', 'Олена Коваль', true],
    ['Коваль Олена', 'Олена Коваль', true],
    ['Олена Коваль', 'Олена Петрівна Коваль', true],
    ['Olena', 'Олена Коваль', false],
    ['Олена Ковальчук', 'Олена Коваль', false],
  ])('%s is the same name as %s: %s', (typed, theirs, same) => {
    expect(sameName(typed, theirs)).toBe(same);
  });

  const olena = {
    id: 'p1',
    displayName: 'Олена Коваль',
    emails: ['olena.koval@zoria-agro.com.ua'],
    phones: ['+380671234567'],
  };

  it('offers the person whose email it is, with what is new to her', () => {
    const offers = duplicateOffers(
      form({
        name: 'Олена Коваль',
        emails: ['Olena.Koval@zoria-agro.com.ua', 'o.koval@gmail.com'],
        phones: ['067 123 45 67'],
      }),
      [olena],
      'UA',
    );
    expect(offers).toEqual([
      {
        id: 'p1',
        displayName: 'Олена Коваль',
        strength: 'same',
        reasons: [
          { kind: 'email', value: 'olena.koval@zoria-agro.com.ua' },
          { kind: 'phone', value: '+380671234567' },
          { kind: 'name', value: 'Олена Коваль' },
        ],
        newEmails: ['o.koval@gmail.com'],
        newPhones: [],
      },
    ]);
  });

  it('offers a namesake after a same-address match, and nobody for a stranger', () => {
    const namesake = { id: 'p2', displayName: 'Olena Koval', emails: [], phones: [] };
    const offers = duplicateOffers(
      form({ name: 'Олена Коваль', emails: ['olena.koval@zoria-agro.com.ua'] }),
      [namesake, olena],
      'UA',
    );
    expect(offers.map((o) => [o.id, o.strength])).toEqual([
      ['p1', 'same'],
      ['p2', 'namesake'],
    ]);
    expect(duplicateOffers(form({ name: 'Тарас Бондар' }), [olena], 'UA')).toEqual([]);
  });
});

describe('adding to an existing person', () => {
  const existing: Person = {
    id: personId('p1'),
    displayName: 'Олена Коваль',
    emails: ['olena.koval@zoria-agro.com.ua'],
    phones: [],
    position: 'Директорка',
    tags: ['агро'],
    companies: [],
    custom: {},
    createdAt: 1,
    updatedAt: 1,
  };

  it('fills empty fields, unites lists and never overwrites', () => {
    const { person, changed, kept } = mergeCaptured(
      existing,
      {
        displayName: 'Олена Коваль',
        emails: ['o.koval@gmail.com'],
        phones: ['+380675551234'],
        position: 'Менеджерка',
        manager: 'Оксана',
        tags: ['весна'],
        companies: [],
        custom: {},
      },
      NOW,
    );
    expect(person.emails).toEqual(['olena.koval@zoria-agro.com.ua', 'o.koval@gmail.com']);
    expect(person.phones).toEqual(['+380675551234']);
    expect(person.position).toBe('Директорка');
    expect(person.manager).toBe('Оксана');
    expect(person.tags).toEqual(['агро', 'весна']);
    expect(changed).toEqual(expect.arrayContaining(['emails', 'phones', 'manager', 'tags']));
    expect(kept.join()).toMatch(/Директорка/);
  });
});
