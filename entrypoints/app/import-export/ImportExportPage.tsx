// The import/export page of the app (route #/import): contacts and mail in, CSV/vCard/backup out.
import { useLocale } from '../../../integrations/ui/use-locale';

/** The whole import/export page; the app shell renders it with no props. */
export function ImportExportPage() {
  const { t } = useLocale();
  return (
    <section className="import-export" aria-labelledby="import-export-title">
      <h1 id="import-export-title">{t('import.title')}</h1>
      <label>
        {t('import.pickFiles')}
        <input type="file" multiple accept=".csv,.tsv,.vcf,.vcard,.mbox,.mbx,.eml" />
      </label>
    </section>
  );
}

export default ImportExportPage;
