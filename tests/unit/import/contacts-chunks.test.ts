// A many-chunk import: chunks that match nobody are written while the next is planned; the result must be the
// same as one chunk at a time — duplicates across chunks merge, people already in the base are found, progress
// counts written rows, and a stop leaves whole chunks only.
import { describe, expect, it } from 'vitest';
import { contactsFromCsv, summarizeReport } from '../../../core/import';
import { CHUNK_SIZE } from '../../../storage/batch';
import { importContacts } from '../../../storage/import-contacts';
import { createPerson } from '../../../storage/people';
import { freshDb, NOW, testSettings } from './helpers';

const ROWS = 3 * CHUNK_SIZE + 500;

/** Row n: a unique person, except row 2,900 (third chunk) repeats row 10's email with a phone, and 1,500 is Taras. */
function csv(): string {
  const lines = ['Name,E-mail,Phone,Company'];
  for (let n = 0; n < ROWS; n++) {
    const email = n === 2900 ? 'person10@alfa.ua' : n === 1500 ? 'taras@beta.ua' : `person${n}@alfa.ua`;
    const name = n === 2900 ? 'Person Ten Again' : n === 1500 ? 'Тарас Бойко' : `Person ${n}`;
    const phone = n === 2900 ? '+380 67 123 45 67' : '';
    lines.push(`${name},${email},${phone},${n % 2 ? 'Альфа' : 'Бета'}`);
  }
  return lines.join('\n');
}

describe('a contacts import of several chunks', () => {
  it('merges a duplicate from an earlier chunk, finds the existing client, and reports progress in order', async () => {
    const db = freshDb();
    const settings = testSettings();
    const taras = await createPerson(
      db,
      {
        displayName: 'Тарас Бойко',
        emails: ['taras@beta.ua'],
        phones: [],
        tags: ['VIP'],
        companies: [],
        custom: {},
      },
      settings,
      NOW - 1000,
    );
    const file = contactsFromCsv(csv(), 'many.csv');
    const progress: number[] = [];
    const reports = await importContacts(db, file.candidates, {
      mode: 'merge',
      settings,
      now: NOW,
      onProgress: (done, total) => {
        expect(total).toBe(ROWS);
        progress.push(done);
      },
    });
    expect(progress).toEqual([1000, 2000, 3000, ROWS]);
    expect(reports).toHaveLength(ROWS);
    expect(reports.map((r) => r.line)).toEqual(reports.map((_, i) => i + 2));
    const summary = summarizeReport(reports);
    expect(summary.total).toBe(ROWS);
    expect(summary.created).toBe(ROWS - 2);
    expect(reports.filter((r) => r.action === 'created')).toHaveLength(ROWS - 2);
    expect(await db.people.count()).toBe(ROWS - 1); // Taras was there; 2,900 merged into 10
    expect(reports[1500]?.action).toBe('merged'); // the company is new to him
    expect(await db.people.where('emails').equals('taras@beta.ua').count()).toBe(1);
    expect(reports[2900]?.action).toBe('merged');
    const ten = await db.people.where('emails').equals('person10@alfa.ua').toArray();
    expect(ten).toHaveLength(1);
    expect(ten[0]?.phones).toEqual(['+380671234567']);
    if (!taras.ok) throw new Error('the existing client was not created');
    const stored = await db.people.get(taras.person.id);
    expect(stored?.tags).toEqual(['VIP']);
    expect((await db.companies.toArray()).map((c) => c.name).sort()).toEqual(['Альфа', 'Бета']);
  });

  it('stops between chunks when asked, leaving only whole chunks', async () => {
    const db = freshDb();
    const controller = new AbortController();
    const file = contactsFromCsv(csv(), 'many.csv');
    const reports = await importContacts(db, file.candidates, {
      mode: 'merge',
      settings: testSettings(),
      now: NOW,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= CHUNK_SIZE) controller.abort();
      },
    });
    const written = await db.people.count();
    expect(written % CHUNK_SIZE).toBe(0);
    expect(written).toBeGreaterThanOrEqual(CHUNK_SIZE);
    expect(written).toBeLessThan(ROWS);
    expect(reports.length).toBeGreaterThanOrEqual(written);
  });
});
