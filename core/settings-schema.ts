// The machinery behind checking stored settings field by field: a field that is not valid falls back to its
// default and is reported, the others stay. Declarations live in core/settings.ts.
import { z } from './zod';

/** A list whose entries are checked one by one: a bad entry is dropped (and reported), the others stay. */
export interface ListSpec<T> {
  kind: 'list';
  /** Returns the entry in its normal form, or why it is not valid. */
  entry: (raw: unknown) => { ok: true; value: T } | { ok: false; problem: string };
  max: number;
}

/**
 * How one settings field is checked: a zod schema for the whole value, a list checked entry by entry, or (for an
 * object) a spec per key, checked key by key. The mapped type makes a field without a spec a compile error.
 */
export type FieldSpec<T> =
  | z.ZodType<T>
  | (T extends readonly (infer E)[] ? ListSpec<E> : never)
  | (T extends readonly unknown[] ? never : T extends object ? GroupSpec<T> : never);

export type GroupSpec<T> = { [K in keyof T]-?: FieldSpec<Exclude<T[K], undefined>> };

/** A setting that was not valid and was set back to its default (or a list entry that was left out). */
export interface DroppedSetting {
  /** Its path, e.g. `pipeline`, `logging.maxRecipients`, `blocklist[3]`. */
  field: string;
  /** Why, in English (for the report and the logs). */
  problem: string;
}

/** Declares a list field checked entry by entry. */
export function listOf<T>(entry: ListSpec<T>['entry'], max: number): ListSpec<T> {
  return { kind: 'list', entry, max };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isList = (spec: unknown): spec is ListSpec<unknown> =>
  isRecord(spec) && spec.kind === 'list' && typeof spec.entry === 'function';

/** Short, readable text of a value for a report (never the whole of a large value). */
function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Checks `raw` against `spec` key by key. A missing key takes its default silently (a field added since the
 * settings were saved); a present one that is not valid takes its default and is reported. Unknown keys are left
 * out (a field a later version retired).
 */
export function checkGroup<T extends object>(
  raw: unknown,
  spec: GroupSpec<T>,
  defaults: T,
  path = '',
  dropped: DroppedSetting[] = [],
): T {
  const out = { ...defaults } as Record<string, unknown>;
  if (raw === undefined || raw === null) return out as T;
  if (!isRecord(raw)) {
    dropped.push({ field: path || '*', problem: `expected an object, found ${preview(raw)}` });
    return out as T;
  }
  for (const key of Object.keys(spec) as (keyof T & string)[]) {
    if (!Object.hasOwn(raw, key) || raw[key] === undefined) continue;
    const field = path ? `${path}.${key}` : key;
    const value = raw[key];
    const fieldSpec = spec[key] as unknown;
    const fallback = (defaults as Record<string, unknown>)[key];
    if (fieldSpec instanceof z.ZodType) {
      const r = fieldSpec.safeParse(value);
      if (r.success) out[key] = r.data;
      else
        dropped.push({ field, problem: `${r.error.issues[0]?.message ?? 'not valid'}: ${preview(value)}` });
    } else if (isList(fieldSpec)) {
      out[key] = checkList(value, fieldSpec, fallback as unknown[], field, dropped);
    } else {
      out[key] = checkGroup(value, fieldSpec as GroupSpec<object>, fallback as object, field, dropped);
    }
  }
  return out as T;
}

function checkList<E>(
  raw: unknown,
  spec: ListSpec<E>,
  fallback: E[],
  field: string,
  dropped: DroppedSetting[],
) {
  if (!Array.isArray(raw)) {
    dropped.push({ field, problem: `expected a list, found ${preview(raw)}` });
    return fallback;
  }
  const out: E[] = [];
  const seen = new Set<string>();
  for (const [i, item] of raw.entries()) {
    if (out.length >= spec.max) {
      dropped.push({ field: `${field}[${i}…]`, problem: `more than ${spec.max} entries` });
      break;
    }
    const r = spec.entry(item);
    if (!r.ok) {
      dropped.push({ field: `${field}[${i}]`, problem: r.problem });
      continue;
    }
    const key = JSON.stringify(r.value);
    if (!seen.has(key)) out.push(r.value);
    seen.add(key);
  }
  return out;
}
