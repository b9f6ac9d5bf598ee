// The firm's provisioning tool: `npm run team -- <command> [options]`. It talks only to CouchDB's HTTP API, as a
// server admin (COUCHDB_URL, e.g. https://admin:secret@couch.acme.ua, or --url with COUCHDB_USER/COUCHDB_PASSWORD).
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { LEVELS, type Level } from '../../core/team/names';
import { readAudit } from './audit';
import { Couch, CouchError } from './couch';
import { createFirm, invite, members, setLevel, type Invitation } from './firm';
import { handOver, offboard, sweep } from './handover';

const HELP = `Kartka team provisioning (talks to CouchDB's HTTP API as a server admin)

  create-firm --firm <id> --title <name> --admin <member> --name <full name> [--password <pw>]
  invite      --firm <id> --member <member> --name <full name> --level admin|manager|readonly [--password <pw>]
  level       --firm <id> --member <member> --level admin|manager|readonly [--to <member>]
  hand-over   --firm <id> --from <member> --to <member> (--all | --client people:<id> ...)
  offboard    --firm <id> --member <member> --to <member>
  sweep       --firm <id>
  members     --firm <id>
  audit       --firm <id>

Server: COUCHDB_URL=https://admin:secret@couch.example.com (or --url with COUCHDB_USER and COUCHDB_PASSWORD).
--by <member> names who acts in the audit log (default: the server admin's user name). --json prints JSON.`;

interface Out {
  log: (line: string) => void;
  json: boolean;
}

function server(url: string | undefined): { couch: Couch; user: string } {
  const raw = url ?? process.env.COUCHDB_URL;
  if (!raw) throw new Error('No server: set COUCHDB_URL=https://admin:secret@host:5984 or pass --url.');
  const u = new URL(raw);
  const user = decodeURIComponent(u.username) || process.env.COUCHDB_USER || '';
  const password = decodeURIComponent(u.password) || process.env.COUCHDB_PASSWORD || '';
  if (!user || !password)
    throw new Error(
      'No server admin: put it in the URL (https://admin:secret@host) or in COUCHDB_USER/COUCHDB_PASSWORD.',
    );
  u.username = '';
  u.password = '';
  return { couch: new Couch(u.toString().replace(/\/+$/, ''), { user, password }), user };
}

function need(value: string | undefined, flag: string): string {
  if (!value) throw new Error(`Missing --${flag}. Run with --help for the commands.`);
  return value;
}

function level(value: string | undefined): Level {
  const l = need(value, 'level');
  if (!(LEVELS as readonly string[]).includes(l))
    throw new Error(`--level must be one of ${LEVELS.join(', ')}, not "${l}".`);
  return l as Level;
}

function showInvitation(out: Out, inv: Invitation) {
  if (out.json) return out.log(JSON.stringify(inv));
  out.log(`Give these to ${inv.displayName}; they join the firm with them:`);
  out.log(`  Server:   ${inv.url}`);
  out.log(`  Firm:     ${inv.firm}`);
  out.log(`  Name:     ${inv.name}`);
  out.log(`  Password: ${inv.password}`);
  out.log(`  Level:    ${inv.level}`);
}

/** Runs one command; returns the exit code. `now` and the output are parameters so tests run the very same code. */
export async function run(
  argv: readonly string[],
  out: Out = { log: console.log, json: false },
  now = Date.now(),
) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      firm: { type: 'string' },
      title: { type: 'string' },
      admin: { type: 'string' },
      member: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      level: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      client: { type: 'string', multiple: true },
      all: { type: 'boolean' },
      by: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  const [command] = positionals;
  const o: Out = { ...out, json: values.json ?? out.json };
  if (values.help || !command) {
    o.log(HELP);
    return command || values.help ? 0 : 1;
  }
  const { couch, user } = server(values.url);
  const firm = need(values.firm, 'firm');
  const by = values.by ?? user;
  const print = (text: string, data: unknown) => o.log(o.json ? JSON.stringify(data) : text);
  switch (command) {
    case 'create-firm': {
      const admin = need(values.admin, 'admin');
      const inv = await createFirm(
        couch,
        {
          firm,
          title: need(values.title, 'title'),
          admin: {
            name: admin,
            displayName: need(values.name, 'name'),
            level: 'admin',
            ...(values.password ? { password: values.password } : {}),
          },
        },
        now,
      );
      showInvitation(o, inv);
      return 0;
    }
    case 'invite': {
      const member = {
        name: need(values.member, 'member'),
        displayName: need(values.name, 'name'),
        level: level(values.level),
      };
      showInvitation(
        o,
        await invite(
          couch,
          firm,
          values.password ? { ...member, password: values.password } : member,
          by,
          now,
        ),
      );
      return 0;
    }
    case 'level': {
      const member = need(values.member, 'member');
      const next = level(values.level);
      if (next === 'readonly') {
        const to = need(values.to, 'to');
        const r = await handOver(couch, firm, { from: member, to, selection: { all: true } }, by, now);
        o.log(
          o.json
            ? JSON.stringify(r)
            : `Handed ${r.clients} clients (${r.records} records) from ${member} to ${to}.`,
        );
      }
      await setLevel(couch, firm, member, next, by, now);
      print(`${member} is now ${next}.`, { member, level: next });
      return 0;
    }
    case 'hand-over': {
      const from = need(values.from, 'from');
      const to = need(values.to, 'to');
      if (!values.all && !values.client?.length)
        throw new Error('Say what to hand over: --all, or --client people:<id> (repeatable).');
      const selection = values.all ? ({ all: true } as const) : { clients: values.client ?? [] };
      const r = await handOver(couch, firm, { from, to, selection }, by, now);
      print(
        `Handed ${r.clients} clients with ${r.records} records of history from ${from} to ${to}.` +
          (r.missing.length ? ` Not found with ${from}: ${r.missing.join(', ')}.` : ''),
        r,
      );
      return 0;
    }
    case 'offboard': {
      const member = need(values.member, 'member');
      const to = need(values.to, 'to');
      const r = await offboard(couch, firm, { member, to }, by, now);
      print(
        `${member} is off-boarded: ${r.clients} clients with ${r.records} records went to ${to}` +
          (r.archive ? `; their database is archived as ${r.archive}` : '') +
          `. Their browser wipes its copy on its next contact with the server.`,
        r,
      );
      return 0;
    }
    case 'sweep': {
      const n = await sweep(couch, firm, by, now);
      print(`${n} late notes forwarded to their clients' new owners.`, { forwarded: n });
      return 0;
    }
    case 'members': {
      const list = await members(couch, firm);
      if (o.json) o.log(JSON.stringify(list));
      else
        for (const m of list)
          o.log(`${m.name}\t${m.level}\t${m.active ? 'active' : 'off-boarded'}\t${m.displayName}`);
      return 0;
    }
    case 'audit': {
      const entries = await readAudit(couch, firm);
      if (o.json) o.log(JSON.stringify(entries));
      else
        for (const e of entries)
          o.log(`${new Date(e.at).toISOString()}\t${e.by}\t${e.action}\t${JSON.stringify(e.details)}`);
      return 0;
    }
    default:
      throw new Error(`Unknown command "${command}". Run with --help for the commands.`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof CouchError || e instanceof Error ? e.message : String(e));
      process.exit(1);
    },
  );
}
