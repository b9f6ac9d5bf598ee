// The firm's base end to end in real Chromium: a CouchDB-protocol server on loopback (pouchdb-server's stack,
// started here), a firm made with the provisioning library, and two browser profiles — a manager with a base and
// the firm's admin — joining through Settings → Team (preview, backup first, join). An edit on the manager's card
// shows on the admin's open card, and in the sidebar beside the admin's mail (a fake Gmail, the base page closed:
// the sidebar alone keeps the sync live); off-boarding the manager wipes the firm's base from their profile and
// says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { windowStart } from '../../core/team/history-window';
import { createFirm, invite, type Invitation } from '../../tools/team/firm';
import { offboard } from '../../tools/team/handover';
import { startCouch, type TestCouch } from '../fakes/couch/server';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer, type FakeServer } from '../fakes/server';
import { launchKartka, loadDemoBase, sidebarFrame, type Kartka } from './harness';
import { diagnose, inReplica } from './team-diagnose';

const OLENA = 'demo-person-olena';
const GMAIL = 'https://mail.google.com/mail/u/0/';

let server: FakeServer;
let couch: TestCouch;
let ivan: Kartka;
let anna: Kartka;
let ivanPage: Page;
let annaPage: Page;
let firm: string;
let invitations: { ivan: Invitation; anna: Invitation };
/** The profiles' worker consoles from the off-boarding test on, printed when a later team step does not arrive. */
const annaLog: string[] = [];
const ivanLog: string[] = [];

beforeAll(async () => {
  [server, couch] = await Promise.all([startFakeServer(mailRoutes()), startCouch()]);
  firm = couch.firmId('acme');
  const now = Date.now();
  const admin = await createFirm(
    couch.couch,
    { firm, title: 'Acme', admin: { name: 'anna', displayName: 'Анна Адмін', level: 'admin' } },
    now,
  );
  const manager = await invite(
    couch.couch,
    firm,
    { name: 'ivan', displayName: 'Іван', level: 'manager' },
    'anna',
    now,
  );
  invitations = { ivan: manager, anna: admin };
  // Two profiles: two persistent contexts, each its own user-data directory.
  [ivan, anna] = await Promise.all([launchKartka({ server }), launchKartka({ server })]);
});

afterAll(async () => {
  await ivan?.close();
  await anna?.close();
  await couch?.stop();
  await server?.close();
});

/** The state of the profile's team sync as the background stored it (`live` while a page holds the port). */
const syncState = async (kartka: Kartka) =>
  (await kartka.all<{ key: string; value: { state?: string } }>('team')).find((r) => r.key === 'status')
    ?.value.state;

/** Edits Олена's Position on the manager's open card; answers when it was typed in. */
async function editPosition(page: Page, value: string): Promise<number> {
  const card = page.getByTestId('person-card');
  await card.getByRole('button', { name: /^Position/ }).click();
  await card.getByRole('textbox', { name: 'Position' }).fill(value);
  const edited = Date.now();
  await card.getByRole('textbox', { name: 'Position' }).press('Enter');
  return edited;
}

/** Joins as a new member does: Settings → Team, the invitation typed in, Check, a backup, Join. */
async function joinByHand(kartka: Kartka, inv: Invitation, preview: RegExp): Promise<Page> {
  const page = await kartka.extensionPage('app.html#/settings');
  const team = page.getByTestId('team-settings');
  await team.getByLabel('Server', { exact: true }).fill(inv.url);
  await team.getByLabel('Firm', { exact: true }).fill(inv.firm);
  await team.getByLabel('Your name in the firm').fill(inv.name);
  await team.getByLabel('Password', { exact: true }).fill('wrong');
  await team.getByRole('button', { name: 'Check' }).click();
  await expect
    .poll(() => team.getByTestId('team-join-problem').textContent())
    .toBe('The server does not know this name and password. Check them against your invitation.');
  await team.getByLabel('Password', { exact: true }).fill(inv.password);
  await team.getByRole('button', { name: 'Check' }).click();
  await expect.poll(() => team.getByTestId('team-preview').textContent()).toMatch(preview);
  const join = team.getByRole('button', { name: 'Join “Acme”' });
  expect(await join.isDisabled()).toBe(true);
  const download = page.waitForEvent('download');
  await team.getByRole('button', { name: 'Download a backup' }).click();
  expect((await download).suggestedFilename()).toMatch(/^kartka-backup-.+\.json$/u);
  await join.click();
  await expect
    .poll(() => team.getByTestId('team-sync').getAttribute('data-state'), { timeout: 20_000 })
    .toMatch(/^(live|current)$/u);
  expect(await team.getByTestId('team-last-sync').textContent()).not.toContain('never');
  return page;
}

describe('two profiles share one firm', () => {
  it('a manager joins with their base, an admin joins and receives it', async () => {
    await loadDemoBase(ivan);
    const people = await ivan.count('people');
    expect(people).toBeGreaterThan(0);
    ivanPage = await joinByHand(
      ivan,
      invitations.ivan,
      new RegExp(`You join “Acme” as Іван, level: Manager\\..*${people} people`, 'u'),
    );
    expect(await ivanPage.getByTestId('team-level').textContent()).toBe('Manager');

    annaPage = await joinByHand(
      anna,
      invitations.anna,
      /You join “Acme” as Анна Адмін, level: Admin\..*0 people/u,
    );
    await expect.poll(() => anna.count('people'), { timeout: 20_000 }).toBe(people);
    const members = annaPage.getByTestId('team-members');
    expect(await members.textContent()).toContain('Іван (ivan) · Manager · active');
    await annaPage.getByTestId('team-audit').getByRole('button').click();
    await expect.poll(() => annaPage.getByTestId('team-audit').textContent()).toContain('Member invited');
  });

  it('an edit on the manager’s card shows on the admin’s open card', async () => {
    await Promise.all([
      ivanPage.goto(ivanPage.url().replace(/#.*$/u, `#/people/${OLENA}`)),
      annaPage.goto(annaPage.url().replace(/#.*$/u, `#/people/${OLENA}`)),
    ]);
    const annaCard = annaPage.getByTestId('person-card');
    await expect.poll(() => annaPage.getByTestId('team-owner-name').textContent()).toBe('Іван');
    const edited = await editPosition(ivanPage, 'Комерційна директорка');
    await expect
      .poll(() => annaCard.getByRole('button', { name: /^Position/ }).textContent(), { timeout: 20_000 })
      .toBe('Комерційна директорка');
    console.log(`[team e2e] edit visible in the other profile after ${Date.now() - edited} ms`);
  });

  it('an edit on the manager’s card shows in the admin’s mail sidebar, with no base page open', async () => {
    await annaPage.close();
    // Nothing of the extension holds the port now: live stops (the alarm alone would take up to a minute).
    await expect.poll(() => syncState(anna)).toBe('idle');
    const gmail = await anna.context.newPage();
    await gmail.goto(`${GMAIL}#inbox`);
    await gmail.locator('tr.zA', { hasText: 'Замовлення насіння на весну' }).click();
    const card = (await sidebarFrame(gmail, anna.extensionId)).getByTestId('client-card');
    await expect.poll(() => card.locator('h1').textContent(), { timeout: 15_000 }).toBe('Олена Коваль');
    expect(await card.textContent()).toContain('Комерційна директорка');
    // The sidebar frame holds the port: the background watches the firm's databases again.
    await expect.poll(() => syncState(anna), { timeout: 20_000 }).toBe('live');
    const edited = await editPosition(ivanPage, 'Директорка з продажу');
    await expect
      .poll(() => card.textContent(), { timeout: 20_000 })
      .toContain('Директорка з продажу · ТОВ Зоря Агро');
    console.log(
      `[team e2e] edit visible in the other profile's mail sidebar after ${Date.now() - edited} ms`,
    );
    // Closing the mail page ends live replication in that profile.
    await gmail.close();
    await expect.poll(() => syncState(anna)).toBe('idle');
  });

  it('the admin keeps 6 months of history in her browser, then everything again', async () => {
    const page = await anna.extensionPage('app.html#/settings');
    const all = await anna.all<{ id: string; at: number }>('interactions');
    const start = windowStart(6, Date.now()) ?? 0;
    const oldIds = all.filter((i) => i.at < start).map((i) => `interactions:${i.id}`);
    const old = oldIds.length;
    // The demo base has history from 200–400 days ago, in the manager's database's replica here.
    expect(old).toBeGreaterThan(0);
    expect(await inReplica(anna, oldIds)).toBe(old);
    const field = page.getByTestId('team-window').getByLabel('History kept in this browser');
    expect(await field.inputValue()).toBe('all');
    await field.selectOption({ label: 'The last 6 months' });
    await expect.poll(() => anna.count('interactions'), { timeout: 20_000 }).toBe(all.length - old);
    expect(await anna.count('teamOutbox')).toBe(0);
    // Purged from the browser's replica too (the indexeddb adapter purges, after the base): only the server has them.
    await expect.poll(() => inReplica(anna, oldIds), { timeout: 20_000 }).toBe(0);
    await field.selectOption({ label: 'Everything' });
    await expect.poll(() => anna.count('interactions'), { timeout: 20_000 }).toBe(all.length);
    expect(await anna.count('teamOutbox')).toBe(0);
    // Fetched again from the server (the purged documents were not in the replica any more).
    expect(await inReplica(anna, oldIds)).toBe(old);
    await page.close();
  });

  it('the admin’s client list shows the responsible member in a column of its own', async () => {
    const page = await anna.extensionPage('app.html#/clients');
    await page.locator('details.columns > summary').click();
    // The choice is saved to the base, then shown: the box turns checked once it is stored.
    const responsible = page.getByRole('checkbox', { name: 'Responsible' });
    await responsible.click();
    await expect.poll(() => responsible.isChecked()).toBe(true);
    const olena = page.getByTestId('client-list').getByRole('row', { name: /Олена Коваль/u });
    await expect.poll(() => olena.locator('.col-owner').textContent(), { timeout: 15_000 }).toBe('Іван');
    await page.close();
  });

  it('off-boarding the manager wipes the firm’s base from their profile and says why', async () => {
    // The admin reads the client's card while the firm hands the manager's clients to her.
    const t0 = Date.now();
    anna.worker.on('console', (m) => annaLog.push(`+${Date.now() - t0} ms ${m.type()}: ${m.text()}`));
    ivan.worker.on('console', (m) => ivanLog.push(`+${Date.now() - t0} ms ${m.type()}: ${m.text()}`));
    annaPage = await anna.extensionPage(`app.html#/people/${OLENA}`);
    await expect.poll(() => syncState(anna), { timeout: 20_000 }).toBe('live');
    ivanLog.push(`+${Date.now() - t0} ms: off-boarding starts`);
    const report = await offboard(couch.couch, firm, { member: 'ivan', to: 'anna' }, 'anna', Date.now());
    ivanLog.push(`+${Date.now() - t0} ms: off-boarding done`);
    expect(report.clients).toBeGreaterThan(0);
    try {
      await expect.poll(() => ivan.count('people'), { timeout: 30_000 }).toBe(0);
    } catch (e) {
      // Seen once in a full clean-clone run (2026-12-07, not reproduced alone or under load): print what the
      // manager's background knew, so the next failure names its cause.
      console.log(
        `[team e2e] the off-boarded base was not wiped:\n${await diagnose(couch, firm, ivan, ivanLog)}`,
      );
      throw e;
    }
    await ivanPage.goto(ivanPage.url().replace(/#.*$/u, '#/settings'));
    await expect
      .poll(() => ivanPage.getByTestId('team-notice').textContent())
      .toMatch(
        new RegExp(`Your access to the firm “${firm}” ended, so its base was removed from this browser`, 'u'),
      );
    for (const table of ['companies', 'interactions', 'tasks', 'deals', 'teamOutbox'])
      expect(await ivan.count(table), table).toBe(0);
    const replicas = await ivan.worker.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.includes('kartka-team-')),
    );
    expect(replicas).toEqual([]);
    // The firm keeps the clients: the admin now owns them.
    const owner = async () =>
      (await anna.all<{ id: string; owner?: string }>('people')).find((p) => p.id === OLENA)?.owner;
    try {
      await expect.poll(owner, { timeout: 20_000 }).toBe('anna');
    } catch (e) {
      console.log(
        `[team e2e] the hand-over did not reach the admin:\n${await diagnose(couch, firm, anna, annaLog)}`,
      );
      throw e;
    }
    await expect
      .poll(() => annaPage.getByTestId('team-owner-name').textContent(), { timeout: 20_000 })
      .toBe('Анна Адмін');
  });

  it('the admin invites a member and changes their level from Settings → Team; their Kartka shows it', async () => {
    const page = await anna.extensionPage('app.html#/settings');
    page.on('dialog', (dialog) => void dialog.accept());
    const admin = page.getByTestId('team-admin');
    await admin.getByLabel('Name in the firm (login)').fill('olga');
    await admin.getByLabel('Full name').fill('Ольга');
    // Her own sign-in is a firm admin, not CouchDB's server admin: the server refuses, and the page says so.
    await admin.getByRole('button', { name: 'Invite' }).click();
    await expect
      .poll(() => admin.getByTestId('team-admin-problem').textContent(), { timeout: 20_000 })
      .toMatch(
        /^The server refused \(403: anna is not a CouchDB server admin\): these credentials may not change members\./u,
      );
    await admin.getByLabel('Admin name').fill(couch.admin.user);
    await admin.getByLabel('Admin password').fill(couch.admin.password);
    await admin.getByRole('button', { name: 'Invite' }).click();
    const done = admin.getByTestId('team-admin-done');
    await expect
      .poll(() => done.locator('p').textContent(), { timeout: 20_000 })
      .toMatch(/^Ольга is invited\./u);
    const password = /Password: (\S+)/u.exec((await done.locator('pre').textContent()) ?? '')?.[1] ?? '';
    expect(password).toMatch(/^[\w-]{24}$/u);
    // The profile the manager left (its base wiped) joins as the new member.
    const olga = await joinByHand(
      ivan,
      { ...invitations.ivan, name: 'olga', displayName: 'Ольга', password },
      /You join “Acme” as Ольга, level: Manager\./u,
    );
    const level = olga.getByTestId('team-level');
    expect(await level.textContent()).toBe('Manager');
    try {
      await expect
        .poll(() => page.getByTestId('team-members').textContent(), { timeout: 20_000 })
        .toContain('Ольга (olga) · Manager · active');
    } catch (e) {
      // Failed once under load before the background's timer and interrupt fixes (notes/21.md, session 5).
      console.log(
        `[team e2e] the admin's members list missed Ольга:\n${await diagnose(couch, firm, anna, annaLog)}`,
      );
      throw e;
    }
    await admin.getByLabel('Member', { exact: true }).selectOption('olga');
    await admin.getByLabel('New level').selectOption({ label: 'Read-only' });
    await admin.getByRole('button', { name: 'Change level' }).click();
    await expect
      .poll(() => done.textContent(), { timeout: 20_000 })
      .toBe('Ольга is now Read-only. Their Kartka follows at its next sync.');
    await expect.poll(() => level.textContent(), { timeout: 20_000 }).toBe('Read-only');
    await page.getByTestId('team-audit').getByRole('button').first().click();
    await expect.poll(() => page.getByTestId('team-audit').textContent()).toContain('Level changed');
  });

  it('the admin off-boards a member from Settings → Team; the audit log records it and their Kartka is wiped', async () => {
    // The member of the test before (Ольга, read-only, her Settings page open in the profile the manager left).
    const page = await anna.extensionPage('app.html#/settings');
    page.on('dialog', (dialog) => void dialog.accept());
    const admin = page.getByTestId('team-admin');
    await admin.getByLabel('Admin name').fill(couch.admin.user);
    await admin.getByLabel('Admin password').fill(couch.admin.password);
    await admin.getByLabel('Member', { exact: true }).selectOption('olga');
    await admin.getByLabel('Their clients go to').selectOption('anna');
    await admin.getByRole('button', { name: 'Off-board' }).click();
    await expect
      .poll(() => admin.getByTestId('team-admin-done').textContent(), { timeout: 30_000 })
      .toBe('Ольга is off-boarded; their clients now belong to Анна Адмін.');
    // Her Kartka: at its next contact with the server the membership, the base and every replica go.
    const joined = async () => (await ivan.all<{ key: string }>('team')).some((r) => r.key === 'membership');
    try {
      await expect.poll(joined, { timeout: 30_000 }).toBe(false);
    } catch (e) {
      console.log(
        `[team e2e] the off-boarded member's Kartka was not wiped:\n${await diagnose(couch, firm, ivan, ivanLog)}`,
      );
      throw e;
    }
    const replicas = await ivan.worker.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.includes('kartka-team-')),
    );
    expect(replicas).toEqual([]);
    const hers = await ivan.extensionPage('app.html#/settings');
    await expect
      .poll(() => hers.getByTestId('team-notice').textContent())
      .toMatch(
        new RegExp(`Your access to the firm “${firm}” ended, so its base was removed from this browser`, 'u'),
      );
    // The firm's record of it: the audit log's newest row, and the members list.
    await page.getByTestId('team-audit').getByRole('button').first().click();
    await expect
      .poll(() => page.getByTestId('team-audit').locator('li').first().textContent())
      .toMatch(/ · Member off-boarded · anna \(member: olga, to: anna, /u);
    await expect
      .poll(() => page.getByTestId('team-members').textContent(), { timeout: 20_000 })
      .toContain('Ольга (olga) · Read-only · off-boarded');
  });
});
