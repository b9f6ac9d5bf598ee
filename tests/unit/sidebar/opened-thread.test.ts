// Collapsed Gmail messages (provisional `<threadId>#<index>` ids) name correspondents but are never logged.
import { afterEach, describe, expect, it } from 'vitest';
import {
  COLLAPSED_REASON,
  PROVISIONAL_REASON,
  logOpenedThread,
  previewContext,
  threadContext,
} from '../../../entrypoints/background/opened-thread';
import type { KartkaDB } from '../../../storage/db';
import { createPerson } from '../../../storage/people';
import { freshDb, ME, message, NOW, testSettings, thread } from '../storage/helpers';

let db: KartkaDB;
afterEach(async () => {
  await db.delete();
});

const H = 3_600_000;
const OLENA = 'olena.koval@acme.com.ua';
const JANE = 'jane.doe@partner.example';
const T = '19f82b4e90a11791';

/** Two collapsed messages (sender only, provisional ids) and the expanded latest one. */
const collapsedThread = () =>
  thread(T, [
    message(`${T}#0`, JANE, [], NOW - 5 * H, { expanded: false }),
    message(`${T}#1`, OLENA, [], NOW - 4 * H, { expanded: false }),
    message('19f82b4e90a11793', OLENA, [ME], NOW - H),
  ]);

/** The same thread after the user expanded the collapsed messages: real ids now. */
const expandedThread = () =>
  thread(T, [
    message('19f82b4e90a11791', JANE, [ME], NOW - 5 * H),
    message('19f82b4e90a11792', OLENA, [ME], NOW - 4 * H),
    message('19f82b4e90a11793', OLENA, [ME], NOW - H),
  ]);

async function seed() {
  const p = await createPerson(db, { displayName: 'Олена Коваль', emails: [OLENA] }, testSettings(), NOW);
  if (!p.ok) throw new Error('seed');
}

describe('logOpenedThread', () => {
  it('logs only messages with real ids, and still lists the collapsed senders', async () => {
    db = freshDb();
    await seed();
    const result = await logOpenedThread(db, collapsedThread(), testSettings(), NOW);
    expect(result.added).toBe(1);
    expect(result.decisions.map((d) => [d.providerMessageId, d.logged])).toEqual([
      [`${T}#0`, false],
      [`${T}#1`, false],
      ['19f82b4e90a11793', true],
    ]);
    expect(result.decisions[0]?.reason).toBe(PROVISIONAL_REASON);
    expect(result.correspondents.map((c) => c.address)).toEqual([OLENA, JANE]);
    expect(result.main).toBe(OLENA);
    expect(await db.interactions.count()).toBe(1);
  });

  it('logs each message once after it is expanded, and nothing on reopening', async () => {
    db = freshDb();
    await seed();
    await logOpenedThread(db, collapsedThread(), testSettings(), NOW);
    const expanded = await logOpenedThread(db, expandedThread(), testSettings(), NOW + 1);
    // Jane is not in the base and wrote first: the policy (create on sent) does not log her message.
    expect(expanded).toMatchObject({ added: 1, alreadyLogged: 1 });
    expect(expanded.decisions[0]).toMatchObject({ logged: false });
    expect(expanded.decisions[0]?.reason).not.toBe(PROVISIONAL_REASON);
    const again = await logOpenedThread(db, expandedThread(), testSettings(), NOW + 2);
    expect(again).toMatchObject({ added: 0, alreadyLogged: 2 });
    const keys = (await db.interactions.toArray()).map((i) => i.providerKey).sort();
    expect(keys).toEqual(['gmail:19f82b4e90a11792', 'gmail:19f82b4e90a11793']);
  });

  it('logs Outlook messages, whose page ids are always `<convid>#<index>`', async () => {
    db = freshDb();
    await seed();
    const conv = 'AAQkADAwATM0MDAAMS1iNmQ0LTg2YjAtMDACLTAwCgAQAN';
    const snapshot = {
      ...thread(conv, [message(`${conv}#0`, OLENA, [ME], NOW - H)]),
      provider: 'outlook' as const,
    };
    expect((await logOpenedThread(db, snapshot, testSettings(), NOW)).added).toBe(1);
  });

  it('waits for collapsed Outlook messages, and collapsed Gmail messages of mine that show no recipients', async () => {
    db = freshDb();
    await seed();
    const conv = 'AAQkADAwATM0MDAAMS1iNmQ0LTg2YjAtMDACLTAwCgAQAN';
    const inOutlook = {
      ...thread(conv, [
        // Outlook's collapsed header: the display name only; or (older pages) with the address: both wait.
        { ...message(`${conv}#0`, OLENA, [], NOW - 3 * H, { expanded: false }), from: null },
        message(`${conv}#1`, OLENA, [], NOW - 2 * H, { expanded: false }),
        message(`${conv}#2`, OLENA, [ME], NOW - H),
      ]),
      provider: 'outlook' as const,
    };
    const outlook = await logOpenedThread(db, inOutlook, testSettings(), NOW);
    expect(outlook.decisions.map((d) => d.because?.code)).toEqual(['collapsed', 'collapsed', 'contact']);
    expect(outlook.decisions[0]?.reason).toBe(COLLAPSED_REASON);
    const inGmail = thread(T, [
      // Collapsed with its id (current Gmail may render one): mine shows no recipients, hers is logged.
      message('19f82b4e90a11701', ME, [], NOW - 6 * H, { expanded: false }),
      message('19f82b4e90a11702', OLENA, [], NOW - 5 * H, { expanded: false }),
    ]);
    const gmail = await logOpenedThread(db, inGmail, testSettings(), NOW);
    expect(gmail.decisions.map((d) => d.because?.code)).toEqual(['collapsed', 'contact']);
    expect(await db.interactions.count()).toBe(2);
  });

  it('becomes the sidebar context with reasons for every message', async () => {
    db = freshDb();
    await seed();
    const snapshot = collapsedThread();
    const context = threadContext(snapshot, await logOpenedThread(db, snapshot, testSettings(), NOW), NOW);
    expect(context).toMatchObject({ status: 'thread', threadKey: `gmail:${T}`, main: OLENA, added: 1 });
    if (context.status !== 'thread') throw new Error('not a thread');
    expect(context.decisions).toHaveLength(3);
    // Each decision carries its reason as a code and figures, so the sidebar can say it in uk/ru.
    expect(context.decisions.map((d) => d.because?.code)).toEqual(['provisional', 'provisional', 'contact']);
    expect(context.decisions[2]?.because?.params).toMatchObject({ name: 'Олена Коваль' });
    const again = threadContext(
      snapshot,
      await logOpenedThread(db, snapshot, testSettings(), NOW + 1),
      NOW + 1,
    );
    if (again.status !== 'thread') throw new Error('not a thread');
    expect(again.decisions[2]?.because).toEqual({ code: 'already' });
    expect(context.correspondents).toEqual([
      { address: OLENA, name: 'Олена Коваль' },
      { address: JANE, name: '' },
    ]);
  });

  it('previews who is on the thread before anything is logged', async () => {
    db = freshDb();
    const context = previewContext(collapsedThread(), testSettings(), NOW);
    expect(context).toMatchObject({ status: 'thread', pending: true, main: OLENA, added: 0, decisions: [] });
    if (context.status !== 'thread') throw new Error('not a thread');
    expect(context.correspondents.map((c) => c.address)).toEqual([JANE, OLENA]);
    expect(await db.interactions.count()).toBe(0);
  });
});
