// One default stage for a new client, whichever way they were added: quick add and the popup and the
// "Save to client base" menu (all saveCapture), an import row without a status, the sidebar's "Add to the base"
// and a chat's new contact (both write newClientStage; sidebar.e2e checks the card says "Potential").
import { afterEach, describe, expect, test } from 'vitest';
import { emptyForm, NOT_A_CLIENT } from '../../../core/capture';
import { contactsFromCsv } from '../../../core/import';
import { newClientStage, stageOf, defaultStageRules } from '../../../core/lifecycle';
import { saveCapture } from '../../../storage/capture';
import type { KartkaDB } from '../../../storage/db';
import { importContacts } from '../../../storage/import-contacts';
import { freshDb, NOW, testSettings } from '../storage/helpers';

const opened: KartkaDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
const db = () => {
  const d = freshDb();
  opened.push(d);
  return d;
};

describe('the one default stage', () => {
  test('is the rules’ stage for a client with no history yet: Potential, kept as a rule stage', () => {
    const stage = newClientStage(NOW);
    expect(stage).toEqual({
      stage: 'potential',
      reason: stageOf({}, { deals: [] }, defaultStageRules(), NOW).reason,
      setBy: 'rule',
      since: NOW,
      because: { rule: 'none' },
    });
  });

  test('quick add, the popup and the capture menu (saveCapture) start a client there unless the form chose', async () => {
    const base = db();
    const save = async (name: string, stage: string) => {
      const r = await saveCapture(base, { ...emptyForm(), name, stage }, testSettings(), NOW);
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      return r.person.stage;
    };
    expect(await save('Олена Коваль', '')).toEqual(newClientStage(NOW));
    expect(await save('Тарас Мельник', NOT_A_CLIENT)).toBeUndefined();
    expect(await save('Ігор Бондар', 'vip')).toMatchObject({ stage: 'vip', setBy: 'hand' });
  });

  test('an imported row without a status starts there too; a row with one keeps it', async () => {
    const base = db();
    const csv = 'Name,E-mail,Status\nОлена Коваль,olena@alfa.ua,\nТарас Мельник,taras@beta.ua,Active\n';
    await importContacts(base, contactsFromCsv(new TextEncoder().encode(csv), 'contacts.csv').candidates, {
      mode: 'merge',
      settings: testSettings(),
      now: NOW,
    });
    const people = await base.people.toArray();
    expect(people.find((p) => p.displayName === 'Олена Коваль')?.stage).toEqual(newClientStage(NOW));
    expect(people.find((p) => p.displayName === 'Тарас Мельник')?.stage).toMatchObject({
      stage: 'active',
      setBy: 'import',
    });
  });
});
