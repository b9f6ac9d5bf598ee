/**
 * Contact and mail import, planned as pure functions (usable from Node): candidates from CSV rows or
 * vCards, validation that keeps the rest of a row when one value is bad, dedupe and merge decisions
 * against the base, and archive messages mapped for the logging policy. storage/import-*.ts applies them.
 */
export { candidateFromCsv, candidateFromVCard, candidateLabel, type ContactCandidate } from './candidate';
export { prepareCandidate, type PreparedCompany, type PreparedRow } from './prepare';
export { mergeImportedRow, linkToCompany, type MergeOutcome } from './merge-row';
export {
  DEDUPE_MODES,
  planChunk,
  rowKey,
  type ChunkContext,
  type ChunkPlan,
  type DedupeMode,
  type DedupeOptions,
  type RowAction,
  type RowReport,
} from './dedupe';
export { companyKey, planCompanies, type CompanyPlan } from './companies';
export {
  describeMessage,
  loggableFromEml,
  messageProblem,
  unreadableMessage,
  type ImportedMessage,
} from './mail';
export {
  problemLine,
  summarizeReport,
  withParseProblems,
  type FileProblem,
  type ImportSummary,
} from './summary';
export { contactsFromCsv, contactsFromVCard, type ContactFile, type CsvContactFile } from './files';
