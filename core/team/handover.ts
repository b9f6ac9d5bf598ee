// Hand-over and off-boarding, planned: which documents of a manager's database go to the colleague (the chosen
// clients with their whole history, tasks, deals and notes; a company's people with it), and how each reads
// once it is theirs. The provisioning tool carries the plan out against CouchDB.
import type { FieldMeta } from '../model';
import { LATE_NOTE_PREFIX } from './access';
import { clientOf, docId, parseDocId, type TeamDoc } from './documents';

/** What to hand over: every client of the database, or these clients (document ids `people:…`/`companies:…`). */
export type HandoverSelection = { all: true } | { clients: readonly string[] };

export interface HandoverPlan {
  /** Document ids to move, clients first. */
  ids: string[];
  clients: number;
  records: number;
  /** Selected clients that are not in the database (already handed over, or a typo). */
  missing: string[];
}

const currentCompanies = (doc: TeamDoc): string[] =>
  Array.isArray(doc.companies)
    ? doc.companies.flatMap((l: { companyId?: unknown; archived?: unknown }) =>
        typeof l.companyId === 'string' && l.archived !== true ? [l.companyId] : [],
      )
    : [];

/** The documents of `docs` (one database's live documents) that a hand-over moves. */
export function planHandover(docs: readonly TeamDoc[], selection: HandoverSelection): HandoverPlan {
  const live = docs.filter(
    (d) =>
      !d._deleted && d.handedOverTo === undefined && !d._id.startsWith(LATE_NOTE_PREFIX) && parseDocId(d._id),
  );
  const ids = new Set(live.map((d) => d._id));
  let chosen: Set<string>;
  let missing: string[] = [];
  if ('all' in selection) {
    chosen = new Set(
      live.filter((d) => d._id.startsWith('people:') || d._id.startsWith('companies:')).map((d) => d._id),
    );
  } else {
    chosen = new Set(selection.clients.filter((id) => ids.has(id)));
    missing = selection.clients.filter((id) => !ids.has(id));
    // A company goes with its people: its contacts are its history.
    const companies = new Set(
      [...chosen].filter((id) => id.startsWith('companies:')).map((id) => id.slice(10)),
    );
    for (const d of live)
      if (d._id.startsWith('people:') && currentCompanies(d).some((c) => companies.has(c))) chosen.add(d._id);
  }
  const moved: string[] = [...chosen].sort(
    (a, b) => (a.startsWith('companies:') ? -1 : 0) - (b.startsWith('companies:') ? -1 : 0),
  );
  let records = 0;
  for (const d of live) {
    if (chosen.has(d._id)) continue;
    const parsed = parseDocId(d._id);
    const client = parsed ? clientOf(parsed.table, { ...d, id: parsed.id }) : null;
    if (client && chosen.has(docId(client.table, client.id))) {
      moved.push(d._id);
      records++;
    }
  }
  return { ids: moved, clients: chosen.size, records, missing };
}

/** A moved document as it reads in its new owner's database: theirs, stamped as the firm's change. */
export function handedOverDoc(
  doc: TeamDoc,
  to: { name: string; displayName: string },
  by: string,
  now: number,
): TeamDoc {
  const stamp = { at: now, source: `team:${by}` };
  const fieldMeta: FieldMeta = { ...doc.fieldMeta, owner: stamp };
  const next: TeamDoc = { ...doc, owner: to.name, fieldMeta };
  delete next.handedOverTo;
  delete next._conflicts;
  delete next._revisions;
  if (doc._id.startsWith('people:') || doc._id.startsWith('companies:')) {
    next.manager = to.displayName;
    fieldMeta.manager = stamp;
  }
  if (typeof doc.updatedAt === 'number') next.updatedAt = Math.max(doc.updatedAt, now);
  return next;
}
