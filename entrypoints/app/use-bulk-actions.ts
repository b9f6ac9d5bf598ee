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
import type { DirectoryMember } from '../../core/team/membership';
import { companyId, personId } from '../../core/ids';
import { teamActions } from './use-team';

export function useBulkActions(
  t: Translate,
  pipeline: readonly StageDef[],
  members: readonly DirectoryMember[] = [],
) {
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
      } else if (action.type === 'handOver') {
        const to = members.find((m) => m.name === action.to);
        if (!to) throw new Error(`${action.to} is not a member of the firm.`);
        const refs = ids.map((id) =>
          kind === 'people'
            ? { kind: 'person' as const, id: personId(id) }
            : { kind: 'company' as const, id: companyId(id) },
        );
        const moved = await teamActions.handOver(refs, to);
        setStatus(t('team.handOver.done', { count: moved, name: to.displayName }));
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
