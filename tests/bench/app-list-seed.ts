// Bundled by app-list.ts and run inside the app page: creates companies and people through the repository's
// bulk functions (validated, ~1,000 per transaction) in the extension's own database. The people and companies
// are the benchmark generator's (data.ts) with a worked base's details: managers, cities, tags, stages.
import { companyId } from '../../core/ids';
import { defaultSettings } from '../../core/settings';
import type { CompanyDraft, PersonDraft } from '../../core/validate';
import { chunks } from '../../storage/batch';
import { bulkCreateCompanies } from '../../storage/companies';
import { db } from '../../storage/db';
import { bulkCreatePeople } from '../../storage/people';
import { benchCompany, benchPerson, rng } from './data';

const DAY = 86_400_000;

async function seedBase(people: number): Promise<{ people: number; problems: number }> {
  const settings = defaultSettings();
  const now = Date.now();
  const random = rng(42);
  const companyCount = Math.max(1, Math.floor(people / 50));
  await bulkCreateCompanies(
    db,
    Array.from({ length: companyCount }, (_, i): CompanyDraft => {
      const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = benchCompany(i + 1, now, random);
      return draft;
    }),
    now,
  );
  // The repository gives companies ids of its own: people are linked to those.
  const companies = await db.companies.toCollection().primaryKeys();
  const company = () => companyId(companies[Math.floor(random() * companies.length)] as string);
  let written = 0;
  let problems = 0;
  for (const part of chunks(
    Array.from({ length: people }, (_, i) => i),
    10_000,
  )) {
    const drafts = part.map((i): PersonDraft => {
      const {
        id: _id,
        createdAt: _c,
        updatedAt: _u,
        lastContactAt: _l,
        ...draft
      } = benchPerson(i, now, {
        company,
        details: random,
      });
      return draft;
    });
    const report = await bulkCreatePeople(db, drafts, settings, now - Math.floor(random() * 700) * DAY);
    written += report.written;
    problems += report.problems.length;
    console.log(`kartka-seed: ${written} people written`);
  }
  // Last contact is derived from logged mail; give the generated people a history's worth of dates.
  await db.people.toCollection().modify((p) => {
    if (random() < 0.9) p.lastContactAt = now - Math.floor(random() * 500 * DAY);
  });
  return { people: written, problems };
}

(window as unknown as { kartkaSeed: typeof seedBase }).kartkaSeed = seedBase;
