// The ids of the notes the firm's sync leaves: one note per merge, whichever replica writes it, and never one id
// for two different notes (found by tests/team/replicas.test.ts, seed 20260512: two offline managers merged their
// own edits into one revision and the second note met the first's id).
import { describe, expect, test } from 'vitest';
import { conflictNoteId, conflictText, lateNote } from '../../../core/team/notes';
import type { Overridden } from '../../../core/team/merge';

const T0 = Date.UTC(2026, 11, 7, 9, 0);
const lost = (value: string, at: number): Overridden[] => [
  {
    field: 'city',
    kept: 'Київ',
    keptStamp: { at: T0 + 10, source: 'user' },
    lost: value,
    lostStamp: { at, source: 'user' },
  },
];

describe('conflictNoteId', () => {
  test('two replicas writing the same merge name it alike', () => {
    const a = conflictNoteId('people:p1', '3-abc', conflictText(lost('Львів', T0)));
    const b = conflictNoteId('people:p1', '3-abc', conflictText(lost('Львів', T0)));
    expect(a).toBe(b);
    expect(a.startsWith('sync-people:p1-3-abc-')).toBe(true);
  });

  test('two devices merging their own edits into one revision write two notes', () => {
    const mine = conflictNoteId('people:p1', '3-abc', conflictText(lost('Berlin', T0 + 3)));
    const theirs = conflictNoteId('people:p1', '3-abc', conflictText(lost('Warszawa', T0 + 3)));
    expect(mine).not.toBe(theirs);
  });
});

describe('lateNote', () => {
  const client = { table: 'people' as const, id: 'p1' };
  test('late edits of one client by two members in one millisecond are two notes', () => {
    const a = lateNote('people:p1', T0, 'm4', 'm3', client, 'city: “Berlin”');
    const b = lateNote('people:p1', T0, 'm5', 'm3', client, 'city: “Warszawa”');
    expect(a._id).not.toBe(b._id);
    // The same edit written twice (a retried push) is one note.
    expect(lateNote('people:p1', T0, 'm4', 'm3', client, 'city: “Berlin”')._id).toBe(a._id);
  });
});
