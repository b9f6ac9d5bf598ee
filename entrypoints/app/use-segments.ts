// Saved segments of the list, kept in the base's meta table.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ListFilter, SavedSegment, SortSpec } from '../../core/segments';
import { deleteSegment, loadSegments, saveSegment } from '../../storage/app-queries';
import { db, newId } from '../../storage/db';

export function useSegments() {
  const segments = useLiveQuery(() => loadSegments(db), []) ?? [];
  return {
    segments,
    save: async (name: string, filter: ListFilter, sort: SortSpec, columns: SavedSegment['columns']) => {
      const segment: SavedSegment = { id: newId(), name, filter, sort, columns, createdAt: Date.now() };
      await saveSegment(db, segment);
      return segment;
    },
    remove: (segment: SavedSegment) => deleteSegment(db, segment.id),
  };
}
