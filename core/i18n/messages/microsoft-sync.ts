// The sync panel's words for a Microsoft account (issue 19): why its sync failed or is stuck, naming Microsoft and
// Outlook instead of Google and Gmail (the shared `sync.failure.*` / `sync.stuck.*` / `sync.resync` words are
// Google's). Kartka's
// own failures (busy, the base) keep the shared words. en/uk/ru.
import { defineMessages } from '../define';

export const microsoftSyncMessages = defineMessages({
  en: {
    'microsoft.failure.rate': 'Microsoft asked Kartka to wait (this mailbox’s request limit).',
    'microsoft.failure.server': 'Microsoft’s servers answered with error {status}.',
    'microsoft.failure.network': 'No connection to Microsoft.',
    'microsoft.failure.auth': 'Microsoft no longer accepts the sign-in.',
    'microsoft.failure.cursor-gone': 'Outlook no longer had our place in a folder’s changes.',
    'microsoft.failure.denied': 'Microsoft refused the request ({status} {reason}).',
    'microsoft.stuck.no-progress': 'Stuck since {time}: Microsoft answers, but nothing new has been stored.',
    'microsoft.resync':
      'Outlook no longer had our place in a folder’s changes, so the folder is read again; what is stored is not fetched again.',
    'microsoft.stuck.resync-loop': {
      one: 'Stuck: Outlook lost our place in a folder’s changes {count} time within an hour, so each sync starts over. Kartka keeps trying, less often.',
      other:
        'Stuck: Outlook lost our place in a folder’s changes {count} times within an hour, so each sync starts over. Kartka keeps trying, less often.',
    },
  },
  uk: {
    'microsoft.failure.rate': 'Microsoft попросив Kartka зачекати (ліміт запитів цієї скриньки).',
    'microsoft.failure.server': 'Сервери Microsoft відповіли помилкою {status}.',
    'microsoft.failure.network': 'Немає з’єднання з Microsoft.',
    'microsoft.failure.auth': 'Microsoft більше не приймає вхід.',
    'microsoft.failure.cursor-gone': 'Outlook більше не пам’ятав нашого місця в змінах папки.',
    'microsoft.failure.denied': 'Microsoft відхилив запит ({status} {reason}).',
    'microsoft.stuck.no-progress':
      'Застрягло з {time}: Microsoft відповідає, але нічого нового не збережено.',
    'microsoft.resync':
      'Outlook більше не пам’ятав нашого місця в змінах папки, тож папка читається наново; збережене повторно не завантажується.',
    'microsoft.stuck.resync-loop': {
      one: 'Застрягло: за годину Outlook {count} раз втратив наше місце в змінах папки, тож кожна синхронізація починається заново. Kartka пробує далі, рідше.',
      few: 'Застрягло: за годину Outlook {count} рази втрачав наше місце в змінах папки, тож кожна синхронізація починається заново. Kartka пробує далі, рідше.',
      many: 'Застрягло: за годину Outlook {count} разів втрачав наше місце в змінах папки, тож кожна синхронізація починається заново. Kartka пробує далі, рідше.',
      other:
        'Застрягло: за годину Outlook {count} разу втрачав наше місце в змінах папки, тож кожна синхронізація починається заново. Kartka пробує далі, рідше.',
    },
  },
  ru: {
    'microsoft.failure.rate': 'Microsoft попросил Kartka подождать (лимит запросов этого ящика).',
    'microsoft.failure.server': 'Серверы Microsoft ответили ошибкой {status}.',
    'microsoft.failure.network': 'Нет соединения с Microsoft.',
    'microsoft.failure.auth': 'Microsoft больше не принимает вход.',
    'microsoft.failure.cursor-gone': 'Outlook больше не помнил нашего места в изменениях папки.',
    'microsoft.failure.denied': 'Microsoft отклонил запрос ({status} {reason}).',
    'microsoft.stuck.no-progress': 'Застряло с {time}: Microsoft отвечает, но ничего нового не сохранено.',
    'microsoft.resync':
      'Outlook больше не помнил нашего места в изменениях папки, поэтому папка читается заново; сохранённое повторно не загружается.',
    'microsoft.stuck.resync-loop': {
      one: 'Застряло: за час Outlook {count} раз потерял наше место в изменениях папки, и каждая синхронизация начинается заново. Kartka пробует дальше, реже.',
      few: 'Застряло: за час Outlook {count} раза терял наше место в изменениях папки, и каждая синхронизация начинается заново. Kartka пробует дальше, реже.',
      many: 'Застряло: за час Outlook {count} раз терял наше место в изменениях папки, и каждая синхронизация начинается заново. Kartka пробует дальше, реже.',
      other:
        'Застряло: за час Outlook {count} раза терял наше место в изменениях папки, и каждая синхронизация начинается заново. Kartka пробует дальше, реже.',
    },
  },
});
