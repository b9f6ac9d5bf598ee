// Why an imported row, value or message was left out (or what happened to it), as a code and its figures
// beside the English text, so the import page can say it in the reader's language
// (core/i18n/messages/import-reasons.ts); the English text stays for the downloaded report, logs and tests.
import type { Refusal } from './reason';

export type ImportReasonCode =
  // An address in a file (core/parse/addresses.ts emailProblem), said after "is not an email address".
  | 'address.empty'
  | 'address.noAt'
  | 'address.manyAt'
  | 'address.noLocal'
  | 'address.noDomain'
  | 'address.spaces'
  | 'address.noDot'
  | 'address.badDomain'
  | 'address.badLocal'
  // CSV and vCard files (core/parse).
  | 'file.empty'
  | 'file.badBytes'
  | 'csv.cells'
  | 'csv.cellsTab'
  | 'csv.quote'
  | 'csv.email'
  | 'csv.birthday'
  | 'csv.emptyRow'
  | 'vcard.birthday'
  | 'vcard.noColon'
  | 'vcard.endWithoutBegin'
  | 'vcard.outside'
  | 'vcard.noEnd'
  // Rows checked and planned against the base (core/import).
  | 'row.leftOut'
  | 'row.birthdayLeftOut'
  | 'row.nothingLeft'
  | 'row.nothingLeftBecause'
  | 'row.idsWithoutCompany'
  | 'row.owned'
  | 'row.notImported'
  | 'row.created'
  | 'row.createdAnyway'
  | 'row.skippedBase'
  | 'row.skippedEarlier'
  | 'row.unchangedBase'
  | 'row.unchangedEarlier'
  | 'row.merged'
  | 'row.possibleDuplicate'
  | 'row.possibleDuplicateNoName'
  | 'row.companyOnly'
  | 'row.stageUnknown'
  // Mail archives (core/import/mail.ts, storage/import-mail.ts).
  | 'mail.notMbox'
  | 'mail.message'
  | 'mail.messageSubject'
  | 'mail.noDate'
  | 'mail.badDate'
  | 'mail.noAddress'
  | 'mail.unreadable'
  // Restoring a backup (core/export/backup.ts, storage/backup.ts, storage/crypto.ts).
  | 'backup.notBackup'
  | 'backup.notJson'
  | 'backup.newer'
  | 'backup.badVersion'
  | 'backup.badRecord'
  | 'backup.badRecordField'
  | 'backup.duplicateId'
  | 'backup.unknownTables'
  | 'backup.writeFailed'
  | 'backup.notEncrypted'
  | 'backup.wrongPassphrase'
  | 'backup.badIterations'
  | 'backup.tampered';

/** A person's field a merge can change (core/import/merge-row.ts, core/capture.ts), named in the reader's language. */
export type ChangedField =
  | 'displayName'
  | 'givenName'
  | 'familyName'
  | 'patronymic'
  | 'position'
  | 'city'
  | 'birthday'
  | 'notes'
  | 'emails'
  | 'phones'
  | 'tags'
  | 'company'
  | 'manager'
  | 'stage'
  | 'department'
  | 'address'
  | 'website';

export interface ImportBecause {
  code: ImportReasonCode;
  params?: Record<string, string | number>;
  /** A validator's refusal this reason wraps ("… It was left out."), rendered by its own code. */
  refusal?: Refusal;
  /** The reasons this one is made of (what was left out of a row, what is wrong with an address). */
  parts?: ImportNote[];
  /** The fields a merge changed. */
  fields?: ChangedField[];
}

/** One reason in English with, when known, its code and figures. */
export interface ImportNote {
  reason: string;
  because?: ImportBecause;
}

/** A note with its code: `{ reason, because }` in one call; `more` adds a wrapped refusal, parts or fields. */
export function importNote(
  reason: string,
  code: ImportReasonCode,
  params?: ImportBecause['params'],
  more: Omit<ImportBecause, 'code' | 'params'> = {},
): ImportNote {
  return { reason, because: { code, ...(params ? { params } : {}), ...more } };
}

/** The mail import's key for the reasons past the first forty it counts one by one. */
export const OTHER_REASONS = 'other reasons';
