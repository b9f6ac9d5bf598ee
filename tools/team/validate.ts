// The design document of each firm database: a validate_doc_update that enforces the levels on the server, the
// same rule as core/team/access.ts (one table of cases runs against both in tests/unit/team/access.test.ts).
//
// Written against the document and the user's roles only, never against custom `_security` fields:
// pouchdb-server passes `secObj` to validation on direct writes but not on replicated ones (TEAM.md), and
// CouchDB's own validation sees `userCtx.roles` on both. The function is ES5 source, since CouchDB runs
// design functions in its own JavaScript engine (SpiderMonkey or QuickJS), never in Node.
import type { DatabaseKind } from '../../core/team/access';
import { firmRoles } from '../../core/team/names';

export const DESIGN_DOC_ID = '_design/kartka';

/** The version of the rules: `createFirm` and `upgrade` rewrite design documents older than this. */
export const RULES_VERSION = 2;

const BODY = `
  var roles = userCtx.roles || [];
  function has(r) { return roles.indexOf(r) !== -1; }
  function deny(msg) { throw({ forbidden: msg }); }
  if (has('_admin')) return;
  if (!has(P.roles.member)) deny('You are not a member of this firm.');
  var level = has(P.roles.admin) ? 'admin' : has(P.roles.manager) ? 'manager' : has(P.roles.readonly) ? 'readonly' : null;
  if (level === null || level === 'readonly') deny('Read-only members change nothing in the firm\\u2019s base.');
  var me = userCtx.name;
  var prev = oldDoc && !oldDoc._deleted ? oldDoc : null;
  var gone = oldDoc && oldDoc._deleted ? oldDoc : null;
  var id = newDoc._id;
  var deleting = newDoc._deleted === true;
  if (P.kind === 'admin') {
    if (level !== 'admin') deny('Only the firm\\u2019s admins write the audit log.');
    if (prev || gone) deny('The audit log is append-only: its entries are never changed.');
    return;
  }
  if (level === 'admin') return;
  if (P.kind === 'directory') deny('Only the firm\\u2019s admins change its members.');
  var handed = (prev && prev.handedOverTo) || (gone && gone.handedOverTo);
  if (handed && handed !== me) deny('This client was handed over to ' + handed + '; the edit goes to them as a note.');
  if (P.kind === 'own') {
    if (me !== P.member) deny('Only ' + P.member + ' and the firm\\u2019s admins write in this database.');
    if (id.indexOf('latenote:') === 0) {
      if (!prev && newDoc.from === me && !deleting) return;
      deny('A late note is written once, by its author.');
    }
    if (!deleting && newDoc.owner !== me) deny('Only an admin gives a client to another manager (hand over).');
    if (prev && prev.owner !== undefined && prev.owner !== me) deny('This record belongs to ' + prev.owner + '.');
    return;
  }
  var client = id.indexOf('people:') === 0 || id.indexOf('companies:') === 0;
  if (!prev) {
    if (newDoc.owner === me) return;
    if (newDoc.sharing === 'write' && !client) return;
    deny('Only the owner shares a client; other managers add to clients shared for writing.');
  }
  if (prev.owner === me) {
    if (deleting || newDoc.owner === me) return;
    deny('Only an admin gives a client to another manager (hand over).');
  }
  if (prev.sharing !== 'write') deny('This client is shared read-only by ' + (prev.owner || 'its owner') + '.');
  if (deleting) deny('Only ' + (prev.owner || 'its owner') + ' or an admin deletes a shared client\\u2019s records.');
  if (newDoc.owner !== prev.owner || newDoc.sharing !== prev.sharing)
    deny('Only the owner or an admin changes who owns a shared client and how it is shared.');
`;

/** The validate_doc_update source for one database of a firm. */
export function validationSource(firm: string, db: DatabaseKind): string {
  const params = {
    kind: db.kind,
    member: db.kind === 'own' ? db.member : null,
    roles: { ...firmRoles(firm).level, member: firmRoles(firm).member },
  };
  return `function (newDoc, oldDoc, userCtx) {\n  var P = ${JSON.stringify(params)};${BODY}}`;
}

/** The design document of one database of a firm. */
export function designDoc(firm: string, db: DatabaseKind): Record<string, unknown> {
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    kartkaRules: RULES_VERSION,
    validate_doc_update: validationSource(firm, db),
  };
}
