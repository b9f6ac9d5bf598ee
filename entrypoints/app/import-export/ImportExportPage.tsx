// The import/export page of the app (route #/import): contacts and mail in; CSV, vCard and backups out.
import { useMemo, useState } from 'react';
import { ContactReport } from '../../../components/import/ContactReport';
import { ExportPanel } from '../../../components/import/ExportPanel';
import { FileDrop } from '../../../components/import/FileDrop';
import { MailReport } from '../../../components/import/MailReport';
import { ReadProgress } from '../../../components/import/ReadProgress';
import { RestorePanel } from '../../../components/import/RestorePanel';
import { UndoImport } from '../../../components/import/UndoImport';
import { importReasonText } from '../../../core/i18n/import-reason';
import { localizePipeline } from '../../../core/i18n/stage-name';
import { useLocale } from '../../../integrations/ui/use-page-locale';
import { useSettings } from '../../../integrations/ui/use-settings';
import { ContactsStep } from './ContactsStep';
import { kindOf } from './files';
import { MailStep } from './MailStep';
import { useContactImport } from './use-contact-import';
import { useExport } from './use-export';
import { useMailImport } from './use-mail-import';
import { useRestore } from './use-restore';
import './import-export.css';

/** The whole import/export page; the app shell renders it with no props. */
export function ImportExportPage() {
  const { t, locale } = useLocale();
  const settings = useSettings();
  const contacts = useContactImport(settings);
  const mail = useMailImport(settings);
  // Exported stage names read in the user's language (an import takes them back in any of the three).
  const shown = useMemo(
    () => ({ ...settings, pipeline: localizePipeline(settings.pipeline, t) }),
    [settings, t],
  );
  const exporter = useExport(shown);
  const restore = useRestore();
  const [mailFiles, setMailFiles] = useState<File[]>([]);
  const [unknown, setUnknown] = useState<string[]>([]);
  const busy = contacts.running !== null || mail.run !== null;

  const onFiles = (files: File[]) => {
    const kinds = files.map((f) => ({ f, kind: kindOf(f.name) }));
    setUnknown(kinds.filter((k) => k.kind === 'unknown').map((k) => k.f.name));
    contacts.addFiles(kinds.filter((k) => k.kind === 'csv' || k.kind === 'vcard').map((k) => k.f));
    const mailNew = kinds.filter((k) => k.kind === 'mbox' || k.kind === 'eml').map((k) => k.f);
    if (mailNew.length > 0)
      setMailFiles((prev) => [...prev.filter((p) => !mailNew.some((m) => m.name === p.name)), ...mailNew]);
  };

  return (
    <div className="import-export">
      <h1>{t('import.title')}</h1>
      <section className="import" aria-labelledby="import-title">
        <h2 id="import-title">{t('import.in.title')}</h2>
        <FileDrop
          inputId="import-files"
          label={t('import.pickFiles')}
          hint={t('import.pickHint')}
          accept=".csv,.tsv,.txt,.vcf,.vcard,.mbox,.mbx,.eml"
          disabled={busy}
          onFiles={onFiles}
        />
        {unknown.length > 0 && (
          <p className="warning" role="alert">
            {t('import.unknownFiles', { files: unknown.join(', ') })}
          </p>
        )}
        {contacts.reading && (
          <ReadProgress
            file={contacts.reading.name}
            progress={contacts.reading.progress}
            onCancel={contacts.reading.cancel}
            t={t}
          />
        )}
        {contacts.stopped && (
          <p className="warning" role="status">
            {t('import.readStopped', { file: contacts.stopped })}
          </p>
        )}
        {contacts.readFailed && (
          <p className="warning" role="alert">
            {t('import.readFailed', { error: contacts.readFailed })}
          </p>
        )}
        {contacts.parsed.length > 0 && <ContactsStep flow={contacts} t={t} />}
        {contacts.result && (
          <ContactReport
            summary={contacts.result.summary}
            aborted={contacts.result.aborted}
            onDownload={contacts.downloadReport}
            t={t}
          />
        )}
        {contacts.undoable && !contacts.running && (
          <UndoImport
            files={contacts.undoable.files}
            when={new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
              contacts.undoable.at,
            )}
            created={contacts.undoable.created}
            changed={contacts.undoable.changed}
            busy={contacts.undoing || busy}
            onUndo={() => void contacts.undo()}
            t={t}
          />
        )}
        {contacts.undone && (
          <p className="success" role="status">
            {t('import.undo.done', { count: contacts.undone.removed, restored: contacts.undone.restored })}
          </p>
        )}
        <MailStep
          files={mailFiles}
          defaultAccount={settings.ownAddresses[0] ?? ''}
          flow={mail}
          onDone={() => setMailFiles([])}
          onRemove={(name) => setMailFiles((prev) => prev.filter((f) => f.name !== name))}
          t={t}
        />
        {mail.result && (
          <MailReport
            logged={mail.result.logged}
            duplicates={mail.result.duplicates}
            skipped={mail.result.skipped}
            peopleCreated={mail.result.peopleCreated}
            aborted={mail.result.aborted}
            skippedReasons={mail.result.skippedReasons}
            skippedBecause={mail.result.skippedBecause}
            problems={mail.result.problemList}
            problemCount={mail.result.problems}
            t={t}
          />
        )}
      </section>
      <ExportPanel
        columns={exporter.columns}
        semicolon={exporter.semicolon}
        bom={exporter.bom}
        passphrase={exporter.passphrase}
        busy={exporter.busy}
        onColumns={exporter.setColumns}
        onOptions={exporter.setOptions}
        onPassphrase={exporter.setPassphrase}
        onCsv={() => void exporter.csv()}
        onVCard={() => void exporter.vcard()}
        onBackup={() => void exporter.backup()}
        t={t}
      />
      {exporter.error && (
        <p className="warning" role="alert">
          {exporter.error}
        </p>
      )}
      <RestorePanel
        fileName={restore.fileName}
        encrypted={restore.encrypted}
        passphrase={restore.passphrase}
        confirmed={restore.confirmed}
        busy={restore.busy || busy}
        onFile={(f) => void restore.choose(f)}
        onPassphrase={restore.setPassphrase}
        onConfirm={restore.setConfirmed}
        onRestore={() => void restore.restore()}
        t={t}
      />
      {restore.outcome && (
        <p
          className={restore.outcome.ok ? 'success' : 'warning'}
          role={restore.outcome.ok ? 'status' : 'alert'}
        >
          {restore.outcome.ok
            ? t('import.restore.done', {
                count: restore.outcome.people,
                interactions: restore.outcome.interactions,
              })
            : importReasonText(restore.outcome, t)}
        </p>
      )}
      {restore.outcome?.ok && restore.outcome.settingsDropped.length > 0 && (
        <p className="warning" role="alert">
          {t('settings.restoreDropped', { fields: restore.outcome.settingsDropped.join(', ') })}
        </p>
      )}
    </div>
  );
}

export default ImportExportPage;
