// The demo base in the user's language: its own words (stage reasons, notes, tasks, lost reasons, history)
// are translated, so a Ukrainian or Russian user reads no English in them.
import { describe, expect, test } from 'vitest';
import { demoDeals, demoPeople, demoTasks } from '../../../core/demo/clients';
import { DEMO_PHRASES, demoText } from '../../../core/demo/text';
import { loadDemoBase } from '../../../storage/demo';
import { freshDb, NOW, testSettings } from '../import/helpers';

const LATIN_WORD = /\b[A-Za-z]{3,}\b/u;
// Words the demo's clients write themselves or that read the same in every language.
const NAMES = /VIP|Price|Sunflower|Q1|Angebot|Ersatzteile|Förderanlagen/u;

describe('demo text', () => {
  test('every English phrase of the demo has its Ukrainian and Russian', () => {
    const english = [
      ...demoPeople.flatMap((p) => [p.stageReason, p.notes ?? '']),
      ...demoDeals.map((d) => d.lostReason ?? ''),
      ...demoTasks.map((t) => t.title),
    ].filter((s) => LATIN_WORD.test(s) && !NAMES.test(s));
    for (const phrase of english) expect(DEMO_PHRASES, phrase).toContain(phrase);
  });

  test.each(['uk', 'ru'] as const)(
    'loaded in %s, no stage reason, note, task or lost reason is English',
    async (locale) => {
      const db = freshDb();
      await loadDemoBase(db, testSettings(), NOW, locale);
      const people = await db.people.toArray();
      const texts = [
        ...people.flatMap((p) => [p.stage?.reason ?? '', p.notes ?? '']),
        ...(await db.companies.toArray()).map((c) => c.stage?.reason ?? ''),
        ...(await db.tasks.toArray()).map((t) => t.title),
        ...(await db.deals.toArray()).map((d) => d.lostReason ?? ''),
        ...(await db.interactions.toArray()).map((i) => i.subject ?? ''),
      ];
      expect(texts.filter((s) => LATIN_WORD.test(s) && !/VIP/u.test(s))).toEqual([]);
      expect(people.find((p) => p.displayName === 'Олена Коваль')?.stage?.reason).toBe(
        demoText('4 orders in the last year', locale),
      );
    },
  );
});
