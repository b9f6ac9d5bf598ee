// Merging duplicates with an undo log: every interaction, deal, task and document follows the kept record.
import type { CompanyId, InteractionId, PersonId } from '../core/ids';
import type { Interaction } from '../core/model';
import { mergeCompanyRecords, mergePersonRecords, repoint } from '../core/merge';
import { stamped } from '../core/provenance';
import { newId, type KartkaDB, type MergeLog, type MergeRecord } from './db';
import { companyHistory, personHistory } from './interactions';
import { withContacts } from './last-contact';
import { companyRow, personRowWithCompanies, plainPerson } from './rows';

/** The token that undoes one merge. */
export type MergeToken = string;

function tablesOf(db: KartkaDB) {
  return [
    db.people,
    db.companies,
    db.interactions,
    db.deals,
    db.tasks,
    db.documents,
    db.merges,
    db.lastContact,
  ];
}

/** Merges person `dropId` into `keepId`; returns the undo token. */
export async function mergePeople(
  db: KartkaDB,
  keepId: PersonId,
  dropId: PersonId,
  now: number,
): Promise<MergeToken> {
  if (keepId === dropId) throw new Error('A person cannot be merged with themselves.');
  return db.transaction('rw', tablesOf(db), async () => {
    const [keep, drop] = await db.people.bulkGet([keepId, dropId]);
    if (!keep || !drop)
      throw new Error(`Both people must exist to merge (${keepId}, ${dropId}); refresh and try again.`);
    if (keep.mergedInto || drop.mergedInto)
      throw new Error('One of the two people was already merged; undo that merge first.');
    // The merged row keeps the later of both last contacts, logged ones included.
    const [keepSeen, dropSeen] = await withContacts(db, [keep, drop]);
    // Merging is the user's decision: each contact field the kept person gains from the other is theirs now
    // (a later sync of either person's account does not take it back); fields that did not change keep their stamp.
    const kept = plainPerson(keepSeen ?? keep);
    const merged = await personRowWithCompanies(
      db,
      stamped(kept, mergePersonRecords(kept, plainPerson(dropSeen ?? drop), now), 'user', now),
    );
    const hidden = await personRowWithCompanies(db, {
      ...plainPerson(drop),
      mergedInto: keepId,
      updatedAt: now,
    });
    const touched = await personHistory(db, dropId).toArray();
    const record: MergeRecord = {
      id: newId(),
      kind: 'person',
      keepId,
      dropId,
      at: now,
      keepBefore: keep,
      dropBefore: drop,
      interactions: touched.map(linksOf),
      people: [],
      deals: await db.deals.where('personId').equals(dropId).primaryKeys(),
      tasks: await db.tasks.where('personId').equals(dropId).primaryKeys(),
      documents: await db.documents.where('personId').equals(dropId).primaryKeys(),
    };
    await db.interactions.bulkPut(
      touched.map((i) => ({
        ...i,
        personIds: repoint(i.personIds, dropId, keepId),
        participants: i.participants.map((p) => (p.personId === dropId ? { ...p, personId: keepId } : p)),
      })),
    );
    await db.deals.where('personId').equals(dropId).modify({ personId: keepId });
    await db.tasks.where('personId').equals(dropId).modify({ personId: keepId });
    await db.documents.where('personId').equals(dropId).modify({ personId: keepId });
    await db.people.bulkPut([merged, { ...hidden, emails: [], phones: [], searchTokens: [], gmailKeys: [] }]);
    await db.merges.add(record);
    return record.id;
  });
}

/** Merges company `dropId` into `keepId`: people's links, interactions, deals, tasks, documents follow. */
export async function mergeCompanies(
  db: KartkaDB,
  keepId: CompanyId,
  dropId: CompanyId,
  now: number,
): Promise<MergeToken> {
  if (keepId === dropId) throw new Error('A company cannot be merged with itself.');
  return db.transaction('rw', tablesOf(db), async () => {
    const [keep, drop] = await db.companies.bulkGet([keepId, dropId]);
    if (!keep || !drop)
      throw new Error(`Both companies must exist to merge (${keepId}, ${dropId}); refresh and try again.`);
    if (keep.mergedInto || drop.mergedInto)
      throw new Error('One of the two companies was already merged; undo that merge first.');
    const [keepSeen, dropSeen] = await withContacts(db, [keep, drop]);
    const merged = companyRow(mergeCompanyRecords(keepSeen ?? keep, dropSeen ?? drop, now));
    const touched = await companyHistory(db, dropId).toArray();
    const people = await db.people.where('companyIds').equals(dropId).toArray();
    const record: MergeRecord = {
      id: newId(),
      kind: 'company',
      keepId,
      dropId,
      at: now,
      keepBefore: keep,
      dropBefore: drop,
      interactions: touched.map(linksOf),
      people,
      deals: await db.deals.where('companyId').equals(dropId).primaryKeys(),
      tasks: await db.tasks.where('companyId').equals(dropId).primaryKeys(),
      documents: await db.documents.where('companyId').equals(dropId).primaryKeys(),
    };
    await db.companies.bulkPut([
      merged,
      { ...drop, mergedInto: keepId, domains: [], searchTokens: [], updatedAt: now },
    ]);
    await db.interactions.bulkPut(
      touched.map((i) => ({ ...i, companyIds: repoint(i.companyIds, dropId, keepId) })),
    );
    const moved = people.map((p) => ({
      ...plainPerson(p),
      companies: p.companies.map((l) => (l.companyId === dropId ? { ...l, companyId: keepId } : l)),
    }));
    await db.people.bulkPut(await Promise.all(moved.map((p) => personRowWithCompanies(db, p))));
    await db.deals.where('companyId').equals(dropId).modify({ companyId: keepId });
    await db.tasks.where('companyId').equals(dropId).modify({ companyId: keepId });
    await db.documents.where('companyId').equals(dropId).modify({ companyId: keepId });
    await db.merges.add(record);
    return record.id;
  });
}

function linksOf(i: Interaction): MergeLog['interactions'][number] {
  return { id: i.id, personIds: i.personIds, companyIds: i.companyIds, participants: i.participants };
}

/**
 * Undoes a merge: both records return as they were, and every row the merge re-pointed points back.
 * Interactions logged after the merge stay with the kept record.
 */
export async function undoMerge(db: KartkaDB, token: MergeToken, now = Date.now()): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    const record = await db.merges.get(token);
    if (!record) throw new Error(`No merge with token ${token}; it may have been undone already.`);
    if (record.undoneAt !== undefined) throw new Error('This merge was already undone.');
    const field = record.kind === 'person' ? 'personId' : 'companyId';
    const restored = await db.interactions.bulkGet(record.interactions.map((i) => i.id));
    const back = new Map<InteractionId, MergeLog['interactions'][number]>(
      record.interactions.map((i) => [i.id, i]),
    );
    await db.interactions.bulkPut(restored.flatMap((i) => (i ? [{ ...i, ...back.get(i.id) }] : [])));
    await db.deals
      .where(':id')
      .anyOf(record.deals)
      .modify({ [field]: record.dropId });
    await db.tasks
      .where(':id')
      .anyOf(record.tasks)
      .modify({ [field]: record.dropId });
    await db.documents
      .where(':id')
      .anyOf(record.documents)
      .modify({ [field]: record.dropId });
    if (record.kind === 'person') {
      await db.people.bulkPut([record.keepBefore, record.dropBefore]);
    } else {
      await db.companies.bulkPut([record.keepBefore, record.dropBefore]);
      if (record.people.length) await db.people.bulkPut(record.people);
    }
    await db.merges.update(record.id, { undoneAt: now });
  });
}
