// Sends each page reading to the background over the page port; the background decides and logs.
import type { PageReading } from '../core/mail';
import { post } from './messaging/client';

/** Forwards one reading; failures are logged to the console, never thrown into the page. */
export function reportReading(reading: PageReading): void {
  if (reading.kind === 'thread') post('page.thread', reading.thread);
  else if (reading.kind === 'no-thread') post('page.noThread', {});
  else post('page.unreadable', reading);
}
