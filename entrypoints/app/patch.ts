// A card edit as a patch of fields, where an undefined value clears that field.

/** Some fields of T; a key present with `undefined` clears that field. */
export type Clearable<T> = { [K in keyof T]?: T[K] | undefined };

/**
 * updatePerson and updateCompany spread the patch over the stored record, so a key present with `undefined`
 * clears that field. Their draft types (under exactOptionalPropertyTypes) cannot say "present but undefined";
 * this is the one place that crosses that line.
 */
export function toDraft<T>(patch: Clearable<T>): T {
  return patch as T;
}
