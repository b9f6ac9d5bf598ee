// Teams chats on the card in real Chromium, against the fake login.microsoftonline.com and graph.microsoft.com at
// their real host names: a work account connected and synced, "Teams chats on the card" turned on in Settings →
// Accounts (a second sign-in adding Chat.ReadBasic + Chat.Read), then each person's card opened: Ivan's shows his
// one-to-one Teams chat (sent and received, the HTML as text), Maria's shows hers and not Ivan's, Petro (no chat)
// is told so; the sidebar's card beside an Outlook thread reads its person's chat too; a card opened again adds
// only what is new; turned off, no card asks Teams.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailRoutes } from '../fakes/mail-routes';
import { createMicrosoftFake, type FakeMailbox } from '../fakes/microsoft';
import type { FakeServer } from '../fakes/server';
import { rowsOnPage, sidebarFrame, type Kartka } from './harness';
import { expectCard } from './mail-browser';
import { launchWithMicrosoft } from './microsoft-browser';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000e2e1';
const ME = { name: 'Olena Kovalenko', address: 'olena@contoso.example' };
const IVAN = { name: 'Ivan Petrenko', address: 'ivan@agro-trade.example', userId: 'u-ivan' };
const MARIA = { name: 'Maria Bondar', address: 'maria@agro-trade.example', userId: 'u-maria' };
const PETRO = { name: 'Petro Savchuk', address: 'petro@agro-trade.example' };
const ACCOUNT = `microsoft:${ME.address}`;
const WAIT = { timeout: 60_000, interval: 300 };

const fake = createMicrosoftFake({ latencyMs: 5 });
let box: FakeMailbox;
let server: FakeServer;
let kartka: Kartka;
let page: Page;

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

beforeAll(async () => {
  box = fake.addWorkUser(ME.address, ME.name);
  // Olena wrote to all three: the sync makes them clients.
  [IVAN, MARIA, PETRO].forEach((to, i) =>
    box.addMessage('sentitems', {
      conversationId: `AAQkADteams${i}`,
      internetMessageId: `offer-${i}@contoso.example`,
      subject: `Offer ${i}`,
      from: ME,
      to: [to],
      cc: [],
      receivedDateTime: at(600 + i),
      sentDateTime: at(600 + i),
      hasAttachments: false,
    }),
  );
  const ivanChat = box.addChat(
    [{ userId: IVAN.userId, displayName: IVAN.name, email: IVAN.address }],
    at(300),
  );
  box.addChatMessage(ivanChat.id, IVAN.userId, 'Can you send the price list?', at(240));
  box.addChatMessage(ivanChat.id, box.user.id, 'Sent it, <b>see the mail</b>', at(230));
  box.addChatMessage(ivanChat.id, IVAN.userId, 'Price agreed, signing Friday', at(220));
  const mariaChat = box.addChat(
    [{ userId: MARIA.userId, displayName: MARIA.name, email: MARIA.address }],
    at(300),
  );
  box.addChatMessage(mariaChat.id, MARIA.userId, 'Delivery slot on Tuesday?', at(200));
  // A group chat with both: never read for a one-to-one card.
  const group = box.addChat(
    [
      { userId: IVAN.userId, displayName: IVAN.name, email: IVAN.address },
      { userId: MARIA.userId, displayName: MARIA.name, email: MARIA.address },
    ],
    at(300),
    'Logistics',
  );
  box.addChatMessage(group.id, MARIA.userId, 'Group chat only', at(100));
  // Microsoft's hosts and the fake Outlook on the web (whose sidebar shows the card too) on one server.
  ({ server, kartka, page } = await launchWithMicrosoft(fake, CLIENT_ID, [...fake.routes, ...mailRoutes()]));
});

afterAll(async () => {
  await kartka?.close();
  await server?.close();
});

interface Interaction {
  providerKey?: string;
  personIds: string[];
  kind: string;
  snippet?: string;
}

const rows = <T>(table: string) => rowsOnPage<T>(page, table);
const teamsRows = async () =>
  (await rows<Interaction>('interactions')).filter((i) => i.providerKey?.startsWith('teams:'));
const personId = async (address: string) =>
  (await rows<{ id: string; emails: string[] }>('people')).find((p) => p.emails.includes(address))?.id ?? '';

async function openCard(address: string): Promise<Page> {
  const card = await kartka.extensionPage(`app.html#/people/${await personId(address)}`);
  await card.getByTestId('person-card').waitFor();
  return card;
}

describe('Teams chats on the card', () => {
  it(
    'connects a work account and turns Teams on with the chat permissions',
    { timeout: 120_000 },
    async () => {
      const ms = page.getByRole('region', { name: 'Microsoft account', exact: true });
      await ms.getByLabel('Application (client) ID').fill(CLIENT_ID);
      await ms.getByLabel('Application (client) ID').blur();
      await page.getByRole('button', { name: 'Connect Microsoft account' }).click();
      const panel = page.getByRole('article', { name: ME.address });
      await expect.poll(() => panel.getByRole('status').textContent(), WAIT).toBe('Up to date');
      await expect.poll(() => personId(PETRO.address), WAIT).not.toBe('');

      const accounts = page.locator('#accounts');
      const option = accounts.getByRole('checkbox', { name: 'Teams chats on the card' });
      expect(await option.isChecked()).toBe(false);
      const redeemed = fake.login.stats.codeRedeemed;
      // The box shows what is stored: it turns on once Microsoft granted the chat permissions, not on the click.
      await option.click();
      await expect
        .poll(() => accounts.getByText(`Teams chats on the card are on for ${ME.address}.`).count(), WAIT)
        .toBe(1);
      // A second sign-in, this time with the chat scopes.
      expect(fake.login.stats.codeRedeemed).toBe(redeemed + 1);
      await expect.poll(() => option.isChecked(), WAIT).toBe(true);
      const settings = await rows<{ key: string; value: { microsoft?: { teamsAccounts: string[] } } }>(
        'meta',
      );
      expect(settings.find((r) => r.key === 'settings')?.value.microsoft?.teamsAccounts).toEqual([ACCOUNT]);
    },
  );

  it('shows Ivan’s chat on his card, Maria’s on hers, and tells Petro’s there is none', async () => {
    const ivan = await openCard(IVAN.address);
    const ivanCard = ivan.getByTestId('person-card');
    await expect.poll(() => ivanCard.textContent(), WAIT).toContain('Price agreed, signing Friday');
    const text = (await ivanCard.textContent()) ?? '';
    expect(text).toContain('Teams message received');
    expect(text).toContain('Teams message sent');
    // The user's own message: what was typed, markup included, shown as text (no element made of it).
    expect(text).toContain('Sent it, <b>see the mail</b>');
    expect(await ivanCard.getByText('see the mail', { exact: true }).count()).toBe(0);
    expect(text).not.toContain('Delivery slot on Tuesday?');
    expect(text).not.toContain('Group chat only');
    await expect
      .poll(() => ivan.getByText(`Teams (${ME.address}): checked, 3 new messages.`).count(), WAIT)
      .toBe(1);

    const maria = await openCard(MARIA.address);
    await expect
      .poll(() => maria.getByTestId('person-card').textContent(), WAIT)
      .toContain('Delivery slot on Tuesday?');
    const mariaText = (await maria.getByTestId('person-card').textContent()) ?? '';
    expect(mariaText).not.toContain('Price agreed');
    expect(mariaText).not.toContain('Group chat only');

    const petro = await openCard(PETRO.address);
    await expect
      .poll(
        () => petro.getByText(`Teams (${ME.address}): no one-to-one chat with this person.`).count(),
        WAIT,
      )
      .toBe(1);

    const logged = await teamsRows();
    expect(logged).toHaveLength(4);
    const ivanId = await personId(IVAN.address);
    const mariaId = await personId(MARIA.address);
    expect(logged.filter((i) => i.personIds.includes(ivanId))).toHaveLength(3);
    expect(logged.filter((i) => i.personIds.includes(mariaId))).toHaveLength(1);
    expect(logged.every((i) => i.kind === 'chat')).toBe(true);
    await Promise.all([ivan.close(), maria.close(), petro.close()]);
  });

  it('reads the chat on the sidebar’s card beside an Outlook thread', { timeout: 60_000 }, async () => {
    // The demo Outlook thread's correspondent (core/demo/threads.ts) has a Teams chat with the user too.
    const olena = {
      userId: 'u-olena-koval',
      displayName: 'Олена Коваль',
      email: 'olena.koval@zoria-agro.com.ua',
    };
    const chat = box.addChat([olena], at(300));
    box.addChatMessage(chat.id, olena.userId, 'Насіння відвантажено сьогодні', at(50));
    const tab = await kartka.context.newPage();
    await tab.goto('https://outlook.office.com/mail/inbox');
    await tab.locator('[role=option]', { hasText: 'Замовлення насіння на весну' }).first().click();
    const frame = await sidebarFrame(tab, kartka.extensionId);
    await expectCard(frame, 'Олена Коваль');
    const body = () => frame.locator('body').textContent();
    await expect.poll(body, WAIT).toContain('Насіння відвантажено сьогодні');
    const text = (await body()) ?? '';
    expect(text).toContain('Teams message received');
    expect(text).not.toContain('Price agreed');
    expect(fake.graph.stats.chatRequests.get(chat.id)).toHaveLength(1);
    await tab.close();
  });

  it('adds only what is new when a card opens again, and asks nothing once Teams is off', async () => {
    const ivanChat = box.chats.find(
      (c) => c.members.some((m) => m.userId === IVAN.userId) && c.chatType === 'oneOnOne',
    );
    if (!ivanChat) throw new Error('no chat with Ivan');
    box.addChatMessage(ivanChat.id, IVAN.userId, 'Contract signed', at(1));
    const again = await openCard(IVAN.address);
    await expect
      .poll(() => again.getByTestId('person-card').textContent(), WAIT)
      .toContain('Contract signed');
    // Ivan's three, Maria's one, the sidebar's Olena's one, and the new one: each once.
    await expect.poll(async () => (await teamsRows()).length, WAIT).toBe(6);
    expect(new Set((await teamsRows()).map((i) => i.providerKey)).size).toBe(6);
    await again.close();

    const option = page.locator('#accounts').getByRole('checkbox', { name: 'Teams chats on the card' });
    await option.click();
    await expect
      .poll(
        () =>
          page
            .getByText(`Teams chats on the card are off for ${ME.address}: nothing more is read from Teams.`)
            .count(),
        WAIT,
      )
      .toBe(1);
    const asked = fake.graph.stats.chatRequests.get(ivanChat.id)?.length ?? 0;
    box.addChatMessage(ivanChat.id, IVAN.userId, 'Not read: Teams is off', at(0.5));
    const off = await openCard(IVAN.address);
    await expect.poll(() => off.getByTestId('person-card').textContent(), WAIT).toContain('Contract signed');
    expect(await off.getByText('Checking Teams chats…').count()).toBe(0);
    expect(fake.graph.stats.chatRequests.get(ivanChat.id)?.length ?? 0).toBe(asked);
    expect((await off.getByTestId('person-card').textContent()) ?? '').not.toContain(
      'Not read: Teams is off',
    );
    await off.close();
  });
});
