import { expect, it } from 'vitest';
import { contactsFromCsv, summarizeReport, withParseProblems } from '../../../core/import';
import { importContacts } from '../../../storage/import-contacts';
import { contactsCsv } from '../../bench/import-fixtures';
import { freshDb, NOW, testSettings } from './helpers';

it(
  'imports a 100,000-row CSV, reporting the bad email of row 14 and keeping the rest of that row',
  { timeout: 600_000 },
  async () => {
    const db = freshDb();
    const file = contactsFromCsv(contactsCsv(100_000), 'big.csv');
    const reports = await importContacts(db, file.candidates, {
      mode: 'merge',
      settings: testSettings(),
      now: NOW,
    });
    const summary = summarizeReport(withParseProblems(reports, file.problems));
    expect(summary).toMatchObject({ total: 100_000, created: 100_000, rejected: 0 });
    expect(summary.attention).toHaveLength(1);
    expect(summary.attention[0]).toMatchObject({
      line: 14,
      action: 'created',
      problems: [expect.stringMatching(/'ivan@' is not an email/u)],
    });
    expect(await db.people.count()).toBe(100_000);
    expect(await db.companies.count()).toBe(500);
  },
);
