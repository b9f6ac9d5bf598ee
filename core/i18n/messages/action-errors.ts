// Why an action failed (core/action-error.ts codes), in en/uk/ru: the sidebar's quick actions and adding a correspondent.
import { defineMessages } from '../define';

export const actionErrorMessages = defineMessages({
  en: {
    'actionError.refused':
      'Refused "{action}": only Kartka\'s sidebar inside a mail or chat site may do this.',
    'actionError.person.gone': 'This client is no longer in the base (deleted or merged); reopen the thread.',
    'actionError.task.gone': 'That task is already done or was deleted.',
    'actionError.stage.unknown': 'There is no stage "{stage}" in your pipeline; pick one from the list.',
  },
  uk: {
    'actionError.refused':
      'Дію «{action}» відхилено: її може виконати лише бічна панель Kartka на сайті пошти чи месенджера.',
    'actionError.person.gone':
      'Цього клієнта вже немає в базі (його видалено або об’єднано з іншим); відкрийте розмову ще раз.',
    'actionError.task.gone': 'Це завдання вже виконано або видалено.',
    'actionError.stage.unknown': 'У вашій воронці немає етапу «{stage}»; виберіть етап зі списку.',
  },
  ru: {
    'actionError.refused':
      'Действие «{action}» отклонено: его может выполнить только боковая панель Kartka на сайте почты или мессенджера.',
    'actionError.person.gone':
      'Этого клиента уже нет в базе (он удалён или объединён с другим); откройте переписку заново.',
    'actionError.task.gone': 'Эта задача уже выполнена или удалена.',
    'actionError.stage.unknown': 'В вашей воронке нет этапа «{stage}»; выберите этап из списка.',
  },
});
