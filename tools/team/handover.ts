// Hand-over, off-boarding and the late-note sweep, carried out against CouchDB (planned in core/team/handover.ts).
// A moved document is written into the new owner's database as theirs; the copy left behind becomes a stub that
// says `handedOverTo` and holds nothing else. Members write straight to the server on the current revision, so
// validation sees the mark: a late edit is refused there, and the extension, which checks the same rule first,
// sends it to the new owner as a note instead.
import { LATE_NOTE_PREFIX } from '../../core/team/access';
import { docId, type TeamDoc } from '../../core/team/documents';
import { handedOverDoc, planHandover, type HandoverSelection } from '../../core/team/handover';
import { firmDatabases, firmRoles, ownsClients } from '../../core/team/names';
import { forwardedNote, type LateNote } from '../../core/team/notes';
import { recordToDoc, type RecordData } from '../../core/team/documents';
import { audit } from './audit';
import type { Couch } from './couch';
import { memberOf, newPassword } from './firm';

type Json = Record<string, unknown>;

export interface HandoverReport {
  clients: number;
  records: number;
  missing: string[];
}

async function moveDocs(
  couch: Couch,
  from: string,
  to: string,
  ids: readonly string[],
  owner: { name: string; displayName: string },
  by: string,
  now: number,
) {
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    const old = (await Promise.all(chunk.map((id) => couch.get<TeamDoc>(from, id)))).filter(
      (d) => d !== undefined,
    );
    // The new owner's copy is a new revision of whatever their database holds under that id (a client handed
    // back keeps one history there); written as a plain update, so the server judges it like any other write.
    const there = from === to ? old : await Promise.all(old.map((d) => couch.get<TeamDoc>(to, d._id)));
    const moved = old.map((d, k) => {
      const doc = handedOverDoc(d, owner, by, now) as Json;
      delete doc._rev;
      const rev = there[k]?._rev;
      if (rev) doc._rev = rev;
      return doc;
    });
    await couch.bulkDocs(to, moved);
    if (from === to) continue;
    // The copy left behind becomes a stub: no client data, only whom it went to. It stays a live revision, so a
    // write on top of it (with its revision or without, as a re-creation) meets the mark in validation.
    await couch.bulkDocs(
      from,
      old.map((d) => ({
        _id: d._id,
        _rev: d._rev,
        handedOverTo: owner.name,
        owner: d.owner,
        handedOverAt: now,
      })),
    );
  }
}

/**
 * Hands a manager's clients (all, or a selection) to a colleague, with their whole history. Clients the firm
 * shares stay in the shared database and only change owner.
 */
export async function handOver(
  couch: Couch,
  firm: string,
  input: { from: string; to: string; selection: HandoverSelection },
  by: string,
  now: number,
): Promise<HandoverReport> {
  if (input.from === input.to)
    throw new Error('Hand over to someone else: the source and the target are the same member.');
  const target = await memberOf(couch, firm, input.to);
  if (!target.active || !ownsClients(target.level))
    throw new Error(`${input.to} cannot take clients: only active admins and managers own clients.`);
  const dbs = firmDatabases(firm);
  const ownDocs = (await couch.dbExists(dbs.own(input.from)))
    ? ((await couch.allDocs(dbs.own(input.from))) as TeamDoc[])
    : [];
  const own = planHandover(ownDocs, input.selection);
  const sharedDocs = ((await couch.allDocs(dbs.shared)) as TeamDoc[]).filter((d) => d.owner === input.from);
  const shared = planHandover(sharedDocs, input.selection);
  const owner = { name: target.name, displayName: target.displayName };
  await moveDocs(couch, dbs.own(input.from), dbs.own(input.to), own.ids, owner, by, now);
  await moveDocs(couch, dbs.shared, dbs.shared, shared.ids, owner, by, now);
  const report = {
    clients: own.clients + shared.clients,
    records: own.records + shared.records,
    missing: own.missing.filter((id) => shared.missing.includes(id)),
  };
  await audit(couch, firm, 'clients.handover', by, now, { from: input.from, to: input.to, ...report });
  return report;
}

/** Forwards the late notes left in members' databases to their clients' new homes; returns how many. */
export async function sweep(couch: Couch, firm: string, by: string, now: number): Promise<number> {
  const dbs = firmDatabases(firm);
  const directory = (await couch.allDocs(dbs.directory)).filter((d) => d.type === 'member');
  let forwarded = 0;
  for (const m of directory) {
    const db = dbs.own(String(m.name));
    if (!(await couch.dbExists(db))) continue;
    for (const doc of await couch.allDocs(db)) {
      if (!String(doc._id).startsWith(LATE_NOTE_PREFIX)) continue;
      const note = doc as unknown as LateNote;
      const clientKey = docId(note.client.table, note.client.id);
      const home = [dbs.own(note.for), dbs.shared];
      let placed = false;
      for (const candidate of home) {
        const client = (await couch.dbExists(candidate))
          ? await couch.get<TeamDoc>(candidate, clientKey)
          : undefined;
        if (!client || client.handedOverTo) continue;
        const out = recordToDoc('interactions', forwardedNote(note) as unknown as RecordData) as Json;
        out.owner = client.owner;
        if (client.sharing) out.sharing = client.sharing;
        await couch.bulkDocs(candidate, [out]);
        placed = true;
        break;
      }
      if (!placed) continue;
      await couch.bulkDocs(db, [{ _id: doc._id, _rev: doc._rev, _deleted: true }]);
      forwarded++;
    }
  }
  if (forwarded > 0) await audit(couch, firm, 'notes.sweep', by, now, { forwarded });
  return forwarded;
}

/**
 * Off-boards a member: their clients go to `to`, their database is archived (admins only) and removed, they lose
 * their roles and their password, and the directory marks them inactive. Their extension wipes its copy on its
 * next contact with the server.
 */
export async function offboard(
  couch: Couch,
  firm: string,
  input: { member: string; to: string },
  by: string,
  now: number,
): Promise<HandoverReport & { archive: string | null }> {
  const leaving = await memberOf(couch, firm, input.member);
  if (input.member === by) throw new Error('An admin cannot off-board themselves; ask another admin.');
  await sweep(couch, firm, by, now);
  const dbs = firmDatabases(firm);
  let report: HandoverReport = { clients: 0, records: 0, missing: [] };
  let archive: string | null = null;
  const own = dbs.own(input.member);
  if (ownsClients(leaving.level) || (await couch.dbExists(own))) {
    report = await handOver(
      couch,
      firm,
      { from: input.member, to: input.to, selection: { all: true } },
      by,
      now,
    );
    if (await couch.dbExists(own)) {
      archive = dbs.archive(input.member, now);
      await couch.createDb(archive);
      await couch.putSecurity(archive, { roles: [firmRoles(firm).level.admin] });
      const docs = await couch.allDocs(own);
      for (let i = 0; i < docs.length; i += 200) {
        const leaves = (
          await Promise.all(docs.slice(i, i + 200).map((d) => couch.leaves(own, String(d._id))))
        ).flat();
        await couch.bulkDocs(archive, leaves, false);
      }
      await couch.deleteDb(own);
    }
  }
  await couch.upsert('_users', `org.couchdb.user:${input.member}`, (cur) => ({
    ...cur,
    roles: ((cur?.roles as string[] | undefined) ?? []).filter((r) => !r.startsWith(`kartka-${firm}-`)),
    password: newPassword(),
    kartka: { revoked: true, firm, at: now, by },
  }));
  await couch.upsert(dbs.directory, `member:${input.member}`, (cur) => ({
    ...cur,
    active: false,
    offboardedAt: now,
  }));
  await audit(couch, firm, 'member.offboard', by, now, {
    member: input.member,
    to: input.to,
    archive,
    ...report,
  });
  return { ...report, archive };
}
