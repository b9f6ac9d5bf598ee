// Strings of the Microsoft account: Teams messages on the card, the Teams option and why it may be off.
import { defineMessages } from '../define';

export const microsoftMessages = defineMessages({
  en: {
    'microsoft.teams.received': 'Teams message received',
    'microsoft.teams.sent': 'Teams message sent',
    'microsoft.teams.option': 'Show Teams chats on the card',
    'microsoft.teams.personal':
      'Teams chats are available for work or school accounts only: Microsoft does not offer them for personal accounts.',
  },
  uk: {
    'microsoft.teams.received': 'Отримано повідомлення в Teams',
    'microsoft.teams.sent': 'Надіслано повідомлення в Teams',
    'microsoft.teams.option': 'Показувати чати Teams у картці',
    'microsoft.teams.personal':
      'Чати Teams доступні лише для робочих або навчальних облікових записів: для особистих Microsoft їх не надає.',
  },
  ru: {
    'microsoft.teams.received': 'Получено сообщение в Teams',
    'microsoft.teams.sent': 'Отправлено сообщение в Teams',
    'microsoft.teams.option': 'Показывать чаты Teams в карточке',
    'microsoft.teams.personal':
      'Чаты Teams доступны только для рабочих или учебных учётных записей: для личных Microsoft их не предоставляет.',
  },
});
