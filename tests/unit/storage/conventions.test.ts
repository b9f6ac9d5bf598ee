// Conventions the storage layer keeps: every schema version has a migration test; migrations are named functions.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const dbSource = readFileSync(join(root, 'storage/db.ts'), 'utf8');
const versions = [...dbSource.matchAll(/this\.version\((\d+)\)/gu)].map((m) => Number(m[1]));

// Numbers may be skipped (Dexie accepts a gap): a branch landing alongside others takes the number after theirs
// before they land, and the gap closes when they do.
test('db.ts declares versions from 1 upwards, append-only and in order', () => {
  expect(versions[0]).toBe(1);
  expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  expect(dbSource).toContain(`LATEST_VERSION = ${versions[versions.length - 1]};`);
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
