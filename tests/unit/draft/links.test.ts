import { describe, expect, test } from 'vitest';
import { NOTHING_FOUND, parseLink } from '../../../core/draft/index.ts';
import { expected, summary, type Summary } from './summary.ts';

const UA = { defaultRegion: 'UA' };

describe('parseLink', () => {
  test.each<[string, string | undefined, Partial<Summary>]>([
    ['mailto:ivan@x.ua', undefined, { emails: ['ivan@x.ua'] }],
    ['MAILTO:Ivan.Petrenko@Firma.UA', 'Ivan.Petrenko@Firma.UA', { emails: ['ivan.petrenko@firma.ua'] }],
    [
      'mailto:ivan@x.ua,petro@x.ua?subject=%D0%9F%D1%80%D0%B8%D0%B2%D1%96%D1%82&cc=olena@y.ua&bcc=boss@y.ua',
      undefined,
      { emails: ['ivan@x.ua', 'petro@x.ua', 'olena@y.ua', 'boss@y.ua'] },
    ],
    ['mailto:?to=sales%40acme.com&subject=Hi', undefined, { emails: ['sales@acme.com'] }],
    ['mailto:o.koval+crm@gmail.com', undefined, { emails: ['o.koval+crm@gmail.com'] }],
    [
      'mailto:%D0%86%D0%B2%D0%B0%D0%BD%20%D0%9F%D0%B5%D1%82%D1%80%D0%B5%D0%BD%D0%BA%D0%BE%20%3Civan@x.ua%3E',
      undefined,
      { fullName: 'Іван Петренко', givenName: 'Іван', familyName: 'Петренко', emails: ['ivan@x.ua'] },
    ],
    [
      'mailto:ivan@x.ua',
      'Іван Петренко',
      { fullName: 'Іван Петренко', givenName: 'Іван', familyName: 'Петренко', emails: ['ivan@x.ua'] },
    ],
    ['mailto:ivan@gmail', undefined, { emails: ['!ivan@gmail'] }],
    ['tel:+380671234567', undefined, { phones: ['+380671234567'] }],
    [
      'tel:+380-67-123-45-67',
      'Олена Коваль',
      { fullName: 'Олена Коваль', givenName: 'Олена', familyName: 'Коваль', phones: ['+380671234567'] },
    ],
    ['tel:%2B380%2067%20123%2045%2067', undefined, { phones: ['+380671234567'] }],
    ['tel:+14155550134;ext=12', undefined, { phones: ['+14155550134;ext=12'] }],
    ['tel:0671234567', '067 123 45 67', { phones: ['+380671234567'] }],
    ['tel:12345', undefined, { phones: ['!12345'] }],
    ['viber://chat?number=%2B380671234567', undefined, { phones: ['+380671234567'] }],
    ['whatsapp://send?phone=380671234567', undefined, { phones: ['+380671234567'] }],
    ['https://wa.me/380671234567', undefined, { phones: ['+380671234567'] }],
    [
      'https://www.linkedin.com/in/ivan-petrenko/?utm_source=share',
      'Ivan Petrenko',
      {
        fullName: 'Ivan Petrenko',
        givenName: 'Ivan',
        familyName: 'Petrenko',
        profiles: ['https://www.linkedin.com/in/ivan-petrenko'],
      },
    ],
    [
      'https://www.facebook.com/profile.php?id=100012345678',
      undefined,
      { profiles: ['https://www.facebook.com/profile.php?id=100012345678'] },
    ],
    ['https://t.me/kartka_sales', '@kartka_sales', { profiles: ['https://t.me/kartka_sales'] }],
    [
      'https://instagram.com/romashka.shop/',
      undefined,
      { profiles: ['https://instagram.com/romashka.shop'] },
    ],
    [
      'https://Acme.COM/about?utm_campaign=x#team',
      'Acme Widgets Ltd',
      {
        website: 'https://acme.com/about',
        company: { name: 'Acme Widgets', legalForm: 'Ltd' },
      },
    ],
    [
      'https://romashka.ua/',
      'ТОВ «Ромашка»',
      { website: 'https://romashka.ua', company: { name: 'Ромашка', legalForm: 'ТОВ' } },
    ],
    ['www.kartka.ua', undefined, { website: 'www.kartka.ua' }],
  ])('%s (%s)', (href, text, want) => {
    expect(summary(parseLink(href, text, UA))).toEqual(expected(want));
  });

  test('a link Kartka cannot read is empty and says why', () => {
    const draft = parseLink('javascript:alert(1)', 'Click here', UA);
    expect(draft.empty).toBe(true);
    expect(draft.problems).toEqual([
      NOTHING_FOUND,
      'Kartka reads mailto:, tel: and web links; "javascript:alert(1)" is none of these.',
    ]);
  });

  test('a broken percent-escape is read as written and reported', () => {
    const draft = parseLink('mailto:ivan%ZZ@x.ua', undefined, UA);
    expect(draft.emails).toEqual([{ raw: 'ivan%ZZ@x.ua', value: 'ivan%zz@x.ua', valid: true }]);
    expect(draft.problems).toEqual([
      'The link has a broken %-escape in "ivan%ZZ@x.ua"; it was read as written.',
    ]);
  });

  test('an invalid address in a mailto: link is kept with its reason', () => {
    const [email] = parseLink('mailto:ivan@@x.ua', undefined, UA).emails;
    expect(email).toMatchObject({ raw: 'ivan@@x.ua', valid: false });
    expect(email?.reason).toMatch(/not an email address/u);
  });

  test('a mailto: link without an address says so', () => {
    const draft = parseLink('mailto:?subject=Hello', undefined, UA);
    expect(draft.empty).toBe(true);
    expect(draft.problems).toContain('The mailto: link has no address in it.');
  });
});
