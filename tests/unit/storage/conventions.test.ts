// Conventions the storage layer keeps: every schema version has a migration test; migrations are named functions.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const dbSource = readFileSync(join(root, 'storage/db.ts'), 'utf8');
const versions = [...dbSource.matchAll(/this\.version\((\d+)\)/gu)].map((m) => Number(m[1]));

/**
 * Numbers the lead has handed out to issues still in flight (8: issue 15, 9: issue 18, 10: issue 20), so a branch
 * merged before them (issue 21's v11) need not be renumbered again. Dexie accepts the gap. A reserved number that
 * lands is simply no longer a gap.
 */
const RESERVED = new Set([8, 9, 10]);

test('db.ts declares versions 1..n (gaps only at reserved numbers), append-only and in order', () => {
  expect(versions.length).toBeGreaterThan(0);
  expect(versions[0]).toBe(1);
  for (let i = 1; i < versions.length; i++) expect(versions[i]).toBeGreaterThan(versions[i - 1] ?? 0);
  const max = versions.at(-1) ?? 0;
  const gaps = Array.from({ length: max }, (_, i) => i + 1).filter((v) => !versions.includes(v));
  expect(gaps.filter((v) => !RESERVED.has(v))).toEqual([]);
});

test.each(versions)('version %i has a migration test file', (v) => {
  expect(existsSync(join(root, `tests/unit/storage/migration-v${v}.test.ts`))).toBe(true);
});

test('every upgrade is a named function from storage/migrations/, each tested by its version test', () => {
  const upgrades = [...dbSource.matchAll(/\.upgrade\(([^)]*)\)/gu)].map((m) => m[1]?.trim() ?? '');
  const files = readdirSync(join(root, 'storage/migrations'));
  for (const fn of upgrades) {
    expect(fn, 'upgrade must be a named function, not an inline arrow').toMatch(/^[A-Za-z_]\w*$/u);
    expect(
      files.some((f) =>
        readFileSync(join(root, 'storage/migrations', f), 'utf8').includes(`export async function ${fn}(`),
      ),
      fn,
    ).toBe(true);
    const version = dbSource
      .split('\n')
      .find((l) => l.includes(`.upgrade(${fn})`))
      ?.match(/version\((\d+)\)/u)?.[1];
    expect(
      readFileSync(join(root, `tests/unit/storage/migration-v${version ?? '?'}.test.ts`), 'utf8'),
    ).toContain(fn);
  }
});
