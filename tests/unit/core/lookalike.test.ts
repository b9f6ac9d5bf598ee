// Addresses that imitate a client's are found by a confusable skeleton; whole-script addresses are not flagged.
import { describe, expect, it } from 'vitest';
import { personId } from '../../../core/ids';
import { lookalikeKeys, mixedScripts } from '../../../core/lookalike';
import { findLookalike } from '../../../storage/lookalike';
import { freshDb, NOW } from '../storage/helpers';

describe('lookalikeKeys', () => {
  it.each([
    ['olena@zоria.ua', 'olena@zoria.ua'], // Cyrillic о in the domain
    ['оlena@zoria.ua', 'olena@zoria.ua'], // Cyrillic о in the local part
    ['olena@zορia.ua', 'olena@zopia.ua'], // Greek ο and ρ
    ['0lena@zoria.ua', 'olena@zoria.ua'], // a zero
  ])('%s may imitate %s', (address, real) => {
    expect(lookalikeKeys(address)).toContain(real);
  });

  it('has nothing for a plain address', () => {
    expect(lookalikeKeys('olena@zoria.ua')).toEqual([]);
  });
});

describe('mixedScripts', () => {
  it.each([
    ['olena@zоria.ua', ['Latin', 'Cyrillic']],
    ['olena@zoria.ua', []],
    ['олена@зоря.укр', []],
    ['olena@зоря.укр', []],
  ])('%s mixes %j', (address, scripts) => {
    expect(mixedScripts(address)).toEqual(scripts);
  });
});

describe('findLookalike', () => {
  it('names the person whose address is imitated, and nobody for their own address', async () => {
    const db = freshDb();
    await db.people.add({
      id: personId('p1'),
      displayName: 'Олена Коваль',
      emails: ['olena@zoria.ua'],
      phones: [],
      tags: [],
      companies: [],
      custom: {},
      createdAt: NOW,
      updatedAt: NOW,
      searchTokens: [],
      gmailKeys: [],
      companyIds: [],
    });
    expect(await findLookalike(db, 'olena@zоria.ua')).toEqual({
      name: 'Олена Коваль',
      address: 'olena@zoria.ua',
    });
    expect(await findLookalike(db, '0lena@zoria.ua')).toEqual({
      name: 'Олена Коваль',
      address: 'olena@zoria.ua',
    });
    expect(await findLookalike(db, 'olena@zoria.ua')).toBeNull();
    expect(await findLookalike(db, 'petro@zoria.ua')).toBeNull();
  });
});
