// Off-boarding on the member's side: every local replica destroyed and the base emptied, with a notice of why.
import type { TeamMembership, TeamNotice } from '../../core/team/membership';
import { readableDatabases } from '../../core/team/route';
import { readTeam, wipeBase } from '../../storage/team/state';
import type { Replicas, TeamEnv } from './replicas';

/** The IndexedDB databases PouchDB's indexeddb adapter made for replicas (browsers that can list them). */
async function leftoverReplicas(env: TeamEnv): Promise<string[]> {
  const idb = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!idb?.databases) return [];
  const marker = `_pouch_${env.prefix}kartka-team-`;
  const all = await idb.databases().catch(() => []);
  return all.flatMap((d) => (d.name?.startsWith(marker) ? [d.name.slice(marker.length)] : []));
}

/** Wipes every replica and the base; `because` says why (shown to the person afterwards). */
export async function wipeTeamBase(
  env: TeamEnv,
  replicas: Replicas,
  m: TeamMembership,
  because: TeamNotice['because'],
): Promise<void> {
  const members = (await readTeam(env.db, 'members')) ?? [];
  const known = readableDatabases(m.firm, { name: m.member, level: m.level }, members);
  const databases = [...new Set([...known, ...replicas.opened(), ...(await leftoverReplicas(env))])];
  await replicas.destroy(databases);
  await wipeBase(env.db, { firm: m.firm, member: m.member, at: env.now(), because });
}
