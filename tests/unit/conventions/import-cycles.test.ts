// Files import one way: no module reaches itself through its own imports. A cycle makes the order in which
// modules run depend on which one is loaded first (a value read before its module ran is undefined), and even
// through types only it means two files share something that belongs in a third (as the vCard reader and writer
// did, until the contact type moved to vcard-contact.ts). Type imports count.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const FOLDERS = ['core', 'storage', 'components', 'integrations', 'entrypoints', 'scripts', 'tests', 'tools'];
// `import … from './x'`, `export … from './x'` and `import './x'`, over several lines.
const IMPORT = /^\s*(?:import|export)\s+(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gmu;
function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.tsx?$/u.test(name)) out.push(path);
  }
  return out;
}

function target(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (p) => existsSync(p) && statSync(p).isFile(),
  );
}

/** Every runtime import edge between the project's own files. */
function importGraph(): Map<string, string[]> {
  const files = FOLDERS.map((f) => join(root, f))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => sources(dir));
  return new Map(
    files.map((file) => {
      const text = readFileSync(file, 'utf8');
      const deps = [...text.matchAll(IMPORT)].map((m) => target(file, m[1] ?? ''));
      return [file, deps.filter((d): d is string => d !== undefined)];
    }),
  );
}

/** The cycles of a graph, one per strongly connected group of files (Tarjan), each as a path back to its start. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) group.push(w);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.reverse());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

test('the graph is read: core/ is imported by storage/, and the vCard reader by the import planner', () => {
  const graph = importGraph();
  const deps = (file: string) => (graph.get(join(root, file)) ?? []).map((d) => relative(root, d));
  expect(graph.size).toBeGreaterThan(300);
  expect(deps('storage/live-clients.ts')).toContain('storage/client-rows.ts');
  expect(deps('core/import/files.ts')).toContain('core/parse/vcard.ts');
  // Type imports are edges too.
  expect(deps('core/import/candidate.ts')).toContain('core/parse/vcard-contact.ts');
});

test('no file imports itself through others', () => {
  const found = cycles(importGraph()).map((group) =>
    group
      .map((f) => relative(root, f))
      .sort()
      .join(' -> '),
  );
  expect(found).toEqual([]);
});
