// Reading the mail pages: messages not logged yet, a card read from the base, reading health and diagnostics.
import { defineMessages } from '../define';

export const mailPageMessages = defineMessages({
  en: {
    'why.collapsed':
      "collapsed on the page, which does not show its sender's address or recipients yet: logged once it is expanded",
    'sidebar.fromBase': 'Read from your base, not from the page',
    'sidebar.fromBaseBody':
      'Kartka cannot read this page right now, so it shows what your base already knows about this thread.',
    'health.title': 'Reading Gmail and Outlook',
    'health.intro':
      'How the pages of your mail read in this browser. Counted on this device only; nothing is sent anywhere.',
    'health.site.gmail': 'Gmail',
    'health.site.outlook': 'Outlook',
    'health.read': { one: '{count} thread read', other: '{count} threads read' },
    'health.unreadable': { one: '{count} thread unreadable', other: '{count} threads unreadable' },
    'health.fromBase': {
      one: '{count} of them shown from your base',
      other: '{count} of them shown from your base',
    },
    'health.never': 'No thread opened here yet.',
    'health.lastRead': 'Last read: {when}',
    'health.lastProblem': 'Last problem: {when}',
    'health.missing': 'Page parts not found: {hooks}',
    'health.allFine': 'Every thread opened so far was read.',
    'health.copy': 'Copy diagnostics',
    'health.copyHint':
      'Checks every page part Kartka looks for on the Gmail or Outlook tab you have open and copies a report to paste into a bug report: part names and how many of each were found. No names, addresses or text.',
    'health.copied': 'Diagnostics of {site} copied. Paste them into your bug report.',
    'health.noTab':
      'Open Gmail, Outlook, Telegram Web or WhatsApp Web in a tab (with the thread or chat open, if that is what fails), then try again.',
    'health.failed': 'The diagnostics could not run on that tab: {error}. Reload the mail tab and try again.',
    'health.reset': 'Reset counts',
  },
  uk: {
    'why.collapsed':
      'лист згорнуто, і сторінка ще не показує адресу відправника чи одержувачів: його буде записано, щойно він розгорнеться',
    'sidebar.fromBase': 'Прочитано з вашої бази, а не зі сторінки',
    'sidebar.fromBaseBody':
      'Kartka зараз не може прочитати цю сторінку, тож показує те, що ваша база вже знає про цей лист.',
    'health.title': 'Читання Gmail і Outlook',
    'health.intro':
      'Як читаються сторінки вашої пошти в цьому браузері. Рахується лише на цьому пристрої, нікуди не надсилається.',
    'health.site.gmail': 'Gmail',
    'health.site.outlook': 'Outlook',
    'health.read': {
      one: 'прочитано {count} лист',
      few: 'прочитано {count} листи',
      many: 'прочитано {count} листів',
      other: 'прочитано {count} листа',
    },
    'health.unreadable': {
      one: '{count} лист не вдалося прочитати',
      few: '{count} листи не вдалося прочитати',
      many: '{count} листів не вдалося прочитати',
      other: '{count} листа не вдалося прочитати',
    },
    'health.fromBase': {
      one: 'з них {count} показано з вашої бази',
      few: 'з них {count} показано з вашої бази',
      many: 'з них {count} показано з вашої бази',
      other: 'з них {count} показано з вашої бази',
    },
    'health.never': 'Тут ще не відкривали жодного листа.',
    'health.lastRead': 'Востаннє прочитано: {when}',
    'health.lastProblem': 'Остання проблема: {when}',
    'health.missing': 'Не знайдено частин сторінки: {hooks}',
    'health.allFine': 'Кожен відкритий досі лист прочитано.',
    'health.copy': 'Скопіювати діагностику',
    'health.copyHint':
      'Перевіряє кожну частину сторінки, яку шукає Kartka, на відкритій вкладці Gmail чи Outlook, і копіює звіт для повідомлення про помилку: назви частин і скільки кожної знайдено. Без імен, адрес і тексту.',
    'health.copied': 'Діагностику {site} скопійовано. Вставте її у повідомлення про помилку.',
    'health.noTab':
      'Відкрийте Gmail, Outlook, Telegram Web чи WhatsApp Web у вкладці (з відкритим листом чи чатом, якщо збій саме там) і спробуйте ще раз.',
    'health.failed':
      'Не вдалося запустити діагностику на тій вкладці: {error}. Перезавантажте вкладку пошти й спробуйте ще раз.',
    'health.reset': 'Скинути лічильники',
  },
  ru: {
    'why.collapsed':
      'письмо свёрнуто, и страница ещё не показывает адрес отправителя или получателей: оно будет записано, как только его развернут',
    'sidebar.fromBase': 'Прочитано из вашей базы, а не со страницы',
    'sidebar.fromBaseBody':
      'Kartka сейчас не может прочитать эту страницу, поэтому показывает то, что ваша база уже знает об этом письме.',
    'health.title': 'Чтение Gmail и Outlook',
    'health.intro':
      'Как читаются страницы вашей почты в этом браузере. Считается только на этом устройстве, никуда не отправляется.',
    'health.site.gmail': 'Gmail',
    'health.site.outlook': 'Outlook',
    'health.read': {
      one: 'прочитано {count} письмо',
      few: 'прочитано {count} письма',
      many: 'прочитано {count} писем',
      other: 'прочитано {count} письма',
    },
    'health.unreadable': {
      one: '{count} письмо не удалось прочитать',
      few: '{count} письма не удалось прочитать',
      many: '{count} писем не удалось прочитать',
      other: '{count} письма не удалось прочитать',
    },
    'health.fromBase': {
      one: 'из них {count} показано из вашей базы',
      few: 'из них {count} показано из вашей базы',
      many: 'из них {count} показано из вашей базы',
      other: 'из них {count} показано из вашей базы',
    },
    'health.never': 'Здесь ещё не открывали ни одного письма.',
    'health.lastRead': 'Последнее прочтение: {when}',
    'health.lastProblem': 'Последняя проблема: {when}',
    'health.missing': 'Не найдены части страницы: {hooks}',
    'health.allFine': 'Каждое открытое до сих пор письмо прочитано.',
    'health.copy': 'Скопировать диагностику',
    'health.copyHint':
      'Проверяет каждую часть страницы, которую ищет Kartka, на открытой вкладке Gmail или Outlook, и копирует отчёт для сообщения об ошибке: названия частей и сколько каждой найдено. Без имён, адресов и текста.',
    'health.copied': 'Диагностика {site} скопирована. Вставьте её в сообщение об ошибке.',
    'health.noTab':
      'Откройте Gmail, Outlook, Telegram Web или WhatsApp Web во вкладке (с открытым письмом или чатом, если сбой именно там) и попробуйте ещё раз.',
    'health.failed':
      'Не удалось запустить диагностику на той вкладке: {error}. Перезагрузите вкладку почты и попробуйте ещё раз.',
    'health.reset': 'Сбросить счётчики',
  },
});
