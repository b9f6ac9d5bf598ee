// Contact files to candidates: CSV (with the user's encoding, delimiter and column choices) and vCard.
import { guessMapping, rowsToContacts, type ColumnMapping } from '../parse/contacts-csv.ts';
import { parseCsv, type CsvOptions, type ParsedCsv } from '../parse/csv.ts';
import { parseVCards } from '../parse/vcard.ts';
import { importNote } from '../import-reason';
import { candidateFromCsv, candidateFromVCard, type ContactCandidate } from './candidate';
import type { FileProblem } from './summary';

export interface ContactFile {
  candidates: ContactCandidate[];
  problems: FileProblem[];
}

export interface CsvContactFile extends ContactFile {
  csv: ParsedCsv;
  mapping: ColumnMapping;
}

/** Reads a CSV of contacts; without `mapping` the columns are guessed from the header. */
export function contactsFromCsv(
  bytes: Uint8Array | string,
  file: string,
  options: CsvOptions = {},
  mapping?: ColumnMapping,
): CsvContactFile {
  const csv = parseCsv(bytes, options);
  const used = mapping ?? guessMapping(csv.header);
  const { contacts, problems } = rowsToContacts(csv, used);
  if (csv.header.length === 0) problems.push({ line: 1, ...importNote('the file is empty', 'file.empty') });
  return {
    csv,
    mapping: used,
    // A row whose only value was rejected (a lone bad email) stays in the report through its problem.
    candidates: contacts
      .filter(
        (row) =>
          row.fullName !== undefined ||
          row.emails.length > 0 ||
          row.phones.length > 0 ||
          (row.company !== undefined && row.companyPhones.length > 0),
      )
      .map((row) => candidateFromCsv(row, file)),
    problems: problems.map((p) => ({ file, ...p })),
  };
}

/** Reads a vCard file (2.1, 3.0 or 4.0; several cards per file). */
export function contactsFromVCard(bytes: Uint8Array | string, file: string): ContactFile {
  const { cards, problems } = parseVCards(bytes);
  return {
    candidates: cards.map((card) => candidateFromVCard(card, file)),
    problems: problems.map((p) => ({ file, ...p })),
  };
}
