// Everything a person's card shows, live, and what it can change.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Translate } from '../../core/i18n';
import { companyId, personId, type PersonId } from '../../core/ids';
import type { Settings } from '../../core/model';
import type { PersonDraft } from '../../core/validate';
import type { LinkedCompany } from '../../components/app/card/CompanyLinks';
import type { PersonActions } from '../../components/app/card/PersonCard';
import { documentsFor, knownManagers } from '../../storage/app-queries';
import { getCompany } from '../../storage/companies';
import { db } from '../../storage/db';
import { dealsForPerson } from '../../storage/deals';
import { interactionsForPerson } from '../../storage/interactions';
import { mergePeople, undoMerge } from '../../storage/merge';
import {
  addNote,
  archiveCompanyLink,
  getPerson,
  linkCompany,
  setStage,
  updatePerson,
} from '../../storage/people';
import { tasksForPerson } from '../../storage/tasks';
import { hrefOf } from './route';
import { clientActions } from './use-client-actions';
import type { OfferUndo } from './use-undo';
import { toDraft } from './patch';
import { refusalText } from '../../core/i18n/refusal-text';
import { withContact } from '../../storage/last-contact';

/** Interactions shown on a card at most (the timeline pages through them). */
const HISTORY_LIMIT = 5000;

export function usePersonCard(id: PersonId) {
  return useLiveQuery(async () => {
    const person = await withContact(db, await getPerson(db, id));
    if (!person) return { state: 'missing' as const };
    if (person.mergedInto) return { state: 'merged' as const, person };
    const links: LinkedCompany[] = [];
    for (const link of person.companies) {
      const company = await getCompany(db, link.companyId);
      links.push({
        link,
        name: company?.name ?? link.companyId,
        href: hrefOf({ page: 'company', id: link.companyId }),
      });
    }
    return {
      state: 'found' as const,
      person,
      links,
      interactions: await interactionsForPerson(db, id, HISTORY_LIMIT),
      deals: await dealsForPerson(db, id),
      tasks: await tasksForPerson(db, id),
      documents: await documentsFor(db, { kind: 'person', id }),
      managers: await knownManagers(db),
    };
  }, [id]);
}

export function personActions(
  id: PersonId,
  name: string,
  current: string | undefined,
  settings: Settings,
  t: Translate,
  offerUndo: OfferUndo,
): PersonActions {
  const now = () => Date.now();
  const save: PersonActions['save'] = async (patch) => {
    const result = await updatePerson(db, id, toDraft<PersonDraft>(patch), settings, now());
    return result.ok ? null : result.problems.map((p) => refusalText(p, t)).join(' ');
  };
  const also = current ? { kind: 'company' as const, id: companyId(current) } : undefined;
  return {
    ...clientActions({ kind: 'person', id }, name, settings, t, offerUndo, also),
    save,
    setStage: async (stage, reason) => {
      await setStage(db, { kind: 'person', id }, stage, reason, now());
    },
    addNote: async (text) => {
      await addNote(db, id, text, now());
    },
    link: {
      add: async (cid, moved) => {
        await linkCompany(db, id, { companyId: companyId(cid), decisionMaker: false }, now(), moved);
      },
      update: async (link) => {
        const { archived: _archived, ...rest } = link;
        await linkCompany(db, id, rest, now());
      },
      archive: async (link) => {
        await archiveCompanyLink(db, id, link.companyId, now());
      },
    },
    merge: async (other) => {
      const token = await mergePeople(db, id, personId(other.id), now());
      offerUndo(t('app.merge.done', { other: other.name, name }), () => undoMerge(db, token));
    },
  };
}
