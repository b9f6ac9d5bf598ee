// Outlook folders the user picks, beyond Inbox and Sent Items, through the shared runner and store against the
// fake Graph: the picker's listing (root folders, childFolders, hidden ones left out, every request paid for), a
// picked folder's own delta (its messages once, the backfill window applied, its deltaLink stored with its page),
// a folder whose sync state Graph forgot restarted alone without writing what is stored again, and an unpicked
// folder asked nothing more while what it synced stays.
import { describe, expect, it } from 'vitest';
import { syncAccountId } from '../../../core/sync/account';
import { pickedFolders } from '../../../core/sync/microsoft/folders';
import {
  FOLDER_STREAM_PREFIX,
  GRAPH_CONTACTS_PLANNER,
  GRAPH_FOLDER_PLANNERS,
  graphPlannersFor,
  pickedFolderOf,
} from '../../../core/sync/microsoft/planners';
import { viewOf } from '../../../core/sync/registry';
import { syncPrefsOf } from '../../../core/sync/prefs';
import { signIn } from '../../../integrations/microsoft/auth';
import { listMailFolders } from '../../../integrations/microsoft/folders';
import { createGraphClient } from '../../../integrations/microsoft/graph-client';
import { MICROSOFT_BINDINGS, microsoftStreams } from '../../../integrations/microsoft/provider';
import { connectAccount, loadAccount } from '../../../storage/sync/accounts';
import { setPickedFolders } from '../../../storage/sync/folders';
import { bindingOf, DexieSyncStore } from '../../../storage/sync/store';
import { createMicrosoftFake } from '../../fakes/microsoft';
import { inProcessAuth, routeFetch } from '../../fakes/microsoft/route-fetch';
import { freshDb, testSettings } from '../storage/helpers';
import { VirtualClock } from '../sync/world';
import { runGraph } from './graph-runner';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000f01d';
const REDIRECT = 'https://kartkaextensionid.chromiumapp.org/';
const ME = 'olena@contoso.example';
const DAY = 86_400_000;

describe('picked Outlook folders', () => {
  it('plans and binds a stream per picked folder by its prefix', () => {
    const id = 'AAMkADpicked=';
    const planners = graphPlannersFor({ 'graph:folder:inbox': {}, [`${FOLDER_STREAM_PREFIX}${id}`]: {} });
    expect(planners.map((p) => p.stream)).toEqual([
      ...GRAPH_FOLDER_PLANNERS.map((p) => p.stream),
      `graph:folder:${id}`,
      GRAPH_CONTACTS_PLANNER.stream,
      'graph:contact-folders',
    ]);
    // The same planner each time (the runner and the panel ask on every step).
    expect(graphPlannersFor({ [`graph:folder:${id}`]: {} })[2]).toBe(planners[2]);
    expect(pickedFolderOf('graph:folder:inbox')).toBeNull();
    expect(pickedFolderOf(GRAPH_CONTACTS_PLANNER.stream)).toBeNull();
    expect(pickedFolderOf(`graph:folder:${id}`)).toBe(id);
    expect(bindingOf(MICROSOFT_BINDINGS, `graph:folder:${id}`)?.providerKey('x')).toBe('outlook:x');
    expect(bindingOf(MICROSOFT_BINDINGS, 'graph:folder:inbox')?.providerKey('x')).toBe('outlook:x');
    expect(bindingOf(MICROSOFT_BINDINGS, GRAPH_CONTACTS_PLANNER.stream)?.providerKey('x')).toBe(
      'outlook-contact:x',
    );
    expect(bindingOf(MICROSOFT_BINDINGS, 'gmail:messages')).toBeUndefined();
  });

  it('lists the tree, syncs a picked folder, restarts it alone, and stops it when unpicked', async () => {
    const clock = new VirtualClock(Date.parse('2026-06-01T00:00:00Z'));
    const fake = createMicrosoftFake({ clock: clock.now });
    fake.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
    const box = fake.addWorkUser(ME, 'Olena Kovalenko');
    const clients = box.addFolder('Clients');
    const key = box.addFolder('Key <b>accounts</b>\u0007', undefined, { parent: clients.id });
    box.addFolder('Conversation History', undefined, { hidden: true });
    let n = 0;
    const mail = (folder: string, from: string, daysAgo: number) => {
      const at = new Date(clock.now() - daysAgo * DAY).toISOString();
      n++;
      return box.addMessage(folder, {
        conversationId: `AAQkConv${n}`,
        internetMessageId: `m${n}@example.org`,
        subject: `Order ${n}`,
        from: { name: from, address: `${from.toLowerCase()}@client.example` },
        to: [{ name: 'Olena', address: ME }],
        cc: [],
        receivedDateTime: at,
        sentDateTime: at,
        hasAttachments: false,
      });
    };
    mail('inbox', 'Ivan', 3);
    mail('archive', 'Archived', 2);
    const recent = mail(key.id, 'Maria', 5);
    const old = mail(key.id, 'Oldman', 800);

    const requests: string[] = [];
    const about = (url: string, folder: string) =>
      url.includes(folder) || url.includes(encodeURIComponent(folder));
    const routed = routeFetch(fake.routes);
    const wire: typeof fetch = (input, init) => {
      requests.push(new Request(input, init).url);
      return routed(input, init);
    };
    const auth = inProcessAuth(wire, REDIRECT, clock.now);
    const config = { clientId: CLIENT_ID, tenant: 'organizations', teams: false };
    const db = freshDb();
    const base = testSettings({ ownAddresses: [ME], internalDomains: ['contoso.example'] });
    // Everyone who writes is logged (and made a person), so what each folder brought is visible.
    const settings = { ...base, logging: { ...base.logging, mode: 'create-all' as const } };
    const store = new DexieSyncStore(db, () => Promise.resolve(settings), MICROSOFT_BINDINGS);
    const signed = await signIn(config, auth, true);
    if (!signed.ok) throw new Error(signed.description);
    const id = syncAccountId('microsoft', ME);
    auth.vault.tokens.set(id, signed.tokens);
    const scopes = signed.tokens.scopes;
    await connectAccount(db, 'microsoft', ME, scopes, microsoftStreams(scopes, clock.now()), clock.now());
    // A year of mail: Oldman's message (800 days) is outside the window.
    const run = () => runGraph({ wire, store, config, auth, clock, backfillMonths: 12 }, id);
    const logged = async () =>
      (await db.interactions.toArray()).map((i) => i.providerKey).filter((k): k is string => Boolean(k));

    // The picker's listing: the tree in order, Inbox and Sent Items marked, the hidden folder left out, the
    // name as text only; each request paid for (2 well-known + the root + Clients' children), none when refused.
    let spent = 0;
    const clientPaying = (spend: () => Promise<boolean>) =>
      createGraphClient({
        accountId: id,
        token: async () => signed.tokens.accessToken,
        fetch: wire,
        now: clock.now,
        backoff: { until: async () => 0, hold: async () => undefined },
        spend,
      });
    const listing = await listMailFolders(
      clientPaying(async () => (spent++, true)),
      clock.now,
    );
    if (!listing.ok) throw new Error(JSON.stringify(listing.failure));
    expect(listing.folders.map((f) => [f.name, f.depth, f.always])).toEqual([
      ['Inbox', 0, true],
      ['Sent Items', 0, true],
      ['Archive', 0, false],
      ['Deleted Items', 0, false],
      ['Clients', 0, false],
      ['Key <b>accounts</b>', 1, false],
    ]);
    expect(listing.folders[5]?.path).toEqual(['Clients']);
    expect(listing).toMatchObject({ truncated: false, requests: 4 });
    expect(spent).toBe(4);
    const before = requests.length;
    const refused = await listMailFolders(
      clientPaying(async () => false),
      clock.now,
    );
    expect(refused).toMatchObject({ ok: false, failure: { kind: 'rate' }, requests: 0 });
    expect(requests.length).toBe(before);

    // Inbox and Sent Items only, until a folder is picked.
    await run();
    expect(await logged()).toHaveLength(1);
    const keyFolder = listing.folders[5];
    if (!keyFolder) throw new Error('no folder');
    const picked = await setPickedFolders(db, id, [{ id: keyFolder.id, name: keyFolder.name }], clock.now());
    expect(picked?.added.map((f) => f.id)).toEqual([key.id]);
    await run();
    const stream = `graph:folder:${key.id}`;
    const account = await loadAccount(db, id);
    expect(pickedFolders(account?.streams ?? {})).toEqual([{ id: key.id, name: 'Key <b>accounts</b>' }]);
    expect(account?.streams[stream]?.cursor).toMatchObject({
      folder: key.id,
      next: null,
      delta: expect.stringContaining('$deltatoken='),
    });
    expect((await logged()).sort()).toEqual([`outlook:${recent.immutableId}`, expect.any(String)].sort());
    expect(await logged()).not.toContain(`outlook:${old.immutableId}`);
    expect((await db.syncItems.get(`${id}|${old.immutableId}`))?.state).toBe('outside-window');
    // The panel counts the picked folder among the account's streams: up to date only when it is.
    const view = account && viewOf(account, syncPrefsOf(settings), clock.now());
    expect(view?.state).toBe('up-to-date');

    // Graph forgets that folder's sync state: that folder alone starts over; what it stored is not written again.
    const keptRow = await db.syncItems.get(`${id}|${recent.immutableId}`);
    fake.graph.deltas.forgetFolder(box.user.id, key.id);
    const fresh = mail(key.id, 'Petro', 1);
    await run();
    const after = await loadAccount(db, id);
    expect(after?.streams[stream]?.restarts).toHaveLength(1);
    expect(after?.streams['graph:folder:inbox']?.restarts).toEqual([]);
    expect(after?.streams[stream]?.cursor).toMatchObject({
      resync: false,
      next: null,
      delta: expect.any(String),
    });
    expect(await db.syncItems.get(`${id}|${recent.immutableId}`)).toEqual(keptRow);
    const keys = await logged();
    expect(keys).toContain(`outlook:${fresh.immutableId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(3);

    // Another picked folder deleted in Outlook: it rests (Graph's 404 is not the mailbox failing: no wait, no
    // failure shown), Inbox keeps syncing, and the folder is marked so the picker can offer to drop it.
    const projects = box.addFolder('Projects');
    mail(projects.id, 'Proj', 2);
    await setPickedFolders(
      db,
      id,
      [...pickedFolders((await loadAccount(db, id))?.streams ?? {}), { id: projects.id, name: 'Projects' }],
      clock.now(),
    );
    await run();
    expect(await logged()).toHaveLength(4);
    box.deleteFolder(projects.id);
    const inboxLater = mail('inbox', 'Ivan', 0);
    const beforeGone = requests.length;
    await run();
    // Asked once (Graph's 404), not again.
    expect(requests.slice(beforeGone).filter((u) => about(u, projects.id))).toHaveLength(1);
    const rested = await loadAccount(db, id);
    expect(rested?.lastFailure).toBeNull();
    expect(rested?.backoff).toBeNull();
    expect(rested?.streams[`graph:folder:${projects.id}`]?.cursor).toMatchObject({ gone: true, next: null });
    expect(pickedFolders(rested?.streams ?? {}).find((f) => f.id === projects.id)).toMatchObject({
      gone: true,
    });
    expect(await logged()).toContain(`outlook:${inboxLater.immutableId}`);
    // Polls go on for a while: the resting folder asks nothing and the panel does not wait for it.
    const asked = requests.length;
    for (let i = 0; i < 4; i++) {
      clock.t += 10 * 60_000;
      await run();
    }
    expect(requests.slice(asked).some((u) => about(u, projects.id))).toBe(false);
    const polled = await loadAccount(db, id);
    const restedView = polled && viewOf(polled, syncPrefsOf(settings), clock.now());
    expect(restedView).toMatchObject({ stuck: null, state: 'up-to-date' });
    await setPickedFolders(db, id, [{ id: key.id, name: keyFolder.name }], clock.now());

    // Unpicked: its stream goes, no request for it leaves, its messages stay.
    const dropped = await setPickedFolders(db, id, [], clock.now());
    expect(dropped?.removed.map((f) => f.id)).toEqual([key.id]);
    expect((await loadAccount(db, id))?.streams[stream]).toBeUndefined();
    mail(key.id, 'Later', 0);
    const mark = requests.length;
    await run();
    expect(
      requests.slice(mark).some((u) => u.includes(encodeURIComponent(key.id)) || u.includes(key.id)),
    ).toBe(false);
    expect(await logged()).toHaveLength(5);
    expect(await logged()).toContain(`outlook:${recent.immutableId}`);
  });
});
