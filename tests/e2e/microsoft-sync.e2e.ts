// Connecting a Microsoft account in real Chromium against the fake login.microsoftonline.com and
// graph.microsoft.com at their real host names: the application id set in Settings, "Connect Microsoft account"
// through identity.launchWebAuthFlow (code + PKCE, redeemed cross-origin), a full delta sync of Inbox and Sent
// Items and the contacts, a new mail found by the next delta and shown on the person's card (his Outlook contact
// merged into him), an access token Graph no longer takes renewed silently with the refresh token, then a
// refresh token at its 24 h end with no silent session: "Needs reconnect" and the toolbar badge, Reconnect, and
// Disconnect (Microsoft has no revocation: the consent hint).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailRoutes } from '../fakes/mail-routes';
import { createMicrosoftFake, type FakeMailbox } from '../fakes/microsoft';
import { outlookPageMailbox } from '../fakes/microsoft/page-mailbox';
import type { FakeServer } from '../fakes/server';
import { badgeOnPage, rowsOnPage, sidebarFrame, type Kartka } from './harness';
import { cardName } from './mail-browser';
import { launchWithMicrosoft } from './microsoft-browser';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000e2e0';
const ME = { name: 'Olena Kovalenko', address: 'olena@contoso.example' };
const IVAN = { name: 'Ivan Petrenko', address: 'ivan@agro-trade.example' };
const PER_FOLDER = 120;
const SYNC = { timeout: 60_000, interval: 300 };

const fake = createMicrosoftFake({ latencyMs: 5 });
let box: FakeMailbox;
let server: FakeServer;
let kartka: Kartka;
let page: Page;
/** Graph's `/me/messages` (the card from Graph's conversationId lookup) asked so far. */
let conversationLookups = 0;

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

beforeAll(async () => {
  box = fake.addWorkUser(ME.address, ME.name);
  // Olena wrote to Ivan (Sent Items: he becomes a client) and to others; others wrote to her (Inbox).
  for (let i = 0; i < PER_FOLDER; i++) {
    box.addMessage('sentitems', {
      conversationId: `AAQkADsent${i % 30}`,
      internetMessageId: `sent-${i}@contoso.example`,
      subject: i === 0 ? 'Комерційна пропозиція' : `Offer ${i}`,
      from: ME,
      to: [i === 0 ? IVAN : { name: `Client ${i % 25}`, address: `client${i % 25}@buyer.example` }],
      cc: [],
      receivedDateTime: at(60 + i * 90),
      sentDateTime: at(60 + i * 90),
      hasAttachments: false,
    });
    box.addMessage('inbox', {
      conversationId: `AAQkADin${i % 30}`,
      internetMessageId: `in-${i}@buyer.example`,
      subject: `Question ${i}`,
      from: { name: `Client ${i % 25}`, address: `client${i % 25}@buyer.example` },
      to: [ME],
      cc: [],
      receivedDateTime: at(30 + i * 90),
      sentDateTime: at(31 + i * 90),
      hasAttachments: false,
    });
  }
  // Ivan is in Olena's Outlook contacts too: his job title comes to his card from there.
  box.addContact('contacts', {
    displayName: IVAN.name,
    jobTitle: 'Head of purchasing',
    emailAddresses: [{ name: IVAN.name, address: IVAN.address }],
  });
  // Maria is in a contact folder under Olena's Contacts: the sync finds the folder and reads it too.
  box.addContact(box.addContactFolder('Suppliers').id, {
    displayName: 'Maria Shevchenko',
    jobTitle: 'Supplier manager',
    emailAddresses: [{ name: 'Maria Shevchenko', address: 'maria@supplier.example' }],
  });
  // Outlook on the web shows the Archive (which the sync does not read): its conversations, by Graph's ids.
  ({ server, kartka, page } = await launchWithMicrosoft(fake, CLIENT_ID, [
    (req) => {
      if (req.host === 'graph.microsoft.com' && /^\/v1\.0\/me\/messages$/iu.test(req.path))
        conversationLookups++;
      return null;
    },
    ...fake.routes,
    ...mailRoutes(Date.now, { graph: () => outlookPageMailbox(box, ME, ['archive']) }),
  ]));
});

afterAll(async () => {
  await kartka?.close();
  await server?.close();
});

const rows = <T>(table: string) => rowsOnPage<T>(page, table);
const panel = () => page.getByRole('article', { name: ME.address });
// The panel's own state (the folder picker below it has a status line of its own).
const state = () => panel().locator('header').getByRole('status').textContent();
const badge = () => badgeOnPage(page);

interface Interaction {
  id: string;
  providerKey?: string;
  rfcMessageId?: string;
  source: string;
}

describe('Connect your Microsoft account', () => {
  it('sets the application id, connects, and syncs Inbox and Sent Items', { timeout: 120_000 }, async () => {
    const ms = page.getByRole('region', { name: 'Microsoft account', exact: true });
    await expect.poll(() => ms.getByText(`https://${kartka.extensionId}.chromiumapp.org/`).count()).toBe(1);
    // The field is saved when it loses focus.
    await ms.getByLabel('Application (client) ID').fill('not-a-guid');
    await ms.getByLabel('Application (client) ID').blur();
    await expect
      .poll(() => ms.getByRole('alert').textContent())
      .toContain('is not an application (client) ID');
    await ms.getByLabel('Application (client) ID').fill(CLIENT_ID);
    await ms.getByLabel('Application (client) ID').blur();
    await expect.poll(() => ms.getByRole('alert').count()).toBe(0);

    await page.getByRole('button', { name: 'Connect Microsoft account' }).click();
    const connected = async () => {
      const alert = page.locator('#accounts').getByRole('alert');
      if (await alert.count()) return alert.first().textContent();
      return (await panel().count()) ? 'connected' : 'waiting';
    };
    await expect.poll(connected, SYNC).toBe('connected');
    await expect.poll(state, SYNC).toBe('Up to date');
    // Signed in with code + PKCE, redeemed once; every Graph request carried ImmutableId.
    expect(fake.login.stats.codeRedeemed).toBe(1);
    expect(fake.graph.stats.withoutImmutableId).toBe(0);
    // Every message of both folders settled once (person:… rows are the people the sync created, contact:… the
    // contacts merged).
    const items = (await rows<{ item: string }>('syncItems'))
      .map((i) => i.item)
      .filter((i) => !i.startsWith('person:') && !i.startsWith('contact:'));
    expect(items.sort()).toEqual([...box.messages.keys()].sort());
    const logged = (await rows<Interaction>('interactions')).filter((i) => i.source === 'graph');
    expect(new Set(logged.map((i) => i.rfcMessageId)).size).toBe(logged.length);
    expect(logged.every((i) => i.providerKey?.startsWith('outlook:'))).toBe(true);
    expect(await panel().textContent()).toMatch(
      /Quota: [\d,]+ of 9,500 Graph requests in the last 10 minutes.*Last success/su,
    );
    expect(await badge()).toBe('');
    // Contacts from every contact folder: the default one and Suppliers, which the listing found.
    expect(await panel().textContent()).toContain(
      'Contacts: 2 contacts · from every Outlook contact folder (2)',
    );
    const maria = (await rows<{ emails: string[]; position?: string }>('people')).find((p) =>
      p.emails.includes('maria@supplier.example'),
    );
    expect(maria?.position).toBe('Supplier manager');
  });

  it('finds a new mail in the next delta and shows it on the card, with the contact merged in', async () => {
    const fresh = box.addMessage('inbox', {
      conversationId: 'AAQkADivan1',
      internetMessageId: 'invoice-42@agro-trade.example',
      subject: 'Рахунок №42',
      from: IVAN,
      to: [ME],
      cc: [],
      receivedDateTime: at(1),
      sentDateTime: at(2),
      hasAttachments: false,
    });
    await panel().getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(
        async () =>
          (await rows<Interaction>('interactions')).filter(
            (i) => i.providerKey === `outlook:${fresh.immutableId}`,
          ).length,
        SYNC,
      )
      .toBe(1);
    const ivan = (await rows<{ id: string; emails: string[] }>('people')).find((p) =>
      p.emails.includes(IVAN.address),
    );
    expect(ivan).toBeDefined();
    const card = await kartka.extensionPage(`app.html#/people/${ivan?.id ?? ''}`);
    await expect.poll(() => card.getByTestId('person-card').textContent(), SYNC).toContain('Рахунок №42');
    // One Ivan: the contact merged into the person his mail made, with the contact's job title.
    expect(
      (await rows<{ emails: string[] }>('people')).filter((p) => p.emails.includes(IVAN.address)),
    ).toHaveLength(1);
    expect(await card.getByTestId('person-card').textContent()).toContain('Head of purchasing');
    await card.close();
  });

  it('syncs an Outlook folder picked in Settings onto the card, and stops it when unpicked', async () => {
    // A folder under a folder, named with markup (a display name is the mailbox owner's text, shown as text).
    const clients = box.addFolder('Clients');
    const agro = box.addFolder('Agro <i>Trade</i>', undefined, { parent: clients.id });
    box.addFolder('Conversation History', undefined, { hidden: true });
    const contract = box.addMessage(agro.id, {
      conversationId: 'AAQkADagro1',
      internetMessageId: 'contract-7@agro-trade.example',
      subject: 'Договір поставки №7',
      from: IVAN,
      to: [ME],
      cc: [],
      receivedDateTime: at(3),
      sentDateTime: at(4),
      hasAttachments: false,
    });
    const folders = panel().getByRole('region', { name: 'Outlook folders' });
    expect(await folders.textContent()).toContain('Inbox and Sent Items are synced.');
    await folders.getByRole('button', { name: 'Choose folders…' }).click();
    const agroBox = folders.getByRole('checkbox', { name: 'Agro <i>Trade</i>', exact: true });
    await expect.poll(() => agroBox.count(), SYNC).toBe(1);
    // Inbox and Sent Items are not a choice; the hidden folder is not listed; the name is text, not markup.
    const inbox = folders.getByRole('checkbox', { name: 'Inbox (always synced)' });
    expect(await inbox.isChecked()).toBe(true);
    expect(await inbox.isDisabled()).toBe(true);
    expect(await folders.getByText('Conversation History').count()).toBe(0);
    expect(await folders.locator('i').count()).toBe(0);
    await agroBox.check();
    await folders.getByRole('button', { name: 'Save folders' }).click();
    await expect
      .poll(() => folders.getByRole('status').textContent(), SYNC)
      .toBe('Now syncing Agro <i>Trade</i>.');
    await expect
      .poll(
        async () =>
          (await rows<Interaction>('interactions')).filter(
            (i) => i.providerKey === `outlook:${contract.immutableId}`,
          ).length,
        SYNC,
      )
      .toBe(1);
    await expect.poll(state, SYNC).toBe('Up to date');
    expect(await folders.textContent()).toContain(
      'Inbox, Sent Items and 1 more folder are synced: Agro <i>Trade</i>.',
    );
    const ivan = (await rows<{ id: string; emails: string[] }>('people')).find((p) =>
      p.emails.includes(IVAN.address),
    );
    const card = await kartka.extensionPage(`app.html#/people/${ivan?.id ?? ''}`);
    await expect
      .poll(() => card.getByTestId('person-card').textContent(), SYNC)
      .toContain('Договір поставки №7');
    await card.close();

    // Unpicked: the folder's stream stops, what it synced stays, and the panel says so.
    await folders.getByRole('button', { name: 'Choose folders…' }).click();
    await expect.poll(() => agroBox.isChecked(), SYNC).toBe(true);
    await agroBox.uncheck();
    await folders.getByRole('button', { name: 'Save folders' }).click();
    await expect
      .poll(() => folders.getByRole('status').textContent(), SYNC)
      .toBe('Stopped syncing Agro <i>Trade</i>. The messages already synced from it stay in the base.');
    const later = box.addMessage(agro.id, {
      conversationId: 'AAQkADagro2',
      internetMessageId: 'contract-8@agro-trade.example',
      subject: 'Договір №8',
      from: IVAN,
      to: [ME],
      cc: [],
      receivedDateTime: at(1),
      sentDateTime: at(1),
      hasAttachments: false,
    });
    const deltaPages = fake.graph.stats.deltaPages;
    await panel().getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => fake.graph.stats.deltaPages > deltaPages, SYNC).toBe(true);
    await expect.poll(state, SYNC).toBe('Up to date');
    const keys = (await rows<Interaction>('interactions')).map((i) => i.providerKey);
    expect(keys).toContain(`outlook:${contract.immutableId}`);
    expect(keys).not.toContain(`outlook:${later.immutableId}`);
    const [account] = await rows<{ streams: Record<string, unknown> }>('syncAccounts');
    expect(Object.keys(account?.streams ?? {}).some((s) => s.includes(agro.id))).toBe(false);
    expect(await folders.textContent()).toContain('Inbox and Sent Items are synced.');
  });

  it('builds the sidebar card from Graph when Outlook cannot be read but names the conversation, once', async () => {
    // Archived (a folder the sync does not read): the base does not have it.
    const archived = box.addMessage('archive', {
      conversationId: 'AAQkADreconcile9',
      internetMessageId: 'reconcile-9@agro-trade.example',
      subject: 'Акт звірки за листопад',
      from: IVAN,
      to: [ME],
      cc: [],
      receivedDateTime: at(10),
      sentDateTime: at(11),
      hasAttachments: false,
    });
    expect(
      (await rows<Interaction>('interactions')).some((i) => i.rfcMessageId === archived.internetMessageId),
    ).toBe(false);
    const before = conversationLookups;
    const outlook = await kartka.context.newPage();
    // A changed layout: the reading pane has no readable messages; the URL still names the conversation.
    await outlook.goto('https://outlook.office.com/mail/inbox?mailbox=graph&broken=1');
    const open = async () => {
      await outlook.locator('[role=option]', { hasText: 'Акт звірки за листопад' }).first().click();
      return sidebarFrame(outlook, kartka.extensionId);
    };
    const frame = await open();
    await expect.poll(() => frame.getByTestId('from-api').count(), SYNC).toBe(1);
    await expect.poll(() => cardName(frame).catch(() => ''), SYNC).toBe(IVAN.name);
    expect(await frame.getByTestId('from-api').textContent()).toContain(
      'Read from your Microsoft account, not from the page',
    );
    // Logged once, under the message's immutable Graph id (the folder sync meeting it later adds nothing).
    const logged = (await rows<Interaction>('interactions')).filter(
      (i) => i.rfcMessageId === archived.internetMessageId,
    );
    expect(logged.map((i) => i.providerKey)).toEqual([`outlook:${archived.immutableId}`]);
    expect(conversationLookups).toBe(before + 1);

    // Opened again: the base has it now; Graph is not asked again, nothing is logged twice.
    await outlook.goBack();
    const again = await open();
    await expect.poll(() => cardName(again).catch(() => ''), SYNC).toBe(IVAN.name);
    expect(conversationLookups).toBe(before + 1);
    expect(
      (await rows<Interaction>('interactions')).filter((i) => i.rfcMessageId === archived.internetMessageId),
    ).toHaveLength(1);
    await outlook.close();
  });

  it('renews an access token Graph refuses with the refresh token, silently', async () => {
    const refreshed = fake.login.stats.refreshed;
    fake.login.expireAccessTokens(box.user.id);
    box.addMessage('inbox', {
      conversationId: 'AAQkADivan2',
      internetMessageId: 'renewed-1@agro-trade.example',
      subject: 'After renewal',
      from: IVAN,
      to: [ME],
      cc: [],
      receivedDateTime: at(0.5),
      sentDateTime: at(0.6),
      hasAttachments: false,
    });
    await panel().getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(
        async () =>
          (await rows<Interaction>('interactions')).some(
            (i) => i.rfcMessageId === 'renewed-1@agro-trade.example',
          ),
        SYNC,
      )
      .toBe(true);
    // One renewal for every request the old token was refused on (up to 4 out at once).
    expect(fake.login.stats.refreshed).toBe(refreshed + 1);
    await expect.poll(state, SYNC).toBe('Up to date');
    expect(await badge()).toBe('');
  });

  it('says "Needs reconnect" (and flags the toolbar) when renewal fails; reconnecting resumes', async () => {
    // The refresh token reaches its fixed 24 h end and login.microsoftonline.com wants the user (prompt=none
    // refused), then Graph refuses the access token.
    fake.login.expireRefreshTokens(box.user.id);
    fake.login.silentAllowed = false;
    fake.login.expireAccessTokens(box.user.id);
    const silent = fake.login.stats.silentAuthorize;
    await panel().getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(state, SYNC).toBe('Needs reconnect');
    await expect.poll(badge, SYNC).toBe('!');
    expect(fake.login.stats.silentAuthorize).toBeGreaterThan(silent);

    fake.login.silentAllowed = true;
    await panel().getByRole('button', { name: 'Reconnect' }).click();
    await expect.poll(state, SYNC).toBe('Up to date');
    await expect.poll(badge, SYNC).toBe('');
    expect(fake.login.stats.codeRedeemed).toBe(2);
  });

  it('disconnects keeping what was synced, and says where to remove the consent', async () => {
    const before = (await rows<Interaction>('interactions')).length;
    await panel().getByRole('button', { name: 'Disconnect' }).click();
    await panel().getByRole('button', { name: 'Disconnect, keep what was synced' }).click();
    await expect
      .poll(() => page.locator('#accounts').getByRole('status').last().textContent(), SYNC)
      .toMatch(/^Disconnected olena@contoso\.example\. .*myapps\.microsoft\.com/u);
    expect(await panel().count()).toBe(0);
    expect(await rows('syncAccounts')).toEqual([]);
    expect((await rows<Interaction>('interactions')).length).toBe(before);
  });
});
