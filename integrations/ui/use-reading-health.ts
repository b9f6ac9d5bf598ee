// The reading-health counts for extension pages, live from storage.local (the background writes them).
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'react';
import { healthOf, READING_HEALTH_KEY, type ReadingHealth } from '../../core/reading-health';

export function useReadingHealth(): ReadingHealth | null {
  const [health, setHealth] = useState<ReadingHealth | null>(null);
  useEffect(() => {
    let live = true;
    void browser.storage.local.get(READING_HEALTH_KEY).then((stored) => {
      if (live) setHealth(healthOf(stored[READING_HEALTH_KEY]));
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[READING_HEALTH_KEY];
      if (area === 'local' && change) setHealth(healthOf(change.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return health;
}
