// Everything a company's card shows, live, and what it can change.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Translate } from '../../core/i18n';
import { companyId, type CompanyId } from '../../core/ids';
import type { Settings } from '../../core/model';
import type { CompanyDraft } from '../../core/validate';
import type { CompanyActions } from '../../components/app/card/CompanyCard';
import { orderPeople, type CompanyPerson } from '../../components/app/card/CompanyPeople';
import { addCompanyNote, documentsFor, tasksForCompany } from '../../storage/app-queries';
import { getCompany, updateCompany } from '../../storage/companies';
import { db } from '../../storage/db';
import { dealsForCompany } from '../../storage/deals';
import { interactionsForCompany } from '../../storage/interactions';
import { mergeCompanies, undoMerge } from '../../storage/merge';
import { peopleOfCompany, setStage } from '../../storage/people';
import { toDraft } from './patch';
import { hrefOf } from './route';
import { clientActions } from './use-client-actions';
import type { OfferUndo } from './use-undo';
import { refusalText } from '../../core/i18n/refusal-text';

const HISTORY_LIMIT = 5000;

export function useCompanyCard(id: CompanyId, locale: string) {
  return useLiveQuery(async () => {
    const company = await getCompany(db, id);
    if (!company) return { state: 'missing' as const };
    if (company.mergedInto) return { state: 'merged' as const, company };
    const { current, former } = await peopleOfCompany(db, id);
    const view = (p: (typeof current)[number]): CompanyPerson => ({
      person: p,
      link:
        p.companies.find((l) => l.companyId === id && !l.archived) ??
        p.companies.find((l) => l.companyId === id),
      href: hrefOf({ page: 'person', id: p.id }),
    });
    return {
      state: 'found' as const,
      company,
      people: {
        current: orderPeople(current.map(view), locale),
        former: orderPeople(former.map(view), locale),
      },
      interactions: await interactionsForCompany(db, id, HISTORY_LIMIT),
      deals: await dealsForCompany(db, id),
      tasks: await tasksForCompany(db, id),
      documents: await documentsFor(db, { kind: 'company', id }),
    };
  }, [id, locale]);
}

export function companyActions(
  id: CompanyId,
  name: string,
  settings: Settings,
  t: Translate,
  offerUndo: OfferUndo,
): CompanyActions {
  const { searchPeople: _people, ...shared } = clientActions(
    { kind: 'company', id },
    name,
    settings,
    t,
    offerUndo,
  );
  return {
    ...shared,
    save: async (patch) => {
      const result = await updateCompany(db, id, toDraft<CompanyDraft>(patch), Date.now());
      return result.ok ? null : result.problems.map((p) => refusalText(p, t)).join(' ');
    },
    setStage: async (stage, reason) => {
      await setStage(db, { kind: 'company', id }, stage, reason, Date.now());
    },
    addNote: async (text) => {
      await addCompanyNote(db, id, text, Date.now());
    },
    merge: async (other) => {
      const token = await mergeCompanies(db, id, companyId(other.id), Date.now());
      offerUndo(t('app.merge.done', { other: other.name, name }), () => undoMerge(db, token));
    },
  };
}
