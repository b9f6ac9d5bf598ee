// Strings of the Microsoft account: Teams messages on the card, the Teams option and why it may be off.
import { defineMessages } from '../define';

export const microsoftMessages = defineMessages({
  en: {
    'microsoft.settings.title': 'Microsoft account',
    'microsoft.settings.clientId': 'Application (client) ID',
    'microsoft.settings.badClientId':
      '"{value}" is not an application (client) ID: copy the GUID from your app registration in Microsoft Entra.',
    'microsoft.settings.tenant': 'Who may sign in',
    'microsoft.settings.tenant.common': 'Work, school and personal accounts',
    'microsoft.settings.tenant.organizations': 'Work or school accounts only',
    'microsoft.settings.tenant.consumers': 'Personal accounts only',
    'microsoft.settings.teamsHint':
      "Teams messages are read only when you open a person's card, never in the background. Turning this on asks Microsoft for chat permissions at the next sign-in.",
    'microsoft.settings.redirect': 'Redirect URI to register (Single-page application):',
    'microsoft.teams.received': 'Teams message received',
    'microsoft.teams.sent': 'Teams message sent',
    'microsoft.teams.option': 'Show Teams chats on the card',
    'microsoft.teams.personal':
      'Teams chats are available for work or school accounts only: Microsoft does not offer them for personal accounts.',
  },
  uk: {
    'microsoft.settings.title': 'Обліковий запис Microsoft',
    'microsoft.settings.clientId': 'Ідентифікатор застосунку (клієнта)',
    'microsoft.settings.badClientId':
      '«{value}» — не ідентифікатор застосунку: скопіюйте GUID з реєстрації застосунку в Microsoft Entra.',
    'microsoft.settings.tenant': 'Хто може входити',
    'microsoft.settings.tenant.common': 'Робочі, навчальні та особисті облікові записи',
    'microsoft.settings.tenant.organizations': 'Лише робочі або навчальні облікові записи',
    'microsoft.settings.tenant.consumers': 'Лише особисті облікові записи',
    'microsoft.settings.teamsHint':
      'Повідомлення Teams читаються лише тоді, коли ви відкриваєте картку людини, ніколи у фоні. Після ввімкнення Microsoft попросить дозвіл на чати під час наступного входу.',
    'microsoft.settings.redirect': 'URI перенаправлення для реєстрації (односторінковий застосунок):',
    'microsoft.teams.received': 'Отримано повідомлення в Teams',
    'microsoft.teams.sent': 'Надіслано повідомлення в Teams',
    'microsoft.teams.option': 'Показувати чати Teams у картці',
    'microsoft.teams.personal':
      'Чати Teams доступні лише для робочих або навчальних облікових записів: для особистих Microsoft їх не надає.',
  },
  ru: {
    'microsoft.settings.title': 'Учётная запись Microsoft',
    'microsoft.settings.clientId': 'Идентификатор приложения (клиента)',
    'microsoft.settings.badClientId':
      '«{value}» — не идентификатор приложения: скопируйте GUID из регистрации приложения в Microsoft Entra.',
    'microsoft.settings.tenant': 'Кто может входить',
    'microsoft.settings.tenant.common': 'Рабочие, учебные и личные учётные записи',
    'microsoft.settings.tenant.organizations': 'Только рабочие или учебные учётные записи',
    'microsoft.settings.tenant.consumers': 'Только личные учётные записи',
    'microsoft.settings.teamsHint':
      'Сообщения Teams читаются только когда вы открываете карточку человека, никогда в фоне. После включения Microsoft запросит разрешение на чаты при следующем входе.',
    'microsoft.settings.redirect': 'URI перенаправления для регистрации (одностраничное приложение):',
    'microsoft.teams.received': 'Получено сообщение в Teams',
    'microsoft.teams.sent': 'Отправлено сообщение в Teams',
    'microsoft.teams.option': 'Показывать чаты Teams в карточке',
    'microsoft.teams.personal':
      'Чаты Teams доступны только для рабочих или учебных учётных записей: для личных Microsoft их не предоставляет.',
  },
});
