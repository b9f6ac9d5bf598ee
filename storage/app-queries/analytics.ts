// One read of the base for the funnel page.
import type { PersonId } from '../../core/ids';
import type { StageState } from '../../core/model';
import type { KartkaDB } from '../db';
import { loadStageSnapshots } from './meta';

/** What the funnel page computes from: clients (people or companies), deals, and activity since `from`. */
export async function loadAnalyticsInput(db: KartkaDB, kind: 'people' | 'companies', from: number) {
  return db.transaction(
    'r',
    [db.people, db.companies, db.deals, db.interactions, db.tasks, db.meta],
    async () => {
      const clients: { id: string; createdAt: number; stage?: StageState; manager?: string }[] = [];
      const managers: { id: PersonId; manager?: string }[] = [];
      const collect = (r: {
        id: string;
        createdAt: number;
        stage?: StageState;
        manager?: string;
        mergedInto?: string;
      }) => {
        if (r.mergedInto !== undefined) return;
        const c: (typeof clients)[number] = { id: r.id, createdAt: r.createdAt };
        if (r.stage) c.stage = r.stage;
        if (r.manager) c.manager = r.manager;
        clients.push(c);
      };
      await db.people.each((p) => {
        if (p.mergedInto === undefined)
          managers.push(p.manager ? { id: p.id, manager: p.manager } : { id: p.id });
        if (kind === 'people') collect(p);
      });
      if (kind === 'companies') await db.companies.each(collect);
      return {
        clients,
        people: managers,
        deals: await db.deals.toArray(),
        interactions: (await db.interactions.where('at').aboveOrEqual(from).toArray()).map(
          ({ kind: k, at, personIds }) => ({ kind: k, at, personIds }),
        ),
        tasks: (await db.tasks.toArray()).filter((t) => t.done && (t.doneAt ?? 0) >= from),
        snapshots: kind === 'people' ? await loadStageSnapshots(db) : {},
      };
    },
  );
}
