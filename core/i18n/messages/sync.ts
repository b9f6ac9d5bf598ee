// Settings → Accounts and the sync panel, in en/uk/ru (issue 18; the Microsoft half adds its own lines here).
import { defineMessages } from '../define';

export const syncMessages = defineMessages({
  en: {
    'sync.title': 'Accounts',
    'sync.intro':
      'Connect a mailbox and Kartka fills the base with everyone you have corresponded with, then keeps it current while the browser is open. Kartka reads headers only (who, when, subject); message bodies stay in your mailbox.',
    'sync.connectGoogle': 'Connect Google account',
    'sync.waiting': 'Waiting for Google…',
    'sync.none': 'No account is connected.',
    'sync.state.connecting': 'Connecting',
    'sync.state.full-sync': 'Full sync',
    'sync.state.catching-up': 'Fetching new mail',
    'sync.state.up-to-date': 'Up to date',
    'sync.state.backing-off': 'Backing off until {time}',
    'sync.state.needs-reconnect': 'Needs reconnect',
    'sync.state.error': 'Error',
    'sync.state.paused': 'Paused',
    'sync.resync':
      'Gmail no longer had our place in its history, so the list is read again; what is stored is not fetched again.',
    'sync.progress': {
      one: '{synced} of about {count} message',
      other: '{synced} of about {count} messages',
    },
    'sync.progressUnknown': { one: '{count} message', other: '{count} messages' },
    'sync.rate': '{rate} per minute',
    'sync.eta': 'about {eta} left',
    'sync.minutes': { one: '{count} minute', other: '{count} minutes' },
    'sync.hours': '{hours} h {minutes} min',
    'sync.quota': 'Quota: {used} of {limit} units in the last minute ({percent}%)',
    'sync.lastSuccess': 'Last success: {when}',
    'sync.lastSuccessNever': 'No successful request yet',
    'sync.pause': 'Pause',
    'sync.resume': 'Resume',
    'sync.now': 'Sync now',
    'sync.reconnect': 'Reconnect',
    'sync.disconnect': 'Disconnect',
    'sync.reconnectHint':
      'Google no longer accepts Kartka’s sign-in for this account (it expired or access was removed). Reconnect to resume; nothing synced is lost.',
    'sync.stuck.failing':
      'Stuck since {time}: nothing new is stored because the requests keep failing. {why}',
    'sync.stuck.no-progress': 'Stuck since {time}: Google answers, but nothing new has been stored.',
    'sync.stuck.not-running':
      'Not checked since {time}: the sync has not run (was the browser asleep?). Use “Sync now”.',
    'sync.stuck.resync-loop':
      'Stuck: Gmail lost our place in its history {count} times within an hour, so each sync starts over. Kartka keeps trying, less often.',
    'sync.failure.rate': 'Google asked Kartka to slow down (quota).',
    'sync.failure.server': 'Google’s servers answered with error {status}.',
    'sync.failure.network': 'No connection to Google.',
    'sync.failure.auth': 'Google no longer accepts the sign-in.',
    'sync.failure.cursor-gone': 'Gmail no longer had our place in its history.',
    'sync.failure.denied': 'Google refused the request ({status} {reason}).',
    'sync.failure.local': 'The base could not store the result ({message}).',
    'sync.disconnect.ask': 'Disconnect {address}? What was synced can stay in the base or be removed.',
    'sync.disconnect.keep': 'Disconnect, keep what was synced',
    'sync.disconnect.remove': 'Disconnect and remove what was synced',
    'sync.cancel': 'Cancel',
    'sync.disconnect.removed':
      'Disconnected {address}. Removed {interactions} messages and {people} people; {shared} messages another account also synced were kept.',
    'sync.disconnect.kept': 'Disconnected {address}. What was synced stays in the base.',
    'sync.disconnect.notRevoked':
      'Google could not be reached to revoke access; remove Kartka under “Third-party apps” in your Google Account.',
    'sync.prefs.title': 'Sync settings',
    'sync.prefs.clientId': 'Google OAuth client id',
    'sync.prefs.clientIdHint':
      'Your firm’s own Google Cloud client id (type “Web application”). Leave empty to use the one built in. Redirect URI to register:',
    'sync.prefs.clientIdBad':
      '“{value}” is not a Google OAuth client id (it ends in .apps.googleusercontent.com).',
    'sync.prefs.save': 'Save',
    'sync.prefs.costModel': 'Gmail quota of the Cloud project',
    'sync.prefs.cost.before-2026-05':
      'Project used the Gmail API before May 2026 (15,000 units per user per minute)',
    'sync.prefs.cost.since-2026-05': 'Project created since 1 May 2026 (6,000 units per user per minute)',
    'sync.prefs.backfill': 'The first sync reaches back',
    'sync.prefs.backfill.3': '3 months',
    'sync.prefs.backfill.12': '12 months',
    'sync.prefs.backfill.36': '36 months',
    'sync.prefs.backfill.all': 'Everything',
    'sync.prefs.poll': 'Look for new mail every',
    'sync.badge.title': {
      one: 'Kartka: {count} account needs attention',
      other: 'Kartka: {count} accounts need attention',
    },
    'sync.fromApi': 'Read from your Gmail account, not from the page',
    'sync.fromApiBody':
      'Gmail’s page could not be read, so this card comes from the Gmail API (headers only); the thread’s messages are logged from there.',
    'actionError.sync.noClientId':
      'No Google client id is set. Enter your Google Cloud OAuth client id under Settings → Accounts (see the README, “Connect your Google account”).',
    'actionError.sync.denied': 'Google sign-in was closed or access was not granted; nothing changed.',
    'actionError.sync.authPage':
      'Google refused the sign-in ({error}). Check the client id, and that {uri} is registered as an authorized redirect URI.',
    'actionError.sync.noMail':
      'Google did not grant access to mail headers; connect again and leave “View your email message metadata” ticked.',
    'actionError.sync.gone': 'That account is no longer connected.',
    'actionError.sync.google': 'Google did not answer as expected ({error}); try again in a minute.',
  },
  uk: {
    'sync.title': 'Облікові записи',
    'sync.intro':
      'Під’єднайте поштову скриньку, і Kartka наповнить базу всіма, з ким ви листувалися, та оновлюватиме її, поки відкритий браузер. Kartka читає лише заголовки (хто, коли, тема); тексти листів лишаються у вашій скриньці.',
    'sync.connectGoogle': 'Під’єднати обліковий запис Google',
    'sync.waiting': 'Чекаємо на Google…',
    'sync.none': 'Жодного облікового запису не під’єднано.',
    'sync.state.connecting': 'Під’єднання',
    'sync.state.full-sync': 'Повна синхронізація',
    'sync.state.catching-up': 'Отримуємо нові листи',
    'sync.state.up-to-date': 'Актуально',
    'sync.state.backing-off': 'Пауза до {time}',
    'sync.state.needs-reconnect': 'Потрібно під’єднати знову',
    'sync.state.error': 'Помилка',
    'sync.state.paused': 'Призупинено',
    'sync.resync':
      'Gmail більше не пам’ятав нашого місця в історії, тож список читається наново; збережене повторно не завантажується.',
    'sync.progress': {
      one: '{synced} з приблизно {count} листа',
      few: '{synced} з приблизно {count} листів',
      many: '{synced} з приблизно {count} листів',
      other: '{synced} з приблизно {count} листа',
    },
    'sync.progressUnknown': {
      one: '{count} лист',
      few: '{count} листи',
      many: '{count} листів',
      other: '{count} листа',
    },
    'sync.rate': '{rate} за хвилину',
    'sync.eta': 'лишилося близько {eta}',
    'sync.minutes': {
      one: '{count} хвилина',
      few: '{count} хвилини',
      many: '{count} хвилин',
      other: '{count} хвилини',
    },
    'sync.hours': '{hours} год {minutes} хв',
    'sync.quota': 'Квота: {used} з {limit} одиниць за останню хвилину ({percent}%)',
    'sync.lastSuccess': 'Останній успіх: {when}',
    'sync.lastSuccessNever': 'Ще жодного успішного запиту',
    'sync.pause': 'Призупинити',
    'sync.resume': 'Продовжити',
    'sync.now': 'Синхронізувати зараз',
    'sync.reconnect': 'Під’єднати знову',
    'sync.disconnect': 'Від’єднати',
    'sync.reconnectHint':
      'Google більше не приймає вхід Kartka для цього облікового запису (строк минув або доступ відкликано). Під’єднайте знову, щоб продовжити; нічого з синхронізованого не втрачено.',
    'sync.stuck.failing':
      'Застрягло з {time}: нічого нового не зберігається, бо запити й далі не вдаються. {why}',
    'sync.stuck.no-progress': 'Застрягло з {time}: Google відповідає, але нічого нового не збережено.',
    'sync.stuck.not-running':
      'Не перевірялося з {time}: синхронізація не запускалася (браузер спав?). Натисніть «Синхронізувати зараз».',
    'sync.stuck.resync-loop':
      'Застрягло: за годину Gmail {count} рази втрачав наше місце в історії, тож кожна синхронізація починається заново. Kartka пробує далі, рідше.',
    'sync.failure.rate': 'Google попросив Kartka сповільнитися (квота).',
    'sync.failure.server': 'Сервери Google відповіли помилкою {status}.',
    'sync.failure.network': 'Немає з’єднання з Google.',
    'sync.failure.auth': 'Google більше не приймає вхід.',
    'sync.failure.cursor-gone': 'Gmail більше не пам’ятав нашого місця в історії.',
    'sync.failure.denied': 'Google відхилив запит ({status} {reason}).',
    'sync.failure.local': 'База не змогла зберегти результат ({message}).',
    'sync.disconnect.ask': 'Від’єднати {address}? Синхронізоване може лишитися в базі або бути видалене.',
    'sync.disconnect.keep': 'Від’єднати, синхронізоване лишити',
    'sync.disconnect.remove': 'Від’єднати й видалити синхронізоване',
    'sync.cancel': 'Скасувати',
    'sync.disconnect.removed':
      '{address} від’єднано. Видалено листів: {interactions}, людей: {people}; листів, які синхронізував і інший обліковий запис, лишено: {shared}.',
    'sync.disconnect.kept': '{address} від’єднано. Синхронізоване лишається в базі.',
    'sync.disconnect.notRevoked':
      'Не вдалося зв’язатися з Google, щоб відкликати доступ; приберіть Kartka у «Сторонніх застосунках» свого облікового запису Google.',
    'sync.prefs.title': 'Налаштування синхронізації',
    'sync.prefs.clientId': 'Ідентифікатор клієнта Google OAuth',
    'sync.prefs.clientIdHint':
      'Власний ідентифікатор клієнта Google Cloud вашої фірми (тип «Вебзастосунок»). Лишіть порожнім, щоб використати вбудований. URI переспрямування для реєстрації:',
    'sync.prefs.clientIdBad':
      '«{value}» не є ідентифікатором клієнта Google OAuth (він закінчується на .apps.googleusercontent.com).',
    'sync.prefs.save': 'Зберегти',
    'sync.prefs.costModel': 'Квота Gmail проєкту Cloud',
    'sync.prefs.cost.before-2026-05':
      'Проєкт користувався Gmail API до травня 2026 (15 000 одиниць на користувача за хвилину)',
    'sync.prefs.cost.since-2026-05':
      'Проєкт створено після 1 травня 2026 (6 000 одиниць на користувача за хвилину)',
    'sync.prefs.backfill': 'Перша синхронізація сягає назад на',
    'sync.prefs.backfill.3': '3 місяці',
    'sync.prefs.backfill.12': '12 місяців',
    'sync.prefs.backfill.36': '36 місяців',
    'sync.prefs.backfill.all': 'Усе',
    'sync.prefs.poll': 'Шукати нові листи кожні',
    'sync.badge.title': {
      one: 'Kartka: {count} обліковий запис потребує уваги',
      few: 'Kartka: {count} облікові записи потребують уваги',
      many: 'Kartka: {count} облікових записів потребують уваги',
      other: 'Kartka: {count} облікового запису потребують уваги',
    },
    'sync.fromApi': 'Прочитано з вашого облікового запису Gmail, а не зі сторінки',
    'sync.fromApiBody':
      'Сторінку Gmail не вдалося прочитати, тож ця картка — з Gmail API (лише заголовки); листи розмови записано звідти.',
    'actionError.sync.noClientId':
      'Ідентифікатор клієнта Google не задано. Введіть ідентифікатор клієнта OAuth свого проєкту Google Cloud у Налаштування → Облікові записи (див. README, «Connect your Google account»).',
    'actionError.sync.denied': 'Вікно входу Google закрито або доступ не надано; нічого не змінилося.',
    'actionError.sync.authPage':
      'Google відхилив вхід ({error}). Перевірте ідентифікатор клієнта і те, що {uri} зареєстровано як дозволений URI переспрямування.',
    'actionError.sync.noMail':
      'Google не надав доступу до заголовків листів; під’єднайте знову й лишіть позначку «Переглядати метадані ваших листів».',
    'actionError.sync.gone': 'Цей обліковий запис уже не під’єднано.',
    'actionError.sync.google': 'Google відповів не так, як очікувалося ({error}); спробуйте за хвилину.',
  },
  ru: {
    'sync.title': 'Учётные записи',
    'sync.intro':
      'Подключите почтовый ящик, и Kartka наполнит базу всеми, с кем вы переписывались, и будет обновлять её, пока открыт браузер. Kartka читает только заголовки (кто, когда, тема); тексты писем остаются в вашем ящике.',
    'sync.connectGoogle': 'Подключить аккаунт Google',
    'sync.waiting': 'Ждём Google…',
    'sync.none': 'Ни одна учётная запись не подключена.',
    'sync.state.connecting': 'Подключение',
    'sync.state.full-sync': 'Полная синхронизация',
    'sync.state.catching-up': 'Получаем новые письма',
    'sync.state.up-to-date': 'Актуально',
    'sync.state.backing-off': 'Пауза до {time}',
    'sync.state.needs-reconnect': 'Нужно подключить заново',
    'sync.state.error': 'Ошибка',
    'sync.state.paused': 'Приостановлено',
    'sync.resync':
      'Gmail больше не помнил нашего места в истории, поэтому список читается заново; сохранённое повторно не загружается.',
    'sync.progress': {
      one: '{synced} из примерно {count} письма',
      few: '{synced} из примерно {count} писем',
      many: '{synced} из примерно {count} писем',
      other: '{synced} из примерно {count} письма',
    },
    'sync.progressUnknown': {
      one: '{count} письмо',
      few: '{count} письма',
      many: '{count} писем',
      other: '{count} письма',
    },
    'sync.rate': '{rate} в минуту',
    'sync.eta': 'осталось около {eta}',
    'sync.minutes': {
      one: '{count} минута',
      few: '{count} минуты',
      many: '{count} минут',
      other: '{count} минуты',
    },
    'sync.hours': '{hours} ч {minutes} мин',
    'sync.quota': 'Квота: {used} из {limit} единиц за последнюю минуту ({percent}%)',
    'sync.lastSuccess': 'Последний успех: {when}',
    'sync.lastSuccessNever': 'Ещё ни одного успешного запроса',
    'sync.pause': 'Приостановить',
    'sync.resume': 'Продолжить',
    'sync.now': 'Синхронизировать сейчас',
    'sync.reconnect': 'Подключить заново',
    'sync.disconnect': 'Отключить',
    'sync.reconnectHint':
      'Google больше не принимает вход Kartka для этой учётной записи (срок истёк или доступ отозван). Подключите заново, чтобы продолжить; ничего из синхронизированного не потеряно.',
    'sync.stuck.failing':
      'Застряло с {time}: ничего нового не сохраняется, потому что запросы по-прежнему не проходят. {why}',
    'sync.stuck.no-progress': 'Застряло с {time}: Google отвечает, но ничего нового не сохранено.',
    'sync.stuck.not-running':
      'Не проверялось с {time}: синхронизация не запускалась (браузер спал?). Нажмите «Синхронизировать сейчас».',
    'sync.stuck.resync-loop':
      'Застряло: за час Gmail {count} раза терял наше место в истории, и каждая синхронизация начинается заново. Kartka пробует дальше, реже.',
    'sync.failure.rate': 'Google попросил Kartka замедлиться (квота).',
    'sync.failure.server': 'Серверы Google ответили ошибкой {status}.',
    'sync.failure.network': 'Нет соединения с Google.',
    'sync.failure.auth': 'Google больше не принимает вход.',
    'sync.failure.cursor-gone': 'Gmail больше не помнил нашего места в истории.',
    'sync.failure.denied': 'Google отклонил запрос ({status} {reason}).',
    'sync.failure.local': 'База не смогла сохранить результат ({message}).',
    'sync.disconnect.ask': 'Отключить {address}? Синхронизированное может остаться в базе или быть удалено.',
    'sync.disconnect.keep': 'Отключить, синхронизированное оставить',
    'sync.disconnect.remove': 'Отключить и удалить синхронизированное',
    'sync.cancel': 'Отмена',
    'sync.disconnect.removed':
      '{address} отключён. Удалено писем: {interactions}, людей: {people}; писем, которые синхронизировала и другая учётная запись, оставлено: {shared}.',
    'sync.disconnect.kept': '{address} отключён. Синхронизированное остаётся в базе.',
    'sync.disconnect.notRevoked':
      'Не удалось связаться с Google, чтобы отозвать доступ; удалите Kartka в разделе «Сторонние приложения» своего аккаунта Google.',
    'sync.prefs.title': 'Настройки синхронизации',
    'sync.prefs.clientId': 'Идентификатор клиента Google OAuth',
    'sync.prefs.clientIdHint':
      'Собственный идентификатор клиента Google Cloud вашей фирмы (тип «Веб-приложение»). Оставьте пустым, чтобы использовать встроенный. URI перенаправления для регистрации:',
    'sync.prefs.clientIdBad':
      '«{value}» не идентификатор клиента Google OAuth (он заканчивается на .apps.googleusercontent.com).',
    'sync.prefs.save': 'Сохранить',
    'sync.prefs.costModel': 'Квота Gmail проекта Cloud',
    'sync.prefs.cost.before-2026-05':
      'Проект пользовался Gmail API до мая 2026 (15 000 единиц на пользователя в минуту)',
    'sync.prefs.cost.since-2026-05': 'Проект создан после 1 мая 2026 (6 000 единиц на пользователя в минуту)',
    'sync.prefs.backfill': 'Первая синхронизация охватывает',
    'sync.prefs.backfill.3': '3 месяца',
    'sync.prefs.backfill.12': '12 месяцев',
    'sync.prefs.backfill.36': '36 месяцев',
    'sync.prefs.backfill.all': 'Всё',
    'sync.prefs.poll': 'Искать новые письма каждые',
    'sync.badge.title': {
      one: 'Kartka: {count} учётная запись требует внимания',
      few: 'Kartka: {count} учётные записи требуют внимания',
      many: 'Kartka: {count} учётных записей требуют внимания',
      other: 'Kartka: {count} учётной записи требуют внимания',
    },
    'sync.fromApi': 'Прочитано из вашего аккаунта Gmail, а не со страницы',
    'sync.fromApiBody':
      'Страницу Gmail не удалось прочитать, поэтому эта карточка — из Gmail API (только заголовки); письма переписки записаны оттуда.',
    'actionError.sync.noClientId':
      'Идентификатор клиента Google не задан. Введите идентификатор клиента OAuth своего проекта Google Cloud в Настройки → Учётные записи (см. README, «Connect your Google account»).',
    'actionError.sync.denied': 'Окно входа Google закрыто или доступ не предоставлен; ничего не изменилось.',
    'actionError.sync.authPage':
      'Google отклонил вход ({error}). Проверьте идентификатор клиента и то, что {uri} зарегистрирован как разрешённый URI перенаправления.',
    'actionError.sync.noMail':
      'Google не дал доступа к заголовкам писем; подключите заново и оставьте отметку «Просматривать метаданные ваших писем».',
    'actionError.sync.gone': 'Эта учётная запись уже не подключена.',
    'actionError.sync.google': 'Google ответил не так, как ожидалось ({error}); попробуйте через минуту.',
  },
});
