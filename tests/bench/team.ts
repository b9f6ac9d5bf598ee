// Bench section `team`: the firm's base against pouchdb-server's stack on loopback (tests/fakes/couch, started
// here), in real Chromium.
// - team.replicate_ratio: records/s into an empty manager replica the way the extension fills it (join: pull into
//   its PouchDB replica with the indexeddb adapter, apply to Dexie) at 10k clients / 100k interactions, divided by
//   raw PouchDB replication of the same database into an empty local database with no apply (budget ≥ 0.5).
// - team.edit_visible_p95_ms: two profiles (a manager and the admin) joined through Settings → Team, the same card
//   open in both; each edit typed on the manager's card is timed until the admin's card shows it, with live
//   replication as the extension runs it (budget ≤ 2,000 ms on loopback).
import type { Page } from 'playwright-core';
import { recordToDoc, type RecordData } from '../../core/team/documents';
import { firmDatabases } from '../../core/team/names';
import type { BenchApi } from '../../entrypoints/bench/main';
import { createFirm, invite, type Invitation } from '../../tools/team/firm';
import { startCouch, type TestCouch } from '../fakes/couch/server';
import type { FakeServer } from '../fakes/server';
import { launchKartka, loadDemoBase, type Kartka } from '../e2e/harness';
import { benchInteractions, benchPerson } from './data';
import { percentile, type Metric } from './report';

const CLIENTS = Number(process.env.BENCH_TEAM_CLIENTS ?? 10_000);
const INTERACTIONS = Number(process.env.BENCH_TEAM_INTERACTIONS ?? 10 * CLIENTS);
const EDITS = Number(process.env.BENCH_TEAM_EDITS ?? 20);
const OLENA = 'demo-person-olena';
/** Longer than this and an edit counts as not arriving at all: the run fails. */
const GIVE_UP_MS = 30_000;

async function firmOf(couch: TestCouch, base: string, title: string) {
  const firm = couch.firmId(base);
  const now = Date.now();
  const anna = await createFirm(
    couch.couch,
    { firm, title, admin: { name: 'anna', displayName: 'Анна Адмін', level: 'admin' } },
    now,
  );
  const ivan = await invite(
    couch.couch,
    firm,
    { name: 'ivan', displayName: 'Іван', level: 'manager' },
    'anna',
    now,
  );
  return { firm, anna, ivan };
}

/** Fills a manager's own database with clients and their history, as the admin, in chunks. */
async function seedOwn(couch: TestCouch, database: string): Promise<number> {
  const now = Date.now();
  const doc = (table: 'people' | 'interactions', r: object) => ({
    ...recordToDoc(table, r as RecordData),
    owner: 'ivan',
  });
  const CHUNK = 5_000;
  for (let i = 0; i < CLIENTS; i += CHUNK) {
    const docs = Array.from({ length: Math.min(CHUNK, CLIENTS - i) }, (_, k) =>
      doc('people', benchPerson(i + k, now)),
    );
    await couch.couch.bulkDocs(database, docs);
  }
  for (let i = 0; i < INTERACTIONS; i += CHUNK) {
    const rows = benchInteractions(Math.min(CHUNK, INTERACTIONS - i), CLIENTS, now, i);
    await couch.couch.bulkDocs(
      database,
      rows.map((r) => doc('interactions', r)),
    );
  }
  return CLIENTS + INTERACTIONS;
}

/** Joins as a member does: Settings → Team, the invitation, Check, a backup, Join; waits for the first sync. */
async function joinByHand(kartka: Kartka, inv: Invitation, title: string): Promise<Page> {
  const page = await kartka.extensionPage('app.html#/settings');
  const team = page.getByTestId('team-settings');
  await team.getByLabel('Server', { exact: true }).fill(inv.url);
  await team.getByLabel('Firm', { exact: true }).fill(inv.firm);
  await team.getByLabel('Your name in the firm').fill(inv.name);
  await team.getByLabel('Password', { exact: true }).fill(inv.password);
  await team.getByRole('button', { name: 'Check' }).click();
  await team.getByTestId('team-preview').waitFor();
  const download = page.waitForEvent('download');
  await team.getByRole('button', { name: 'Download a backup' }).click();
  await download;
  await team.getByRole('button', { name: `Join “${title}”` }).click();
  await team
    .locator('[data-testid="team-sync"][data-state="live"], [data-testid="team-sync"][data-state="current"]')
    .waitFor({ timeout: 60_000 });
  return page;
}

async function until(what: string, check: () => Promise<boolean>, ms = GIVE_UP_MS): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`team bench: ${what} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** `team.replicate_ratio`: in the manager's browser's benchmark page, raw replication, then the extension's join. */
async function replicateRatio(couch: TestCouch, server: FakeServer): Promise<Metric[]> {
  const { firm, ivan } = await firmOf(couch, 'bulk', 'Bulk Trading');
  console.log(`\n== team: seeding ${CLIENTS} clients and ${INTERACTIONS} interactions into pouchdb-server…`);
  const t0 = Date.now();
  const own = firmDatabases(firm).own('ivan');
  const records = await seedOwn(couch, own);
  console.log(`   seeded in ${Date.now() - t0} ms`);
  const kartka = await launchKartka({ server, timeoutMs: 60_000 });
  try {
    const bench = await kartka.extensionPage('bench.html');
    await bench.waitForFunction(() => document.title.endsWith('ready'));
    const input = { url: ivan.url, firm: ivan.firm, user: ivan.name, password: ivan.password };
    const run = await bench.evaluate(
      ([i, db]) => (window as unknown as { kartkaBench: BenchApi }).kartkaBench.teamReplicate(i, db),
      [input, own] as const,
    );
    const applied = run.people + run.interactions;
    console.log(
      `   raw: ${run.rawDocs} docs in ${Math.round(run.rawMs)} ms; join: ${applied} records in ` +
        `${Math.round(run.oursMs)} ms (${run.outcome})`,
    );
    if (run.rawDocs < records || applied < records)
      throw new Error(
        `team bench: ${records} records seeded, ${run.rawDocs} replicated raw, ${applied} applied`,
      );
    const ours = (applied * 1000) / run.oursMs;
    const raw = (run.rawDocs * 1000) / run.rawMs;
    const size = `${CLIENTS / 1000}k/${INTERACTIONS / 1000}k`;
    return [
      {
        id: 'team.replicate_records_per_s',
        value: ours,
        unit: 'rec/s',
        size,
        peer: 'raw PouchDB replication, no apply, docs/s',
        peer_value: raw,
      },
      {
        id: 'team.replicate_ratio',
        value: ours / raw,
        unit: 'x',
        size,
        peer: 'budget (min)',
        peer_value: 0.5,
        ok: ours / raw >= 0.5,
      },
    ];
  } finally {
    await kartka.close().catch(() => undefined);
  }
}

/** `team.edit_visible_p95_ms`: edits on one profile's card, timed until the other profile's open card shows them. */
async function editVisible(couch: TestCouch, server: FakeServer): Promise<Metric[]> {
  const { anna, ivan } = await firmOf(couch, 'live', 'Live Trading');
  const [a, b] = await Promise.all([launchKartka({ server }), launchKartka({ server })]);
  try {
    await loadDemoBase(a);
    const people = await a.count('people');
    const ivanPage = await joinByHand(a, ivan, 'Live Trading');
    const annaPage = await joinByHand(b, anna, 'Live Trading');
    await until('the admin receiving the base', async () => (await b.count('people')) === people, 60_000);
    const card = (page: Page) => page.getByTestId('person-card');
    await Promise.all([ivanPage, annaPage].map((p) => p.goto(p.url().replace(/#.*$/u, `#/people/${OLENA}`))));
    const shown = card(annaPage).getByRole('button', { name: /^Position/ });
    await until(
      'the card',
      async () => (await annaPage.getByTestId('team-owner-name').textContent()) === 'Іван',
    );
    const times: number[] = [];
    console.log(`\n== team: ${EDITS} edits on one profile's card, seen on the other's…`);
    for (let i = 0; i < EDITS; i++) {
      const value = `Посада ${i + 1}`;
      await card(ivanPage)
        .getByRole('button', { name: /^Position/ })
        .click();
      const box = card(ivanPage).getByRole('textbox', { name: 'Position' });
      await box.fill(value);
      const t0 = Date.now();
      await box.press('Enter');
      await until(
        `edit ${i + 1} visible in the other profile`,
        async () => (await shown.textContent()) === value,
      );
      times.push(Date.now() - t0);
    }
    console.log(`   ms: ${times.join(' ')}`);
    const p95 = percentile(times, 95);
    const size = `${EDITS} edits`;
    return [
      {
        id: 'team.edit_visible_p50_ms',
        value: percentile(times, 50),
        unit: 'ms',
        size,
        peer: 'budget',
        peer_value: 2000,
      },
      {
        id: 'team.edit_visible_p95_ms',
        value: p95,
        unit: 'ms',
        size,
        peer: 'budget',
        peer_value: 2000,
        ok: p95 <= 2000,
      },
    ];
  } finally {
    await Promise.all([a.close(), b.close()].map((p) => p.catch(() => undefined)));
  }
}

/** The section: its own server and browsers, stopped at the end. */
export async function benchTeam(server: FakeServer): Promise<Metric[]> {
  const couch = await startCouch();
  try {
    return [...(await editVisible(couch, server)), ...(await replicateRatio(couch, server))];
  } finally {
    await couch.stop();
  }
}
