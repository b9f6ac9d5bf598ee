// Text that enters the base: control characters removed (they display as nothing, and in an export a lone CR
// starts a new vCard property or CSV line), line breaks made `\n`. Tabs and line breaks themselves stay.

// C0 controls but tab and LF, DEL, C1 controls (U+0085 NEL is a line break: made `\n` first).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/gu;
const BREAKS = /\r\n?|\u0085/gu;
// eslint-disable-next-line no-control-regex -- a quick test before any copy is made
const NEEDS_CLEANING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

/** `text` without control characters, with CRLF, CR and NEL made LF. */
export function cleanText(text: string): string {
  return NEEDS_CLEANING.test(text) ? text.replace(BREAKS, '\n').replace(CONTROLS, '') : text;
}

/**
 * Every string inside `value` (object fields, array items, at any depth) cleaned; objects and arrays that held
 * nothing to clean are returned as they were (no copy).
 */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const clean = cleanStrings(item);
      if (clean !== item) (out ??= value.slice())[i] = clean;
    }
    return (out ?? value) as T;
  }
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return value;
  const record = value as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const clean = cleanStrings(item);
    if (clean !== item) (out ??= { ...record })[key] = clean;
  }
  return (out ?? value) as T;
}
