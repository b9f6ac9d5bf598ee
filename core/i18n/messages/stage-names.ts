// The built-in stages' names (core/lifecycle.ts defaultPipeline stores the English ones): shown in the reader's
// language until the user renames a stage, and read back when an imported file names a stage in any language.
import { defineMessages } from '../define';

export const stageNameMessages = defineMessages({
  en: {
    'stage.name.potential': 'Potential',
    'stage.name.active': 'Active (agreed to work)',
    'stage.name.working': 'Working (one order)',
    'stage.name.regular': 'Regular (3+ orders)',
    'stage.name.partner': 'Proven partner',
    'stage.name.vip': 'VIP',
    'stage.name.key': 'Key account',
    'stage.name.lost-revivable': 'Lost (revivable)',
    'stage.name.lost-final': 'Lost (not revivable)',
  },
  uk: {
    'stage.name.potential': 'Потенційний',
    'stage.name.active': 'Активний (домовилися працювати)',
    'stage.name.working': 'Працюємо (одне замовлення)',
    'stage.name.regular': 'Постійний (3+ замовлення)',
    'stage.name.partner': 'Перевірений партнер',
    'stage.name.vip': 'VIP',
    'stage.name.key': 'Ключовий клієнт',
    'stage.name.lost-revivable': 'Втрачений (можна повернути)',
    'stage.name.lost-final': 'Втрачений остаточно',
  },
  ru: {
    'stage.name.potential': 'Потенциальный',
    'stage.name.active': 'Активный (договорились работать)',
    'stage.name.working': 'Работаем (один заказ)',
    'stage.name.regular': 'Постоянный (3+ заказа)',
    'stage.name.partner': 'Проверенный партнёр',
    'stage.name.vip': 'VIP',
    'stage.name.key': 'Ключевой клиент',
    'stage.name.lost-revivable': 'Потерян (можно вернуть)',
    'stage.name.lost-final': 'Потерян окончательно',
  },
});
