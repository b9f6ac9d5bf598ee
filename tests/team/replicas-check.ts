// What the multi-replica test checks after its final sync: the server's view for a member's level, a base's own
// view, and the ledger of field edits, in which no edit may be lost (tests/team/replicas.test.ts).
import { expect } from 'vitest';
import type { FieldMeta } from '../../core/model';
import { docToRecord, ownFields, SYNCED_TABLES, type TeamDoc } from '../../core/team/documents';
import type { TestCouch } from '../fakes/couch/server';
import type { Browser } from './helpers';

/** One edit of one field of a person, as the test made it. */
export interface Edit {
  member: string;
  /** `people:<id>` */
  key: string;
  field: string;
  /** Unique in the run (it carries the step's number), so a value names its edit. */
  value: string;
  /** The field's stamp the edit got on its device. */
  at: number;
  /** The field's value and stamp on the editor's device before the edit: what the editor saw and overwrote. */
  baseValue: unknown;
  base: number;
}

export type View = Map<string, Record<string, unknown>>;

/** The firm's records in some databases (stubs left by a move aside), with where each lives; none in conflict. */
export async function serverView(server: TestCouch, dbs: readonly string[]) {
  const view: View = new Map();
  const where = new Map<string, string[]>();
  for (const db of dbs) {
    for (const doc of (await server.couch.allDocs(db)) as TeamDoc[]) {
      if (doc.handedOverTo !== undefined) continue;
      const rec = docToRecord(doc);
      if (!rec) continue;
      expect(doc._conflicts, `${db}/${doc._id} left in conflict`).toBeUndefined();
      view.set(doc._id, ownFields(rec.table, rec.record));
      where.set(doc._id, [...(where.get(doc._id) ?? []), db]);
    }
  }
  return { view, where };
}

/** A base's records of the shared tables, keyed like documents. */
export async function baseView(b: Browser): Promise<View> {
  const view: View = new Map();
  for (const table of SYNCED_TABLES)
    for (const row of (await b.db.table(table).toArray()) as Record<string, unknown>[])
      view.set(`${table}:${String(row.id)}`, ownFields(table, row));
  return view;
}

/** The merge's order of two stamped values (core/team/merge.ts `later`, every edit here is the user's). */
const after = (a: { at: number; value: unknown }, b: { at: number; value: unknown }) =>
  a.at !== b.at ? a.at > b.at : JSON.stringify(a.value ?? null) > JSON.stringify(b.value ?? null);

export interface LedgerFigures {
  /** Edits overwritten by a concurrent edit (nobody had seen them): each found in a conflict note. */
  concurrent: number;
  /** Edits overwritten by someone who had them on screen. */
  knowing: number;
  /** Edits that reached the client's owner as a late note (the client was handed over or no longer shared). */
  late: number;
}

/**
 * No edit lost: every edit is the field's final value, or was on the screen of whoever changed the field next
 * (a knowing overwrite), or is quoted in a note of its client ("Edited on two devices at once", or a late edit for
 * the owner). The final value is the latest by the merge's order among the edits nobody overwrote knowingly and
 * that did not go to the owner as a late note; and a knowing overwrite is stamped after what it overwrote, whatever
 * the devices' clocks said.
 */
export function checkLedger(edits: readonly Edit[], view: View, label: string): LedgerFigures {
  const bodies = [...view.values()].filter((r) => r.kind === 'note' && typeof r.body === 'string');
  const notesOf = (prefix: string) =>
    bodies
      .filter((r) => String(r.body).startsWith(prefix))
      .map((r) => ({ person: (r.personIds as string[])[0], body: String(r.body) }));
  const conflictNotes = notesOf('Edited on two devices');
  const lateNotes = notesOf('An edit by ');
  const quoted = (notes: typeof conflictNotes, e: Edit) =>
    notes.some((n) => `people:${n.person}` === e.key && n.body.includes(`“${e.value}”`));
  const figures: LedgerFigures = { concurrent: 0, knowing: 0, late: 0 };
  const byField = new Map<string, Edit[]>();
  for (const e of edits)
    byField.set(`${e.key}/${e.field}`, [...(byField.get(`${e.key}/${e.field}`) ?? []), e]);
  for (const [k, list] of byField) {
    const [key, field] = k.split('/') as [string, string];
    const record = view.get(key);
    const final = record?.[field];
    const finalAt = (record?.fieldMeta as FieldMeta | undefined)?.[field]?.at ?? 0;
    const at = `${label} ${k}`;
    const overwriters = (e: Edit) => list.filter((o) => o !== e && o.baseValue === e.value);
    for (const e of list) {
      for (const o of overwriters(e))
        expect(
          o.at,
          `${at}: "${o.value}" overwrote "${e.value}" knowingly, stamped after it`,
        ).toBeGreaterThan(e.at);
      if (e.value === final) continue;
      if (quoted(lateNotes, e)) {
        figures.late++;
        continue;
      }
      if (overwriters(e).length > 0) {
        figures.knowing++;
        continue;
      }
      figures.concurrent++;
      expect(
        quoted(conflictNotes, e),
        `${at}: "${e.value}" by ${e.member} is neither final, overwritten knowingly, nor noted`,
      ).toBe(true);
      expect(
        after({ at: finalAt, value: final }, e),
        `${at}: the final "${String(final)}" (${finalAt}) is later than the concurrent "${e.value}" (${e.at})`,
      ).toBe(true);
    }
    if (list.some((e) => e.value === final)) continue;
    // The final value is no edit of the run: it must be the value the field had before, and every edit went away
    // knowingly or as a note.
    expect(
      list.every((e) => quoted(lateNotes, e) || quoted(conflictNotes, e) || overwriters(e).length > 0),
      `${at}: final "${String(final)}" is none of the edits`,
    ).toBe(true);
  }
  return figures;
}
