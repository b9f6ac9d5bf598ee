// Google contacts in real Chromium against the fake People API at its real host name: one connect brings both
// contact lists into the base beside mail; a contact that shares only a phone with a client the user added (under
// another name) is offered as a possible duplicate, never merged; a field the user edited on the card survives the
// contact's change in Google while Google's own field follows it; a contact deleted in Google leaves the person in
// the base with the "Deleted in Google contacts" mark on the card.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGoogle } from '../fakes/google/fake-google';
import { letter, type Correspondent } from '../fakes/google/generate';
import type { FakeContact } from '../fakes/google/people';
import { startFakeServer, type FakeServer } from '../fakes/server';
import { launchKartka, rowsOnPage, type Kartka } from './harness';

const CLIENT_ID = '123456789012-kartkae2econtacts.apps.googleusercontent.com';
const ME: Correspondent = { name: 'Іван Петренко', address: 'ivan@kartka-test.com.ua' };
const PHONE = '+380671234567';
/** A sync in real time on a shared machine: generous for a slow run, never slept through (conditions only). */
const SYNC = { timeout: 60_000, interval: 250 };

const fake = new FakeGoogle({ costModel: 'before-2026-05' });
const book = fake.book(ME.address);
let olenaContact: FakeContact;
let server: FakeServer;
let kartka: Kartka;
let settings: Page;

interface Person {
  id: string;
  displayName?: string;
  emails: string[];
  phones: string[];
  position?: string;
  city?: string;
  deletedAtSource?: Record<string, number>;
  mergedInto?: string;
}

beforeAll(async () => {
  // One letter so the mail stream has something to settle beside the contacts.
  fake
    .user(ME.address)
    .add(
      letter(
        ME,
        { name: 'Марія Шевчук', address: 'maria@elevator.com.ua' },
        true,
        Date.now() - 3_600_000,
        'Договір',
        'contract-1@kartka-test.com.ua',
      ),
    );
  olenaContact = book.put('connections', {
    names: [{ displayName: 'Олена Коваль', givenName: 'Олена', familyName: 'Коваль' }],
    emailAddresses: [{ value: 'olena.koval@agro-trade.com.ua' }],
    organizations: [{ name: 'Агро Трейд', title: 'Закупівлі' }],
    addresses: [{ city: 'Київ' }],
  });
  book.put('connections', {
    names: [{ displayName: 'Анна Бойко' }],
    phoneNumbers: [{ value: '067 123 45 67', canonicalForm: PHONE }],
  });
  book.put('otherContacts', {
    names: [{ displayName: 'Марко Лисенко' }],
    emailAddresses: [{ value: 'marko@buyer.com.ua' }],
  });
  server = await startFakeServer([fake.route]);
  // The auth window and the service worker are not pages: they need the flag besides ignoreHTTPSErrors.
  kartka = await launchKartka({ server, extraArgs: ['--ignore-certificate-errors'] });
  fake.oauth.registerClient(CLIENT_ID, [`https://${kartka.extensionId}.chromiumapp.org/`]);
  fake.oauth.signIn(ME.address);
  settings = await kartka.extensionPage('app.html#/settings');
});

afterAll(async () => {
  await kartka?.close();
  await server?.close();
});

const people = async () =>
  (await rowsOnPage<Person>(settings, 'people')).filter((p) => p.mergedInto === undefined);
const named = async (name: string) => (await people()).find((p) => p.displayName === name);
const panel = () => settings.getByRole('article', { name: ME.address });
const state = () => panel().getByRole('status').textContent();

describe('Google contacts', () => {
  it('connects: both lists come into the base, a phone-only match is a possible duplicate', async () => {
    // A client the user added by hand, sharing only Anna's phone.
    const clients = await kartka.extensionPage('app.html#/clients');
    await clients.getByRole('button', { name: 'New client' }).click();
    const dialog = clients.getByRole('dialog', { name: 'New client' });
    await dialog.getByTestId('name').fill('Петро Сидоренко');
    await dialog.getByTestId('phones.0').fill(PHONE);
    await dialog.getByTestId('name').press('Enter');
    await expect.poll(async () => (await named('Петро Сидоренко'))?.phones).toEqual([PHONE]);
    await clients.close();

    const prefs = settings.getByRole('region', { name: 'Sync settings', exact: true });
    await prefs.getByLabel('Google OAuth client id').fill(CLIENT_ID);
    await prefs.getByRole('button', { name: 'Save' }).click();
    await prefs.getByLabel('Gmail quota of the Cloud project').selectOption('before-2026-05');
    await settings.getByRole('button', { name: 'Connect Google account' }).click();
    await expect.poll(() => panel().count(), SYNC).toBe(1);
    await expect.poll(state, SYNC).toBe('Up to date');
    await expect.poll(() => panel().textContent(), SYNC).toContain('Contacts: 3 contacts');

    const all = await people();
    const names = all.map((p) => p.displayName).sort();
    expect(names).toEqual(['Анна Бойко', 'Марко Лисенко', 'Марія Шевчук', 'Олена Коваль', 'Петро Сидоренко']);
    expect(all.find((p) => p.displayName === 'Олена Коваль')).toMatchObject({
      emails: ['olena.koval@agro-trade.com.ua'],
      position: 'Закупівлі',
      city: 'Київ',
    });
    const anna = all.find((p) => p.displayName === 'Анна Бойко');
    const petro = all.find((p) => p.displayName === 'Петро Сидоренко');
    expect(anna?.phones).toEqual([PHONE]);
    const pairs = await rowsOnPage<{ a: string; b: string }>(settings, 'possibleDuplicates');
    expect(pairs.map((d) => [d.a, d.b].sort())).toEqual([[anna?.id, petro?.id].sort()]);
  });

  it('keeps a field the user edited on the card when the contact changes in Google', async () => {
    const olena = await named('Олена Коваль');
    const card = await kartka.extensionPage(`app.html#/people/${olena?.id ?? ''}`);
    const view = card.getByTestId('person-card');
    await view.getByRole('button', { name: /^Position/ }).click();
    await view.getByRole('textbox', { name: 'Position' }).fill('Керівниця відділу');
    await view.getByRole('textbox', { name: 'Position' }).press('Enter');
    await expect.poll(async () => (await named('Олена Коваль'))?.position).toBe('Керівниця відділу');
    // The field's label says where its value came from.
    await expect
      .poll(() => view.getByText('Position', { exact: true }).getAttribute('title'))
      .toMatch(/^Edited by you on /u);
    expect(await view.getByText('City', { exact: true }).getAttribute('title')).toMatch(
      new RegExp(`^From Google contacts \\(${ME.address.replace(/\./gu, '\\.')}\\) on `, 'u'),
    );

    book.put('connections', {
      ...olenaContact,
      organizations: [{ name: 'Нова Ферма', title: 'Головна бухгалтерка' }],
      addresses: [{ city: 'Одеса' }],
    });
    await panel().getByRole('button', { name: 'Sync now' }).click();
    // Google's own field follows the change: that is the sync having applied the contact…
    await expect.poll(async () => (await named('Олена Коваль'))?.city, SYNC).toBe('Одеса');
    // …and the user's edit stayed, in the base and on the open card.
    expect((await named('Олена Коваль'))?.position).toBe('Керівниця відділу');
    await expect.poll(() => view.getByRole('button', { name: /^City/ }).textContent(), SYNC).toBe('Одеса');
    expect(await view.getByRole('button', { name: /^Position/ }).textContent()).toBe('Керівниця відділу');
    // She moved to another company in Google, and the link Google set follows; the old one is kept as former.
    const links = card.getByRole('region', { name: 'Companies' });
    await expect
      .poll(() => links.getByRole('link').allTextContents(), SYNC)
      .toEqual(['Нова Ферма', 'Агро Трейд']);
    expect(await links.getByRole('heading', { level: 3 }).textContent()).toBe('Former companies');
    await card.close();
  });

  it('marks a contact deleted in Google on the card; the person stays', async () => {
    await expect.poll(state, SYNC).toBe('Up to date');
    book.remove('connections', olenaContact.resourceName);
    await panel().getByRole('button', { name: 'Sync now' }).click();
    const olena = await named('Олена Коваль');
    await expect
      .poll(async () => Object.keys((await named('Олена Коваль'))?.deletedAtSource ?? {}), SYNC)
      .toEqual([`google:${ME.address}`]);
    const card = await kartka.extensionPage(`app.html#/people/${olena?.id ?? ''}`);
    const mark = card.getByTestId('source-deleted');
    await expect
      .poll(() => mark.textContent().catch(() => ''), SYNC)
      .toMatch(
        new RegExp(`^Deleted in Google contacts on .+ \\(${ME.address.replace(/\./gu, '\\.')}\\)`, 'u'),
      );
    expect(await mark.getAttribute('role')).toBe('note');
    // Only the deleted contact is marked.
    const others = (await people()).filter((p) => p.deletedAtSource !== undefined);
    expect(others.map((p) => p.displayName)).toEqual(['Олена Коваль']);
    await card.close();
  });
});
