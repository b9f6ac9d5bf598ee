// "Now" for relative dates in the UI, refreshed every minute (render stays pure).
import { useEffect, useState } from 'react';

/** The current time in epoch ms, updated every `everyMs`. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
