// The benchmark page's part of `team.replicate_ratio` (tests/bench/team.ts): an empty manager replica filled from
// the firm's server the way the extension fills it (join: pull into a PouchDB replica with the indexeddb adapter,
// then apply to a fresh Dexie base), beside raw PouchDB replication of the same database with no apply.
import { browserPouch, browserTeamEnv } from '../../integrations/team/browser';
import { joinFirm, leaveFirm, type JoinInput } from '../../integrations/team/join';
import { authFetch } from '../../integrations/team/server';
import { openKartkaDB } from '../../storage/db';

export interface TeamReplicateRun {
  /** Raw PouchDB replication into an empty local database, no apply. */
  rawMs: number;
  rawDocs: number;
  /** The extension's join of an empty base: pull into its replica and apply to Dexie. */
  oursMs: number;
  people: number;
  interactions: number;
  outcome: string;
}

export const teamBench = {
  async teamReplicate(input: JoinInput, database: string): Promise<TeamReplicateRun> {
    const stamp = Date.now();
    const Pouch = browserPouch();
    const remote = new Pouch(`${input.url}/${database}`, {
      skip_setup: true,
      fetch: authFetch({ kind: 'basic', user: input.user, password: input.password }),
    });
    const raw = new Pouch(`bench-raw-${stamp}`, { adapter: 'indexeddb' });
    const t0 = performance.now();
    // The same batch size as the extension's pull (integrations/team/sync.ts).
    await raw.replicate.from(remote, { batch_size: 250 });
    const rawMs = performance.now() - t0;
    const rawDocs = (await raw.info()).doc_count;
    await raw.destroy();
    await remote.close();

    const base = openKartkaDB(`bench-team-${stamp}`);
    const env = { ...browserTeamEnv(base), prefix: `bench-${stamp}/` };
    const t1 = performance.now();
    const joined = await joinFirm(env, input);
    const oursMs = performance.now() - t1;
    const run: TeamReplicateRun = {
      rawMs,
      rawDocs,
      oursMs,
      people: await base.people.count(),
      interactions: await base.interactions.count(),
      outcome: JSON.stringify(joined.sync ?? joined.preview),
    };
    await leaveFirm(env);
    await base.delete();
    return run;
  },
};
