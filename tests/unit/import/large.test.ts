import { expect, it } from 'vitest';
import { contactsFromCsv, summarizeReport, withParseProblems } from '../../../core/import';
import { importContacts } from '../../../storage/import-contacts';
import { contactsCsv } from '../../bench/import-fixtures';
import { freshDb, NOW, testSettings } from './helpers';

it('imports a 100,000-row CSV, reporting its one broken row', { timeout: 600_000 }, async () => {
  const db = freshDb();
  const file = contactsFromCsv(contactsCsv(100_000), 'big.csv');
  const reports = await importContacts(db, file.candidates, {
    mode: 'merge',
    settings: testSettings(),
    now: NOW,
  });
  const summary = summarizeReport(withParseProblems(reports, file.problems));
  expect(summary).toMatchObject({ total: 100_000, created: 99_999, rejected: 1 });
  expect(summary.attention[0]).toMatchObject({ line: 14, action: 'rejected' });
  expect(await db.people.count()).toBe(99_999);
  expect(await db.companies.count()).toBe(500);
});
