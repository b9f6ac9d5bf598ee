// Stage names in the reader's language. The pipeline stores English labels for the built-in stages; a label
// still equal to its default is shown through the catalog, and one the user renamed is shown as they wrote it.
import type { CardView } from '../card';
import { defaultPipeline, type DefaultStageId } from '../lifecycle';
import type { StageDef } from '../model';
import { t, type Translate } from './index';

const DEFAULT_LABELS = new Map(defaultPipeline().map((s) => [s.id, s.label]));

/** True while a built-in stage keeps the label Kartka gave it. */
export function isDefaultLabel(def: Pick<StageDef, 'id' | 'label'>): boolean {
  return DEFAULT_LABELS.get(def.id) === def.label;
}

/** A stage's name for the reader (`tr` speaks their language): the translated built-in name, or the user's own. */
export function stageName(def: Pick<StageDef, 'id' | 'label'>, tr: Translate): string {
  return isDefaultLabel(def) ? tr(`stage.name.${def.id as DefaultStageId}`) : def.label;
}

/** The pipeline with every label as the reader should see it (ids, colours and kinds unchanged). */
export function localizePipeline(pipeline: readonly StageDef[], tr: Translate): StageDef[] {
  return pipeline.map((s) => (isDefaultLabel(s) ? { ...s, label: stageName(s, tr) } : s));
}

/** A sidebar card (built by the background in no language) with its stage names in the reader's. */
export function localizeCard(card: CardView, tr: Translate): CardView {
  return {
    ...card,
    stage: card.stage && {
      ...card.stage,
      label: stageName({ id: card.stage.id, label: card.stage.label }, tr),
    },
    stages: card.stages.map((s) => ({ ...s, label: stageName(s, tr) })),
  };
}

/** The label to store after the user edited a shown label: the default stays stored while it is unchanged. */
export function storedLabel(def: StageDef, shown: string, tr: Translate): string {
  return isDefaultLabel(def) && shown.trim() === stageName(def, tr) ? def.label : shown.trim();
}

// Words imported files use for the built-in stages, besides the stages' names in en/uk/ru.
const SYNONYMS: Record<DefaultStageId, string[]> = {
  potential: [
    'lead',
    'new',
    'prospect',
    'лид',
    'лід',
    'новый',
    'новий',
    'потенциальный клиент',
    'потенційний клієнт',
  ],
  active: ['active', 'активный', 'активний', 'в работе', 'в роботі', 'переговоры', 'переговори'],
  working: ['customer', 'client', 'клиент', 'клієнт', 'работаем', 'працюємо'],
  regular: ['regular', 'постоянный', 'постійний', 'постоянный клиент', 'постійний клієнт'],
  partner: ['partner', 'партнер', 'партнёр'],
  vip: ['vip', 'вип', 'віп'],
  key: ['key', 'key account', 'ключевой', 'ключовий'],
  'lost-revivable': ['lost', 'потерян', 'втрачений', 'отказ', 'відмова', 'churned'],
  'lost-final': [
    'lost for good',
    'потерян окончательно',
    'втрачений остаточно',
    'чёрный список',
    'чорний список',
  ],
};

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/\s*\([^)]*\)\s*/gu, ' ')
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim();

/** The stage an imported status names ("Постоянный", "VIP", "Regular (3+ orders)"), or undefined. */
export function stageFromText(text: string, pipeline: readonly StageDef[]): string | undefined {
  const key = fold(text);
  if (key === '') return undefined;
  for (const s of pipeline) if (fold(s.label) === key) return s.id;
  for (const s of pipeline) {
    if (!DEFAULT_LABELS.has(s.id)) continue;
    const id = s.id as DefaultStageId;
    const names = [...(['en', 'uk', 'ru'] as const).map((l) => t(l, `stage.name.${id}`)), ...SYNONYMS[id]];
    if (names.some((n) => fold(n) === key)) return s.id;
  }
  return undefined;
}
