// Outlook folders a Microsoft account syncs beyond Inbox and Sent Items (issue 19): the picker in Settings →
// Accounts, what saving it did, and why the folders could not be listed; and the sidebar's notice on a card read
// through Microsoft Graph because Outlook's page could not be read. en/uk/ru.
import { defineMessages } from '../define';

export const outlookFolderMessages = defineMessages({
  en: {
    'graphCard.fromApi': 'Read from your Microsoft account, not from the page',
    'graphCard.fromApiBody':
      'Outlook’s page could not be read, so this card comes from Microsoft Graph (headers only); the conversation’s messages are logged from there.',
    'graphCard.busy':
      'Outlook’s page could not be read, and Kartka could not ask your Microsoft account ({address}) either: it already has as many requests under way as Microsoft allows (the mail sync, another card). Open the conversation again in a moment.',
    'outlookFolders.title': 'Outlook folders',
    'outlookFolders.none': 'Inbox and Sent Items are synced.',
    'outlookFolders.some': {
      one: 'Inbox, Sent Items and {count} more folder are synced: {names}.',
      other: 'Inbox, Sent Items and {count} more folders are synced: {names}.',
    },
    'outlookFolders.choose': 'Choose folders…',
    'outlookFolders.loading': 'Reading the folders from Outlook…',
    'outlookFolders.intro':
      'Inbox and Sent Items are always synced. Tick other folders to sync them too (at most {max}); each one is checked for new mail at every poll.',
    'outlookFolders.always': 'always synced',
    'outlookFolders.missing': 'no longer in the mailbox',
    'outlookFolders.unnamed': '(no name)',
    'outlookFolders.truncated':
      'The mailbox has more folders than Kartka lists at once; only the first {count} are shown.',
    'outlookFolders.save': 'Save folders',
    'outlookFolders.close': 'Close',
    'outlookFolders.added': 'Now syncing {names}.',
    'outlookFolders.removed':
      'Stopped syncing {names}. The messages already synced from it stay in the base.',
    'outlookFolders.unchanged': 'Nothing changed.',
    'outlookFolders.gone':
      'Outlook no longer has {names} (deleted or moved out of reach): nothing more is synced from it, and what it synced stays in the base. Untick it under “Choose folders”.',
    'actionError.outlookFolders.wait':
      'Microsoft asked Kartka to wait, or this mailbox’s request budget is spent for now: list the folders again in a few minutes.',
    'actionError.outlookFolders.busy':
      'Kartka already has as many requests to this mailbox under way as Microsoft allows (the mail sync, a card): choose folders again in a moment. Nothing changed.',
    'actionError.outlookFolders.failed': 'Outlook’s folders could not be read ({error}); nothing changed.',
    'actionError.outlookFolders.reconnect':
      'Kartka is not signed in to this Microsoft account any more: reconnect it, then choose folders.',
    'actionError.outlookFolders.tooMany':
      'At most {max} folders besides Inbox and Sent Items can be synced; untick some and save again. Nothing changed.',
  },
  uk: {
    'graphCard.fromApi': 'Прочитано з вашого облікового запису Microsoft, а не зі сторінки',
    'graphCard.fromApiBody':
      'Сторінку Outlook не вдалося прочитати, тож ця картка — з Microsoft Graph (лише заголовки); листи розмови записано звідти.',
    'graphCard.busy':
      'Сторінку Outlook не вдалося прочитати, і Kartka не змогла запитати ваш обліковий запис Microsoft ({address}): вона вже має стільки запитів, скільки дозволяє Microsoft (синхронізація пошти, інша картка). Відкрийте розмову ще раз за мить.',
    'outlookFolders.title': 'Папки Outlook',
    'outlookFolders.none': 'Синхронізуються «Вхідні» та «Надіслані».',
    'outlookFolders.some': {
      one: 'Синхронізуються «Вхідні», «Надіслані» і ще {count} папка: {names}.',
      few: 'Синхронізуються «Вхідні», «Надіслані» і ще {count} папки: {names}.',
      many: 'Синхронізуються «Вхідні», «Надіслані» і ще {count} папок: {names}.',
      other: 'Синхронізуються «Вхідні», «Надіслані» і ще {count} папки: {names}.',
    },
    'outlookFolders.choose': 'Вибрати папки…',
    'outlookFolders.loading': 'Читаю папки з Outlook…',
    'outlookFolders.intro':
      '«Вхідні» та «Надіслані» синхронізуються завжди. Позначте інші папки, щоб синхронізувати і їх (не більше {max}); кожну перевіряють на нові листи під час кожного опитування.',
    'outlookFolders.always': 'завжди синхронізується',
    'outlookFolders.missing': 'більше немає в скриньці',
    'outlookFolders.unnamed': '(без назви)',
    'outlookFolders.truncated':
      'У скриньці більше папок, ніж Kartka показує за раз; показано лише перші {count}.',
    'outlookFolders.save': 'Зберегти папки',
    'outlookFolders.close': 'Закрити',
    'outlookFolders.added': 'Тепер синхронізуються: {names}.',
    'outlookFolders.removed':
      'Синхронізацію зупинено: {names}. Листи, що вже синхронізовані з неї, залишаються в базі.',
    'outlookFolders.unchanged': 'Нічого не змінилося.',
    'outlookFolders.gone':
      'В Outlook більше немає {names} (видалено або недоступно): з неї більше нічого не синхронізується, а вже синхронізоване залишається в базі. Зніміть позначку в «Вибрати папки».',
    'actionError.outlookFolders.wait':
      'Microsoft попросив Kartka зачекати, або ліміт запитів цієї скриньки поки вичерпано: відкрийте список папок ще раз за кілька хвилин.',
    'actionError.outlookFolders.busy':
      'Kartka вже має стільки запитів до цієї скриньки, скільки дозволяє Microsoft (синхронізація пошти, картка): виберіть папки ще раз за мить. Нічого не змінено.',
    'actionError.outlookFolders.failed': 'Не вдалося прочитати папки Outlook ({error}); нічого не змінено.',
    'actionError.outlookFolders.reconnect':
      'Kartka більше не має входу до цього облікового запису Microsoft: перепідключіть його, а тоді виберіть папки.',
    'actionError.outlookFolders.tooMany':
      'Окрім «Вхідних» і «Надісланих» можна синхронізувати не більше {max} папок; зніміть позначку з деяких і збережіть ще раз. Нічого не змінено.',
  },
  ru: {
    'graphCard.fromApi': 'Прочитано из вашей учётной записи Microsoft, а не со страницы',
    'graphCard.fromApiBody':
      'Страницу Outlook не удалось прочитать, поэтому эта карточка — из Microsoft Graph (только заголовки); письма разговора записаны оттуда.',
    'graphCard.busy':
      'Страницу Outlook не удалось прочитать, и Kartka не смогла спросить вашу учётную запись Microsoft ({address}): у неё уже столько запросов, сколько разрешает Microsoft (синхронизация почты, другая карточка). Откройте разговор ещё раз через мгновение.',
    'outlookFolders.title': 'Папки Outlook',
    'outlookFolders.none': 'Синхронизируются «Входящие» и «Отправленные».',
    'outlookFolders.some': {
      one: 'Синхронизируются «Входящие», «Отправленные» и ещё {count} папка: {names}.',
      few: 'Синхронизируются «Входящие», «Отправленные» и ещё {count} папки: {names}.',
      many: 'Синхронизируются «Входящие», «Отправленные» и ещё {count} папок: {names}.',
      other: 'Синхронизируются «Входящие», «Отправленные» и ещё {count} папки: {names}.',
    },
    'outlookFolders.choose': 'Выбрать папки…',
    'outlookFolders.loading': 'Читаю папки из Outlook…',
    'outlookFolders.intro':
      '«Входящие» и «Отправленные» синхронизируются всегда. Отметьте другие папки, чтобы синхронизировать и их (не больше {max}); каждую проверяют на новые письма при каждом опросе.',
    'outlookFolders.always': 'синхронизируется всегда',
    'outlookFolders.missing': 'больше нет в ящике',
    'outlookFolders.unnamed': '(без названия)',
    'outlookFolders.truncated':
      'В ящике больше папок, чем Kartka показывает за раз; показаны только первые {count}.',
    'outlookFolders.save': 'Сохранить папки',
    'outlookFolders.close': 'Закрыть',
    'outlookFolders.added': 'Теперь синхронизируются: {names}.',
    'outlookFolders.removed':
      'Синхронизация остановлена: {names}. Письма, уже синхронизированные из неё, остаются в базе.',
    'outlookFolders.unchanged': 'Ничего не изменилось.',
    'outlookFolders.gone':
      'В Outlook больше нет {names} (удалена или недоступна): из неё больше ничего не синхронизируется, а уже синхронизированное остаётся в базе. Снимите отметку в «Выбрать папки».',
    'actionError.outlookFolders.wait':
      'Microsoft попросил Kartka подождать, или лимит запросов этого ящика пока исчерпан: откройте список папок ещё раз через несколько минут.',
    'actionError.outlookFolders.busy':
      'У Kartka уже столько запросов к этому ящику, сколько разрешает Microsoft (синхронизация почты, карточка): выберите папки ещё раз через мгновение. Ничего не изменено.',
    'actionError.outlookFolders.failed': 'Не удалось прочитать папки Outlook ({error}); ничего не изменено.',
    'actionError.outlookFolders.reconnect':
      'У Kartka больше нет входа в эту учётную запись Microsoft: переподключите её, а затем выберите папки.',
    'actionError.outlookFolders.tooMany':
      'Кроме «Входящих» и «Отправленных» можно синхронизировать не больше {max} папок; снимите отметку с некоторых и сохраните ещё раз. Ничего не изменено.',
  },
});
