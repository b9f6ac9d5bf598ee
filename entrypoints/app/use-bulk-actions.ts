// Runs a bulk action over the selected clients (in chunks, in storage) and reports what happened.
import { useState } from 'react';
import type { Translate } from '../../core/i18n';
import type { StageDef } from '../../core/model';
import { toCsv } from '../../core/parse/csv';
import { companiesTable, peopleTable } from '../../core/segments';
import type { BulkAction } from '../../components/app/list/BulkBar';
import { bulkChange, clientsForExport } from '../../storage/app-queries';
import { db } from '../../storage/db';
import { downloadText } from './download';

export function useBulkActions(t: Translate, pipeline: readonly StageDef[]) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const run = async (action: BulkAction, kind: 'people' | 'companies', ids: readonly string[]) => {
    setBusy(true);
    setStatus(t('app.bulk.working', { count: ids.length }));
    try {
      if (action.type === 'export') {
        const data = await clientsForExport(db, kind, ids);
        const table =
          kind === 'people'
            ? peopleTable(data.people, data.companyNames, pipeline)
            : companiesTable(data.companies, pipeline);
        const day = new Date().toISOString().slice(0, 10);
        downloadText(`kartka-${kind}-${day}.csv`, toCsv(table, { bom: true }), 'text/csv;charset=utf-8');
        setStatus(t('app.bulk.exported', { count: table.length - 1 }));
      } else {
        const changed = await bulkChange(db, kind, ids, action, Date.now());
        setStatus(t('app.bulk.done', { count: changed }));
      }
    } catch (error) {
      setStatus(t('app.bulk.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  return { busy, status, run };
}
