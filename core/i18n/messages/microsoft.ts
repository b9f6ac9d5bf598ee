// Strings of the Microsoft account: connecting it, Teams messages on the card (the Teams option and its
// answers: teams.ts).
import { defineMessages } from '../define';

export const microsoftMessages = defineMessages({
  en: {
    'microsoft.quota': 'Quota: {used} of {limit} Graph requests in the last 10 minutes ({percent}%)',
    'microsoft.connect': 'Connect Microsoft account',
    'microsoft.waiting': 'Waiting for Microsoft…',
    'microsoft.disconnect.consent':
      'Microsoft gives apps no way to hand their access back: remove Kartka at myapps.microsoft.com (work or school) or account.live.com/consent/Manage (personal).',
    'actionError.microsoft.noClientId':
      'No Microsoft application (client) id is set. Enter it under Settings → Microsoft account (see the README, “Connect your Microsoft account”).',
    'actionError.microsoft.denied':
      'Microsoft sign-in was closed or access was not granted; nothing changed.',
    'actionError.microsoft.authPage':
      'Microsoft refused the sign-in ({error}). Check the application id, who may sign in, and that {uri} is registered as a Single-page application redirect URI.',
    'actionError.microsoft.noMail':
      'Microsoft did not grant access to mail (Mail.ReadBasic); connect again and accept the permissions asked.',
    'actionError.microsoft.otherAccount':
      'You signed in as {address}; to reconnect {expected}, sign in with that account.',
    'microsoft.settings.title': 'Microsoft account',
    'microsoft.settings.clientId': 'Application (client) ID',
    'microsoft.settings.badClientId':
      '"{value}" is not an application (client) ID: copy the GUID from your app registration in Microsoft Entra.',
    'microsoft.settings.tenant': 'Who may sign in',
    'microsoft.settings.tenant.common': 'Work, school and personal accounts',
    'microsoft.settings.tenant.organizations': 'Work or school accounts only',
    'microsoft.settings.tenant.consumers': 'Personal accounts only',
    'microsoft.settings.redirect': 'Redirect URI to register (Single-page application):',
    'microsoft.teams.received': 'Teams message received',
    'microsoft.teams.sent': 'Teams message sent',
  },
  uk: {
    'microsoft.quota': 'Квота: {used} з {limit} запитів до Graph за останні 10 хвилин ({percent}%)',
    'microsoft.connect': 'Під’єднати обліковий запис Microsoft',
    'microsoft.waiting': 'Чекаємо на Microsoft…',
    'microsoft.disconnect.consent':
      'Microsoft не дає застосункам відмовитися від доступу самим: видаліть Kartka на myapps.microsoft.com (робочий чи навчальний) або account.live.com/consent/Manage (особистий).',
    'actionError.microsoft.noClientId':
      'Ідентифікатор застосунку Microsoft не задано. Введіть його в Налаштування → Обліковий запис Microsoft (див. README, «Connect your Microsoft account»).',
    'actionError.microsoft.denied':
      'Вікно входу Microsoft закрито або доступ не надано; нічого не змінилося.',
    'actionError.microsoft.authPage':
      'Microsoft відхилив вхід ({error}). Перевірте ідентифікатор застосунку, хто може входити, і що {uri} зареєстровано як URI перенаправлення односторінкового застосунку.',
    'actionError.microsoft.noMail':
      'Microsoft не надав доступу до пошти (Mail.ReadBasic); під’єднайте знову й прийміть запитані дозволи.',
    'actionError.microsoft.otherAccount':
      'Ви ввійшли як {address}; щоб перепід’єднати {expected}, увійдіть саме цим обліковим записом.',
    'microsoft.settings.title': 'Обліковий запис Microsoft',
    'microsoft.settings.clientId': 'Ідентифікатор застосунку (клієнта)',
    'microsoft.settings.badClientId':
      '«{value}» — не ідентифікатор застосунку: скопіюйте GUID з реєстрації застосунку в Microsoft Entra.',
    'microsoft.settings.tenant': 'Хто може входити',
    'microsoft.settings.tenant.common': 'Робочі, навчальні та особисті облікові записи',
    'microsoft.settings.tenant.organizations': 'Лише робочі або навчальні облікові записи',
    'microsoft.settings.tenant.consumers': 'Лише особисті облікові записи',
    'microsoft.settings.redirect': 'URI перенаправлення для реєстрації (односторінковий застосунок):',
    'microsoft.teams.received': 'Отримано повідомлення в Teams',
    'microsoft.teams.sent': 'Надіслано повідомлення в Teams',
  },
  ru: {
    'microsoft.quota': 'Квота: {used} из {limit} запросов к Graph за последние 10 минут ({percent}%)',
    'microsoft.connect': 'Подключить аккаунт Microsoft',
    'microsoft.waiting': 'Ждём Microsoft…',
    'microsoft.disconnect.consent':
      'Microsoft не даёт приложениям отказаться от доступа самим: удалите Kartka на myapps.microsoft.com (рабочая или учебная) или account.live.com/consent/Manage (личная).',
    'actionError.microsoft.noClientId':
      'Идентификатор приложения Microsoft не задан. Введите его в Настройки → Учётная запись Microsoft (см. README, «Connect your Microsoft account»).',
    'actionError.microsoft.denied':
      'Окно входа Microsoft закрыто или доступ не предоставлен; ничего не изменилось.',
    'actionError.microsoft.authPage':
      'Microsoft отклонил вход ({error}). Проверьте идентификатор приложения, кто может входить, и что {uri} зарегистрирован как URI перенаправления одностраничного приложения.',
    'actionError.microsoft.noMail':
      'Microsoft не предоставил доступ к почте (Mail.ReadBasic); подключите снова и примите запрошенные разрешения.',
    'actionError.microsoft.otherAccount':
      'Вы вошли как {address}; чтобы переподключить {expected}, войдите именно этой учётной записью.',
    'microsoft.settings.title': 'Учётная запись Microsoft',
    'microsoft.settings.clientId': 'Идентификатор приложения (клиента)',
    'microsoft.settings.badClientId':
      '«{value}» — не идентификатор приложения: скопируйте GUID из регистрации приложения в Microsoft Entra.',
    'microsoft.settings.tenant': 'Кто может входить',
    'microsoft.settings.tenant.common': 'Рабочие, учебные и личные учётные записи',
    'microsoft.settings.tenant.organizations': 'Только рабочие или учебные учётные записи',
    'microsoft.settings.tenant.consumers': 'Только личные учётные записи',
    'microsoft.settings.redirect': 'URI перенаправления для регистрации (одностраничное приложение):',
    'microsoft.teams.received': 'Получено сообщение в Teams',
    'microsoft.teams.sent': 'Отправлено сообщение в Teams',
  },
});
