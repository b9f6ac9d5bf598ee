// Sends each page reading to the background; the background decides and logs.
import type { PageReading } from '../core/mail';
import { send } from './messaging/client';

/** Forwards one reading; failures are logged to the console, never thrown into the page. */
export function reportReading(reading: PageReading): void {
  const sent =
    reading.kind === 'thread'
      ? send('page.thread', reading.thread)
      : reading.kind === 'no-thread'
        ? send('page.noThread', {})
        : send('page.unreadable', reading);
  sent.catch((error: unknown) => console.warn('[Kartka]', error instanceof Error ? error.message : error));
}
