// Disconnecting an account, keeping or removing what it synced. "Remove" takes exactly what this account's
// sync created: its interactions (not those a page reading, an import or another connected account also
// brought), the Teams messages read for its cards, and the people it created that nothing else holds on to and
// the user never edited.
import type { CompanyId, InteractionId, PersonId } from '../../core/ids';
import type { SyncAccountId } from '../../core/sync/account';
import type { KartkaDB } from '../db';
import { companyHistory, personHistory } from '../interactions';
import { forgetTeamsState } from '../teams-state';

export interface RemovalReport {
  interactions: number;
  people: number;
  /** Records this account created that another connected account also synced: kept. */
  shared: number;
}

/** Forgets the account; with `remove`, also deletes what its sync created. */
export async function disconnectAccount(
  db: KartkaDB,
  id: SyncAccountId,
  remove: boolean,
): Promise<RemovalReport> {
  const report: RemovalReport = { interactions: 0, people: 0, shared: 0 };
  const tables = [
    db.syncAccounts,
    db.syncPacing,
    db.syncItems,
    db.interactions,
    db.people,
    db.lastContact,
    db.deals,
    db.tasks,
    db.documents,
    db.meta,
  ];
  await db.transaction('rw', tables, async () => {
    const items = await db.syncItems.where('account').equals(id).toArray();
    const teamsChats = await forgetTeamsState(db, id);
    if (remove) {
      const created = [
        ...new Set(items.flatMap((i) => (i.created && i.interactionId ? [i.interactionId] : []))),
      ];
      const others = await db.syncItems.where('interactionId').anyOf(created).toArray();
      const shared = new Set(others.filter((o) => o.account !== id).map((o) => o.interactionId));
      const doomed = created.filter((i) => !shared.has(i));
      report.shared = shared.size;
      const teams = await db.interactions
        .where('threadKey')
        .anyOf(teamsChats.map((c) => `teams:${c}`))
        .filter((r) => r.source === 'graph' && r.kind === 'chat')
        .toArray();
      const rows = [...(await db.interactions.bulkGet(doomed)).flatMap((r) => (r ? [r] : [])), ...teams];
      await db.interactions.bulkDelete(rows.map((r) => r.id));
      report.interactions = rows.length;

      // Who each removed record touched, and at which dates (a row's own date from one of them is stale now).
      const touched = new Map<string, Set<number>>();
      for (const r of rows)
        for (const who of [...r.personIds, ...r.companyIds])
          touched.set(who, (touched.get(who) ?? new Set()).add(r.at));
      const createdPeople = items.flatMap((i) => (i.created && i.personId ? [i.personId] : []));
      // Written by this sync alone since it created them (a contact changed at the provider): still the sync's.
      const wrote = new Map(items.flatMap((i) => (i.created && i.personId ? [[i.personId, i.wrote]] : [])));
      for (const pid of createdPeople) {
        const p = await db.people.get(pid);
        if (!p || p.mergedInto !== undefined) continue;
        if (p.updatedAt !== p.createdAt && p.updatedAt !== wrote.get(pid)) continue;
        const [history, deals, tasks, documents] = await Promise.all([
          personHistory(db, pid).count(),
          db.deals.where('personId').equals(pid).count(),
          db.tasks.where('personId').equals(pid).count(),
          db.documents.where('personId').equals(pid).count(),
        ]);
        if (history + deals + tasks + documents > 0) continue;
        await db.people.delete(pid);
        await db.lastContact.delete(pid);
        touched.delete(pid);
        report.people++;
      }
      await recomputeLastContact(db, touched);
    }
    await db.syncItems.bulkDelete(items.map((i) => i.key));
    await db.syncAccounts.delete(id);
    await db.syncPacing.delete(id);
  });
  return report;
}

/** After removals: each client's last contact is their newest remaining interaction (or none). */
async function recomputeLastContact(
  db: KartkaDB,
  touched: ReadonlyMap<string, ReadonlySet<number>>,
): Promise<void> {
  for (const [id, removedAts] of touched) {
    const person = await db.people.get(id as PersonId);
    const newest = person
      ? await personHistory(db, id as PersonId).first()
      : await companyHistory(db, id as CompanyId).first();
    if (newest) await db.lastContact.put({ id, at: newest.at });
    else await db.lastContact.delete(id);
    if (person?.lastContactAt !== undefined && removedAts.has(person.lastContactAt)) {
      const { lastContactAt: _stale, ...rest } = person;
      await db.people.put(newest ? { ...rest, lastContactAt: newest.at } : rest);
    }
  }
}

/** The interactions an account's sync logged (created or met), for the e2e and the panel's counts. */
export async function syncedInteractionIds(db: KartkaDB, id: SyncAccountId): Promise<InteractionId[]> {
  const items = await db.syncItems.where('account').equals(id).toArray();
  return items.flatMap((i) => (i.interactionId ? [i.interactionId] : []));
}
