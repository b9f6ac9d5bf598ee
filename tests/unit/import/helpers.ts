// Shared fixtures for import tests: a fresh database, settings for a Ukrainian salesperson, small files.
import type { Settings } from '../../../core/model';
import { defaultSettings } from '../../../core/settings';
import { openKartkaDB, type KartkaDB } from '../../../storage/db';

let counter = 0;

/** A new, empty database with a unique name. */
export function freshDb(): KartkaDB {
  counter += 1;
  return openKartkaDB(`kartka-import-${counter}-${Math.random().toString(36).slice(2)}`);
}

export const ME = 'ivan.petrenko@kartka.ua';
export const NOW = Date.UTC(2025, 2, 10, 12);

export function testSettings(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ownAddresses: [ME], internalDomains: ['kartka.ua'], ...patch };
}

/** Bytes as a stream of chunks of `size`, the way File.stream() delivers them. */
export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
