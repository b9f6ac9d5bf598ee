// A tab's readings can overtake each other; only the newest one may set the sidebar's context.
const latestReading = new Map<number, number>();
let readingCounter = 0;

/** Claims the tab for a new reading; the returned check says whether it is still the newest. */
export function claim(tabId: number): () => boolean {
  const mine = ++readingCounter;
  latestReading.set(tabId, mine);
  return () => latestReading.get(tabId) === mine;
}
