// Built-in stages read in the reader's language until renamed; imported statuses find their stage in any of the three.
import { describe, expect, test } from 'vitest';
import { translator } from '../../../core/i18n';
import { localizePipeline, stageFromText, stageName, storedLabel } from '../../../core/i18n/stage-name';
import { defaultPipeline } from '../../../core/lifecycle';

const uk = translator('uk');
const pipeline = defaultPipeline();

describe('stage names', () => {
  test('a built-in stage is translated; a renamed one is the user’s', () => {
    expect(stageName({ id: 'regular', label: 'Regular (3+ orders)' }, uk)).toBe('Постійний (3+ замовлення)');
    expect(stageName({ id: 'regular', label: 'Наші постійні' }, uk)).toBe('Наші постійні');
    expect(localizePipeline(pipeline, translator('ru')).map((s) => s.label)).not.toContain('Potential');
  });

  test('showing a built-in name and leaving it as it was keeps the English one stored', () => {
    const regular = pipeline.find((s) => s.id === 'regular');
    if (!regular) throw new Error('no regular stage');
    expect(storedLabel(regular, 'Постійний (3+ замовлення)', uk)).toBe('Regular (3+ orders)');
    expect(storedLabel(regular, ' Наші постійні ', uk)).toBe('Наші постійні');
  });

  test.each([
    ['Постоянный', 'regular'],
    ['Постійний (3+ замовлення)', 'regular'],
    ['regular', 'regular'],
    ['Потенциальный', 'potential'],
    ['Новый', 'potential'],
    ['VIP', 'vip'],
    ['Ключевой', 'key'],
    ['Втрачений остаточно', 'lost-final'],
    ['Спящий', undefined],
  ])('%s is the stage %s', (text, id) => {
    expect(stageFromText(text, pipeline)).toBe(id);
  });
});
