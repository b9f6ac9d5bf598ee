// Notes the firm's sync leaves in a client's history so that no edit disappears: the value that lost a
// field-by-field merge, and an edit that arrived after the client was handed over to someone else.
import type { Interaction } from '../model';
import type { ClientTable, TeamDoc } from './documents';
import type { Overridden } from './merge';
import { LATE_NOTE_PREFIX } from './access';

const show = (v: unknown): string => {
  if (v === undefined || v === null || v === '') return '(empty)';
  if (typeof v === 'string') return `“${v}”`;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.length ? v.join(', ') : '(empty)';
  return JSON.stringify(v);
};

const when = (at: number) => new Date(at).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

const who = (source: string) => (source.startsWith('team:') ? source.slice(5) : source);

/** The history note's text for the fields of one record that both sides changed. */
export function conflictText(overridden: readonly Overridden[]): string {
  const lines = overridden.map(
    (o) =>
      `${o.field}: kept ${show(o.kept)} (${who(o.keptStamp.source)}, ${when(o.keptStamp.at)}); ` +
      `the other edit was ${show(o.lost)} (${who(o.lostStamp.source)}, ${when(o.lostStamp.at)}).`,
  );
  return ['Edited on two devices at once; the later edit of each field was kept.', ...lines].join('\n');
}

/** A note in a client's history: internal, authored by nobody in particular, linked to the client. */
export function historyNote(
  id: string,
  client: { table: ClientTable; id: string },
  text: string,
  at: number,
  reason: string,
): Interaction {
  return {
    id: id as Interaction['id'],
    kind: 'note',
    source: 'manual',
    direction: 'internal',
    participants: [],
    body: text,
    snippet: text.slice(0, 200),
    at,
    attachmentNames: [],
    personIds: client.table === 'people' ? [client.id as Interaction['personIds'][number]] : [],
    companyIds: client.table === 'companies' ? [client.id as Interaction['companyIds'][number]] : [],
    reason,
    createdAt: at,
  };
}

/** A short digest of a text (FNV-1a, two 32-bit lanes): names a note by what it says. */
function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

/**
 * The id of the note recording a merge of one record: the version merged into (`rev`) and what the note says, so
 * two devices resolving one conflict write one note, while two devices that each merged their own edit into the
 * same version write two. (Named by the revision alone, the second device's note met the first's id: it was taken
 * for "already written", or the two notes were merged as one record and one text was lost.)
 */
export const conflictNoteId = (docKey: string, rev: string, text: string) =>
  `sync-${docKey}-${rev}-${digest(text)}`;

/** An edit made to a client that was handed over meanwhile, on its way to the new owner. */
export interface LateNote extends TeamDoc {
  _id: string;
  from: string;
  for: string;
  client: { table: ClientTable; id: string };
  /** What was changed or added, in words. */
  text: string;
  at: number;
}

const label = (table: string) =>
  ({ people: 'person', companies: 'company', interactions: 'history entry', deals: 'deal', tasks: 'task' })[
    table
  ] ?? 'document';

/** The words for a late edit: each changed field with its new value, or the record that was added. */
export function lateEditText(
  table: string,
  row: Record<string, unknown>,
  changed: readonly string[],
  isNew: boolean,
): string {
  if (isNew) {
    const title = row.title ?? row.subject ?? row.body ?? row.name ?? row.displayName ?? '';
    return `Added a ${label(table)}: ${show(title)}.`;
  }
  const fields = changed.map((f) => `${f}: ${show(row[f])}`);
  return [`Changed this ${label(table)}:`, ...fields].join('\n');
}

/**
 * The late note for one record; its id is fixed by the record, the author and the time of the edit, so writing it
 * twice is harmless, and two members whose edits of one client arrive late in the same millisecond leave two notes.
 */
export function lateNote(
  docKey: string,
  editedAt: number,
  from: string,
  to: string,
  client: { table: ClientTable; id: string },
  text: string,
): LateNote {
  return {
    _id: `${LATE_NOTE_PREFIX}${docKey}:${from}:${editedAt}`,
    from,
    for: to,
    client,
    text,
    at: editedAt,
  };
}

/** The history note a late note becomes in the new owner's base. */
export function forwardedNote(note: LateNote): Interaction {
  return historyNote(
    `late-${note._id.slice(LATE_NOTE_PREFIX.length)}`,
    note.client,
    `An edit by ${note.from} that arrived when the client was no longer theirs to change ` +
      `(handed over, or no longer shared for editing). ${note.text}`,
    note.at,
    `Late edit by ${note.from}`,
  );
}
