// Message catalogs are split by area (one file per area, so parts of the product don't collide);
// each area defines English and must translate every key into Ukrainian and Russian.
import type { Message } from './plural';

export interface Catalog<K extends string> {
  en: Record<K, Message>;
  uk: Record<K, Message>;
  ru: Record<K, Message>;
}

/** Declares one area's messages; the type makes a missing uk/ru translation a compile error. */
export function defineMessages<K extends string>(catalog: Catalog<K>): Catalog<K> {
  return catalog;
}
