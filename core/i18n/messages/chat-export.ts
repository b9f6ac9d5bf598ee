// "Paste a conversation" from Telegram Desktop's export files (result.json, messages.html): the picker, the
// preview and every way a file can be refused, in en/uk/ru.
import { defineMessages } from '../define';

export const chatExportMessages = defineMessages({
  en: {
    'export.pick': 'Or pick Telegram export files',
    'export.hint':
      'result.json, or messages.html with messages2.html… from Telegram Desktop (the chat’s menu → Export chat history). Up to {max} MB a file.',
    'export.reading': 'Reading the files…',
    'export.error.not-json':
      '“{file}” is not valid JSON; it may have been cut short. Export the chat again and pick the new result.json. Nothing was logged.',
    'export.error.not-telegram-json':
      '“{file}” is JSON but not a Telegram chat export (it has no messages). Pick result.json from the export folder. Nothing was logged.',
    'export.error.not-telegram-html':
      '“{file}” is not a page of a Telegram chat export (it has no messages). Pick messages.html (and messages2.html…) from the export folder. Nothing was logged.',
    'export.error.several-json':
      'Pick one result.json at a time (“{file}” is a second one). Nothing was logged.',
    'export.error.mixed-files':
      'Pick either result.json or the HTML pages of one export, not both. Nothing was logged.',
    'export.error.different-chats':
      '“{file}” is from a different chat than the first page. Pick the pages of one chat. Nothing was logged.',
    'export.error.no-chats': 'The export holds no chats. Nothing was logged.',
    'export.error.too-big':
      '“{file}” is {mb} MB; Kartka reads export files up to {max} MB. Export only this chat (the chat’s menu → Export chat history) and pick that file. Nothing was logged.',
    'export.error.too-many': '{count} files at once; pick up to {max} pages of one chat. Nothing was logged.',
    'export.error.unknown-file':
      '“{file}” is neither JSON nor HTML. Pick result.json or messages.html from Telegram Desktop’s export. Nothing was logged.',
    'export.error.unreadable': '“{file}” could not be read; it may have been moved. Pick it again.',
    'export.chat': 'Which chat is with {name}?',
    'export.chatOption': {
      one: '{chat} ({count} message)',
      other: '{chat} ({count} messages)',
    },
    'export.pickChat': 'Pick the chat to log.',
    'export.summary': {
      one: '{count} message, {from} – {to}',
      other: '{count} messages, {from} – {to}',
    },
    'export.author': '{name}: {count}',
    'export.service': {
      one: '{count} service line left out (joins, pins, calls).',
      other: '{count} service lines left out (joins, pins, calls).',
    },
    'export.problems': {
      one: '{count} message could not be read',
      other: '{count} messages could not be read',
    },
    'export.problem': '{where} ({why}):',
    'export.why.bad-date': 'no date, or a date that does not exist',
    'export.why.bad-id': 'no message id',
    'export.why.no-author': 'no author',
    'export.otherPeer':
      'This is a chat with Telegram user {id}, but {name}’s Telegram id is {theirs}. Check that you picked the right chat.',
    'export.progress': 'Logged {done} of {count}…',
    'export.again': 'Pick other files',
  },
  uk: {
    'export.pick': 'Або виберіть файли експорту Telegram',
    'export.hint':
      'result.json або messages.html з messages2.html… з Telegram Desktop (меню чату → Експорт історії чату). До {max} МБ на файл.',
    'export.reading': 'Читаємо файли…',
    'export.error.not-json':
      '«{file}» — не коректний JSON; можливо, файл обірвано. Експортуйте чат ще раз і виберіть новий result.json. Нічого не записано.',
    'export.error.not-telegram-json':
      '«{file}» — JSON, але не експорт чату Telegram (у ньому немає повідомлень). Виберіть result.json із теки експорту. Нічого не записано.',
    'export.error.not-telegram-html':
      '«{file}» — не сторінка експорту чату Telegram (у ній немає повідомлень). Виберіть messages.html (і messages2.html…) з теки експорту. Нічого не записано.',
    'export.error.several-json':
      'Виберіть один result.json за раз («{file}» — уже другий). Нічого не записано.',
    'export.error.mixed-files':
      'Виберіть або result.json, або HTML-сторінки одного експорту, не все разом. Нічого не записано.',
    'export.error.different-chats':
      '«{file}» — з іншого чату, ніж перша сторінка. Виберіть сторінки одного чату. Нічого не записано.',
    'export.error.no-chats': 'В експорті немає жодного чату. Нічого не записано.',
    'export.error.too-big':
      '«{file}» важить {mb} МБ; Kartka читає файли експорту до {max} МБ. Експортуйте лише цей чат (меню чату → Експорт історії чату) і виберіть той файл. Нічого не записано.',
    'export.error.too-many': 'Файлів: {count}; виберіть до {max} сторінок одного чату. Нічого не записано.',
    'export.error.unknown-file':
      '«{file}» — ні JSON, ні HTML. Виберіть result.json або messages.html з експорту Telegram Desktop. Нічого не записано.',
    'export.error.unreadable':
      'Не вдалося прочитати «{file}»; можливо, його перемістили. Виберіть його ще раз.',
    'export.chat': 'Який чат — із {name}?',
    'export.chatOption': {
      one: '{chat} ({count} повідомлення)',
      few: '{chat} ({count} повідомлення)',
      many: '{chat} ({count} повідомлень)',
      other: '{chat} ({count} повідомлення)',
    },
    'export.pickChat': 'Виберіть чат, який записати.',
    'export.summary': {
      one: '{count} повідомлення, {from} – {to}',
      few: '{count} повідомлення, {from} – {to}',
      many: '{count} повідомлень, {from} – {to}',
      other: '{count} повідомлення, {from} – {to}',
    },
    'export.author': '{name}: {count}',
    'export.service': {
      one: 'Пропущено {count} службовий рядок (вступ, закріплення, дзвінки).',
      few: 'Пропущено {count} службові рядки (вступ, закріплення, дзвінки).',
      many: 'Пропущено {count} службових рядків (вступ, закріплення, дзвінки).',
      other: 'Пропущено {count} службового рядка (вступ, закріплення, дзвінки).',
    },
    'export.problems': {
      one: 'Не вдалося прочитати {count} повідомлення',
      few: 'Не вдалося прочитати {count} повідомлення',
      many: 'Не вдалося прочитати {count} повідомлень',
      other: 'Не вдалося прочитати {count} повідомлення',
    },
    'export.problem': '{where} ({why}):',
    'export.why.bad-date': 'немає дати або такої дати не існує',
    'export.why.bad-id': 'немає номера повідомлення',
    'export.why.no-author': 'немає автора',
    'export.otherPeer':
      'Це чат із користувачем Telegram {id}, а Telegram-id {name} — {theirs}. Перевірте, чи вибрано правильний чат.',
    'export.progress': 'Записано {done} з {count}…',
    'export.again': 'Вибрати інші файли',
  },
  ru: {
    'export.pick': 'Или выберите файлы экспорта Telegram',
    'export.hint':
      'result.json или messages.html с messages2.html… из Telegram Desktop (меню чата → Экспорт истории чата). До {max} МБ на файл.',
    'export.reading': 'Читаем файлы…',
    'export.error.not-json':
      '«{file}» — некорректный JSON; возможно, файл оборван. Экспортируйте чат ещё раз и выберите новый result.json. Ничего не записано.',
    'export.error.not-telegram-json':
      '«{file}» — JSON, но не экспорт чата Telegram (в нём нет сообщений). Выберите result.json из папки экспорта. Ничего не записано.',
    'export.error.not-telegram-html':
      '«{file}» — не страница экспорта чата Telegram (в ней нет сообщений). Выберите messages.html (и messages2.html…) из папки экспорта. Ничего не записано.',
    'export.error.several-json':
      'Выберите один result.json за раз («{file}» — уже второй). Ничего не записано.',
    'export.error.mixed-files':
      'Выберите либо result.json, либо HTML-страницы одного экспорта, не всё вместе. Ничего не записано.',
    'export.error.different-chats':
      '«{file}» — из другого чата, чем первая страница. Выберите страницы одного чата. Ничего не записано.',
    'export.error.no-chats': 'В экспорте нет ни одного чата. Ничего не записано.',
    'export.error.too-big':
      '«{file}» весит {mb} МБ; Kartka читает файлы экспорта до {max} МБ. Экспортируйте только этот чат (меню чата → Экспорт истории чата) и выберите тот файл. Ничего не записано.',
    'export.error.too-many': 'Файлов: {count}; выберите до {max} страниц одного чата. Ничего не записано.',
    'export.error.unknown-file':
      '«{file}» — ни JSON, ни HTML. Выберите result.json или messages.html из экспорта Telegram Desktop. Ничего не записано.',
    'export.error.unreadable':
      'Не удалось прочитать «{file}»; возможно, его переместили. Выберите его ещё раз.',
    'export.chat': 'Какой чат — с {name}?',
    'export.chatOption': {
      one: '{chat} ({count} сообщение)',
      few: '{chat} ({count} сообщения)',
      many: '{chat} ({count} сообщений)',
      other: '{chat} ({count} сообщения)',
    },
    'export.pickChat': 'Выберите чат, который записать.',
    'export.summary': {
      one: '{count} сообщение, {from} – {to}',
      few: '{count} сообщения, {from} – {to}',
      many: '{count} сообщений, {from} – {to}',
      other: '{count} сообщения, {from} – {to}',
    },
    'export.author': '{name}: {count}',
    'export.service': {
      one: 'Пропущена {count} служебная строка (вступления, закрепления, звонки).',
      few: 'Пропущено {count} служебные строки (вступления, закрепления, звонки).',
      many: 'Пропущено {count} служебных строк (вступления, закрепления, звонки).',
      other: 'Пропущено {count} служебной строки (вступления, закрепления, звонки).',
    },
    'export.problems': {
      one: 'Не удалось прочитать {count} сообщение',
      few: 'Не удалось прочитать {count} сообщения',
      many: 'Не удалось прочитать {count} сообщений',
      other: 'Не удалось прочитать {count} сообщения',
    },
    'export.problem': '{where} ({why}):',
    'export.why.bad-date': 'нет даты или такой даты не существует',
    'export.why.bad-id': 'нет номера сообщения',
    'export.why.no-author': 'нет автора',
    'export.otherPeer':
      'Это чат с пользователем Telegram {id}, а Telegram-id {name} — {theirs}. Проверьте, тот ли чат выбран.',
    'export.progress': 'Записано {done} из {count}…',
    'export.again': 'Выбрать другие файлы',
  },
});
