// An admin's actions on the firm's members from Settings → Team: the provisioning library itself (tools/team, the
// one the CLI runs), with the CouchDB credentials the admin typed for it (never stored) or their own sign-in. The
// server decides: CouchDB lets only a server admin change users' roles, so a firm admin's own sign-in is refused,
// and the page says so in words. Each action writes its audit entry (the library does), then the directory syncs.
import { adminProblemOf, type AdminOutcome, type AdminRequest } from '../../core/team/admin';
import { db } from '../../storage/db';
import { readTeam } from '../../storage/team/state';
import { Couch } from '../../tools/team/couch';
import { invite, setLevel } from '../../tools/team/firm';
import { offboard } from '../../tools/team/handover';
import { syncNow } from './team';

async function run({ action, as }: AdminRequest): Promise<AdminOutcome> {
  const m = await readTeam(db, 'membership');
  if (m?.level !== 'admin')
    return { ok: false, problem: { code: 'invalid', reason: 'only a firm admin manages members' } };
  const couch = new Couch(m.url, as ?? m.auth, (url, init) => fetch(url, init));
  const now = Date.now();
  try {
    await couch.requireServerAdmin();
    let outcome: AdminOutcome = { ok: true };
    if (action.kind === 'invite') {
      const inv = await invite(couch, m.firm, action.member, m.member, now);
      outcome = {
        ok: true,
        invitation: { url: inv.url, firm: inv.firm, name: inv.name, password: inv.password },
      };
    } else if (action.kind === 'level')
      await setLevel(couch, m.firm, action.member, action.level, m.member, now);
    else await offboard(couch, m.firm, { member: action.member, to: action.to }, m.member, now);
    // The directory changed: the members list (and, for the member, their level) follow at this sync.
    void syncNow();
    return outcome;
  } catch (e) {
    return { ok: false, problem: adminProblemOf(e) };
  }
}

export const teamAdminActions = {
  'team.admin': (request: AdminRequest) => run(request),
};
