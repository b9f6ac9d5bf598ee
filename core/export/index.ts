/**
 * Export as pure functions: people to CSV with chosen columns, to vCard 4.0, and the backup envelope with
 * its checks. storage/backup.ts reads and writes the base; the page turns the text into downloads.
 */
export {
  DEFAULT_EXPORT_COLUMNS,
  EXPORT_COLUMNS,
  peopleToCsv,
  peopleToRows,
  type ExportColumn,
  type ExportContext,
} from './columns';
export { peopleToVCards, personToVCard } from './vcard';
export {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  checkBackup,
  type BackupCheck,
  type BackupEnvelope,
  type BackupTable,
} from './backup';
