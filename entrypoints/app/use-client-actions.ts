// Card actions a person and a company share: tasks, deals, documents, notes, pickers, delete with undo.
import type { Translate } from '../../core/i18n';
import type { CompanyId, PersonId } from '../../core/ids';
import type { ClientDocument, Deal, DocumentKind, Settings, Task } from '../../core/model';
import type { PickerHit } from '../../components/app/card/ClientPicker';
import type { NewDeal } from '../../components/app/card/DealsPanel';
import type { NewTask } from '../../components/app/tasks/NewTaskForm';
import {
  addDocument,
  deleteClient,
  deleteTask,
  purgeExpiredTrash,
  removeDocument,
  undoDelete,
  UNDO_MS,
} from '../../storage/app-queries';
import { db } from '../../storage/db';
import { addDeal, closeDeal } from '../../storage/deals';
import type { ClientRef } from '../../storage/people';
import { searchCompanies, searchPeople } from '../../storage/search';
import { loadSettings, saveSettings } from '../../storage/settings';
import { addTask, completeTask } from '../../storage/tasks';
import { go, hrefOf } from './route';
import type { OfferUndo } from './use-undo';

/** The message of an error, for showing beside the form that caused it. */
export const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function attempt(action: () => Promise<unknown>): Promise<string | null> {
  try {
    await action();
    return null;
  } catch (e) {
    return reasonOf(e);
  }
}

export async function findPeople(query: string): Promise<PickerHit[]> {
  const hits = await searchPeople(db, query, 10);
  return hits.map((h) => ({
    id: h.id,
    name: h.name,
    detail: [h.companyName, h.email].filter(Boolean).join(' · '),
  }));
}

export async function findCompanies(query: string): Promise<PickerHit[]> {
  const hits = await searchCompanies(db, query, 10);
  return hits.map((c) => ({
    id: c.id,
    name: c.name,
    detail: [c.legalForm, c.domains[0], c.city].filter(Boolean).join(' · '),
  }));
}

/** `ref` is the card's client; `also` is linked too when a deal is opened (a person's current company). */
export function clientActions(
  ref: ClientRef,
  name: string,
  settings: Settings,
  t: Translate,
  offerUndo: OfferUndo,
  also?: ClientRef,
) {
  const link = (into: { personId?: PersonId; companyId?: CompanyId }, r: ClientRef | undefined) => {
    if (r?.kind === 'person') into.personId = r.id;
    if (r?.kind === 'company') into.companyId = r.id;
    return into;
  };
  return {
    addTask: (task: NewTask) =>
      attempt(() => addTask(db, { ...task, kind: 'task', ...link({}, ref) }, Date.now())),
    completeTask: (task: Task) => void completeTask(db, task.id, Date.now()),
    deleteTask: (task: Task) => void deleteTask(db, task.id),
    addDeal: (deal: NewDeal) =>
      attempt(() => addDeal(db, { ...deal, ...link(link({}, also), ref) }, Date.now())),
    closeDeal: async (deal: Deal, outcome: 'won' | 'lost', reason: string) => {
      await closeDeal(db, deal.id, outcome, reason, settings, Date.now());
    },
    addDocument: (docName: string, kind: DocumentKind) =>
      attempt(() => addDocument(db, ref, docName, kind, Date.now(), Date.now())),
    removeDocument: (doc: ClientDocument) => void removeDocument(db, doc.id),
    searchPeople: findPeople,
    searchCompanies: findCompanies,
    /** Deletes the client; `block` also puts a person's addresses on the blocklist, so mail never adds them back. */
    remove: async (block: boolean) => {
      const emails = block && ref.kind === 'person' ? ((await db.people.get(ref.id))?.emails ?? []) : [];
      const token = await deleteClient(db, ref, Date.now());
      if (emails.length > 0) {
        const { blocklist } = await loadSettings(db);
        await saveSettings({ blocklist: [...new Set([...blocklist, ...emails])] }, db);
      }
      go({ page: 'clients' });
      // Past its time the undo record goes even if this page stays open; a page opened later purges it too.
      setTimeout(() => void purgeExpiredTrash(db, Date.now()), UNDO_MS + 1000);
      offerUndo(
        t('app.delete.done', { name }),
        async () => {
          await undoDelete(db, token, Date.now());
          location.hash = hrefOf(
            ref.kind === 'person' ? { page: 'person', id: ref.id } : { page: 'company', id: ref.id },
          );
        },
        UNDO_MS,
      );
    },
  };
}
