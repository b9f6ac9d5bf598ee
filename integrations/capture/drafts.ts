// Drafts waiting for review live in storage.session: the background writes one per capture, the
// capture page reads it by the id in its URL hash, and it is gone when saved or when the browser closes.
import { browser } from 'wxt/browser';
import type { CaptureDraft } from '../../core/capture';

const PREFIX = 'capture:';
/** Drafts nobody reviewed within a day are dropped when the next one is stored. */
const MAX_AGE_MS = 86_400_000;

export const captureDraftKey = (id: string) => `${PREFIX}${id}`;

/** Stores a draft for the capture page, pruning stale ones. */
export async function storeCaptureDraft(record: CaptureDraft): Promise<void> {
  const all = await browser.storage.session.get(null);
  const stale = Object.entries(all)
    .filter(
      ([key, value]) =>
        key.startsWith(PREFIX) && (value as CaptureDraft).createdAt < record.createdAt - MAX_AGE_MS,
    )
    .map(([key]) => key);
  if (stale.length > 0) await browser.storage.session.remove(stale);
  await browser.storage.session.set({ [captureDraftKey(record.id)]: record });
}

/** The draft with this id, or null when it was saved already or the browser was restarted. */
export async function loadCaptureDraft(id: string): Promise<CaptureDraft | null> {
  const key = captureDraftKey(id);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as CaptureDraft | undefined) ?? null;
}

/** Forgets a draft once it was saved or dismissed. */
export async function removeCaptureDraft(id: string): Promise<void> {
  await browser.storage.session.remove(captureDraftKey(id));
}
