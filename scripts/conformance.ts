// Conformance run: feeds every .eml/.mbox/.vcf/.csv under a folder (default ../shared/fixtures) to
// Kartka's parsers and fails a file when a parser throws or a Unicode name comes out garbled; then imports
// its contacts/ files in a row into the demo base and fails when a stranger was merged (core/identity), and feeds
// Microsoft's documented Graph samples to the sync's planners (conformance-graph.ts).
// Usage: npx tsx scripts/conformance.ts [dir]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMailFile, type EmlHeaders, type MailFileResult } from '../core/parse/index.ts';
import { findMojibake } from '../core/parse/mojibake.ts';
import { checkGraphSamples } from './conformance-graph.ts';
import { checkIdentity } from './conformance-identity.ts';

const EXTENSIONS = ['.eml', '.mbox', '.vcf', '.csv'];

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return walk(path);
      return EXTENSIONS.some((ext) => entry.toLowerCase().endsWith(ext)) ? [path] : [];
    });
}

interface Verdict {
  ok: boolean;
  summary: string;
}

// Every human-readable string a parser produced, labelled for the error message.
function texts(result: MailFileResult): [label: string, text: string][] {
  const fromMessage = (m: EmlHeaders, i: number): [string, string][] => [
    [`message ${i + 1} subject`, m.subject],
    ...[...m.from, ...m.to, ...m.cc, ...m.replyTo].map((a): [string, string] => [
      `message ${i + 1} name`,
      a.name,
    ]),
    ...m.attachmentNames.map((n): [string, string] => [`message ${i + 1} attachment`, n]),
  ];
  switch (result.kind) {
    case 'eml':
      return fromMessage(result.message, 0);
    case 'mbox':
      return result.messages.flatMap(fromMessage);
    case 'vcard':
      return result.cards.flatMap((c) =>
        [c.fullName, c.org ?? '', c.title ?? '', c.note ?? ''].map((t): [string, string] => [
          `card at line ${c.line}`,
          t,
        ]),
      );
    case 'csv':
      return [
        ...result.csv.header.map((h): [string, string] => ['header', h]),
        ...result.contacts.flatMap((c) =>
          [c.fullName ?? '', c.company ?? '', c.position ?? '', c.note ?? ''].map((t): [string, string] => [
            `row ${c.line}`,
            t,
          ]),
        ),
      ];
    case 'unknown':
      return [];
  }
}

function who(m: EmlHeaders): string {
  const a = m.from[0];
  return a ? (a.name ? `${a.name} <${a.address}>` : a.address) : '(no sender)';
}

function describe(result: MailFileResult): string {
  switch (result.kind) {
    case 'eml': {
      const m = result.message;
      const people = [...m.from, ...m.to, ...m.cc].length;
      const problems =
        m.problems.length > 0 ? `, ${m.problems.length} problem(s): ${m.problems[0] ?? ''}` : '';
      return `from ${who(m)}, ${people} participant(s), subject "${m.subject.slice(0, 60)}"${problems}`;
    }
    case 'mbox': {
      const named = result.messages.filter((m) => m.from.some((a) => a.name !== '')).length;
      return `${result.messages.length} message(s), ${named} with a named sender; first from ${result.messages[0] ? who(result.messages[0]) : '-'}`;
    }
    case 'vcard':
      return `${result.cards.length} contact(s): ${result.cards
        .map((c) => c.fullName)
        .slice(0, 3)
        .join('; ')}${result.problems.length > 0 ? `; ${result.problems.length} problem(s)` : ''}`;
    case 'csv':
      return `${result.contacts.length} contact(s) from ${result.csv.rows.length} row(s) (${result.csv.encoding}, '${result.csv.delimiter === '\t' ? 'tab' : result.csv.delimiter}'), ${result.problems.length} problem(s)${result.problems[0] ? `: ${result.problems[0].reason}` : ''}`;
    case 'unknown':
      return result.reason;
  }
}

function check(path: string): Verdict {
  try {
    const result = parseMailFile(path, new Uint8Array(readFileSync(path)));
    if (result.kind === 'unknown') return { ok: false, summary: result.reason };
    for (const [label, text] of texts(result)) {
      const garbled = findMojibake(text);
      if (garbled) return { ok: false, summary: `garbled ${label} "${text.slice(0, 60)}": ${garbled}` };
    }
    return { ok: true, summary: describe(result) };
  } catch (error) {
    return { ok: false, summary: `threw: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function main(): Promise<number> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'fixtures'));
  if (!existsSync(dir)) {
    console.log(`No fixtures folder at ${dir}; nothing to check.`);
    console.log('0 passed, 0 failed');
    return 0;
  }
  let passed = 0;
  let failed = 0;
  for (const file of walk(dir)) {
    const verdict = check(file);
    if (verdict.ok) passed++;
    else failed++;
    console.log(`${verdict.ok ? 'ok  ' : 'FAIL'} ${relative(dir, file)}: ${verdict.summary}`);
  }
  const contacts = join(dir, 'contacts');
  if (existsSync(contacts)) {
    const verdict = await checkIdentity(contacts);
    if (verdict.ok) passed++;
    else failed++;
    console.log(`${verdict.ok ? 'ok  ' : 'FAIL'} ${relative(dir, contacts)}/ (identity): ${verdict.summary}`);
  }
  const graph = join(dir, 'graph', 'msgraph-docs');
  if (existsSync(graph)) {
    const verdict = checkGraphSamples(graph);
    if (verdict.ok) passed++;
    else failed++;
    console.log(
      `${verdict.ok ? 'ok  ' : 'FAIL'} ${relative(dir, graph)}/ (Graph planners): ${verdict.summary}`,
    );
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
