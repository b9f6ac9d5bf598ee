// The filter menus' choices (tags, places, industries, managers) in one pass over the rows: the same lists as
// core's distinctValues per field, but each distinct spelling is lower-cased once instead of once per row.
import type { ListRow } from '../../core/segments';

export interface ListOptions {
  tags: string[];
  places: string[];
  industries: string[];
  managers: string[];
}

/** Distinct values, the first spelling of each (case-insensitively), in the locale's order. */
function distinct(values: Iterable<string>, locale: string): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const key = v.toLocaleLowerCase();
    if (!seen.has(key)) seen.set(key, v);
  }
  return [...seen.values()].sort(new Intl.Collator(locale).compare);
}

export function listOptions(rows: readonly ListRow[], locale: string): ListOptions {
  // Sets keep first-seen order, so the first spelling wins as it does row by row.
  const tags = new Set<string>();
  const places = new Set<string>();
  const industries = new Set<string>();
  const managers = new Set<string>();
  for (const r of rows) {
    for (const t of r.tags) if (t) tags.add(t);
    if (r.city) places.add(r.city);
    if (r.region) places.add(r.region);
    if (r.industry) industries.add(r.industry);
    if (r.manager) managers.add(r.manager);
  }
  return {
    tags: distinct(tags, locale),
    places: distinct(places, locale),
    industries: distinct(industries, locale),
    managers: distinct(managers, locale),
  };
}
