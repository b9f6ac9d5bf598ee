// The draft this window reviews: its id is in the URL hash, the draft in session storage.
import { useEffect, useState } from 'react';
import type { CaptureDraft } from '../../core/capture';
import { loadCaptureDraft } from '../../integrations/capture/drafts';

/** The draft (undefined while loading, null when it is gone). */
export function useCaptureDraft(id: string): CaptureDraft | null | undefined {
  const [draft, setDraft] = useState<CaptureDraft | null | undefined>(undefined);
  useEffect(() => {
    void loadCaptureDraft(id)
      .catch(() => null)
      .then(setDraft);
  }, [id]);
  return draft;
}
