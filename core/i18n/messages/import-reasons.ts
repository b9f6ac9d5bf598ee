// Why an imported row, value or message was left out (core/import-reason.ts codes), in en/uk/ru, and the
// report's line per row. Parser reasons leave out "Row 14:", which the report line says once.
import { defineMessages } from '../define';

export const importReasonMessages = defineMessages({
  en: {
    'importReason.address.empty': 'the address is empty',
    'importReason.address.noAt': 'has no @',
    'importReason.address.manyAt': 'has more than one @',
    'importReason.address.noLocal': 'has nothing before the @',
    'importReason.address.noDomain': 'has no domain after the @',
    'importReason.address.spaces': 'contains spaces',
    'importReason.address.noDot': 'has no dot in the domain',
    'importReason.address.badDomain': 'has an invalid domain',
    'importReason.address.badLocal': 'has characters not allowed before the @',
    'importReason.file.empty': 'the file is empty',
    'importReason.file.badBytes':
      'a byte here is not valid UTF-8 and shows as �; the rest of the file is UTF-8 and was read as such',
    'importReason.csv.cells': {
      one: "{count} cell where the header has {expected}; check for a missing or extra '{delimiter}'",
      other: "{count} cells where the header has {expected}; check for a missing or extra '{delimiter}'",
    },
    'importReason.csv.cellsTab': {
      one: "{count} cell where the header has {expected}; check for a missing or extra 'tab'",
      other: "{count} cells where the header has {expected}; check for a missing or extra 'tab'",
    },
    'importReason.csv.quote': 'a quote opened in this row is never closed',
    'importReason.csv.email': "'{value}' is not an email address ({details})",
    'importReason.csv.birthday': "birthday '{value}' is not a date; the rest of the row was kept",
    'importReason.csv.emptyRow': 'empty (no name, email or phone); skipped',
    'importReason.vcard.birthday': "BDAY '{value}' is not a date",
    'importReason.vcard.noColon': "'{value}' is not a vCard property (no ':')",
    'importReason.vcard.endWithoutBegin': 'END:VCARD without a BEGIN:VCARD',
    'importReason.vcard.outside': '{name} is outside any BEGIN:VCARD ... END:VCARD',
    'importReason.vcard.noEnd': 'the card has no END:VCARD; read it to the end of the file',
    'importReason.row.leftOut': '{reason} It was left out.',
    'importReason.row.birthdayLeftOut': 'Birthday: {reason} It was left out.',
    'importReason.row.nothingLeft': 'no name, valid email or phone left to import',
    'importReason.row.nothingLeftBecause': 'no name, valid email or phone left to import ({details})',
    'importReason.row.idsWithoutCompany':
      'Registration ids belong to a company, and this row names none; they were left out.',
    'importReason.row.owned': '{value} belongs to {name}, so it was not added to this person.',
    'importReason.row.notImported': 'not imported',
    'importReason.row.created': 'created',
    'importReason.row.createdAnyway': 'created as a new person although {value} matches {name}, as chosen',
    'importReason.row.skippedBase': '{value} is already in the base as {name}; skipped, as chosen',
    'importReason.row.skippedEarlier':
      '{value} is already in an earlier row of this import as {name}; skipped, as chosen',
    'importReason.row.unchangedBase': '{value} is already in the base as {name}; nothing new to add',
    'importReason.row.unchangedEarlier':
      '{value} is already in an earlier row of this import as {name}; nothing new to add',
    'importReason.row.merged': 'merged into {name} ({value}): {fields} updated',
    'importReason.backup.notBackup':
      'This is not a Kartka backup (it has no "kartka-backup" header). Choose the .json file Kartka exported.',
    'importReason.backup.notJson':
      '{file} is not a Kartka backup (it is not JSON). Choose the file Kartka exported.',
    'importReason.backup.newer':
      'This backup was made by a newer Kartka (data version {version}; this one reads up to {current}). Update Kartka, then restore it.',
    'importReason.backup.badVersion':
      "The backup's data version {version} is not valid; the file may be damaged.",
    'importReason.backup.badRecord':
      'The backup is damaged: {table} record {number} is not valid: {problem}. Nothing was changed.',
    'importReason.backup.badRecordField':
      'The backup is damaged: {table} record {number} (field {field}) is not valid: {problem}. Nothing was changed.',
    'importReason.backup.duplicateId':
      'The backup is damaged: {table} has two records with the id {id}. Nothing was changed.',
    'importReason.backup.unknownTables':
      'The backup has tables this Kartka does not know ({tables}); update Kartka, then restore it.',
    'importReason.backup.writeFailed':
      'The backup could not be written ({error}); the base was left as it was.',
    'importReason.backup.notEncrypted':
      'This file is not an encrypted Kartka backup, or its header is damaged.',
    'importReason.backup.wrongPassphrase':
      'The passphrase is wrong, or the file was changed after it was made. Check the passphrase (it is case-sensitive) and try again.',
    'importReason.backup.badIterations':
      'The backup’s header asks for {iterations} rounds of key derivation; Kartka accepts {min} to {max}. The file is damaged or was not made by Kartka.',
    'importReason.backup.tampered':
      'The backup was changed after Kartka made it (its checksum does not match), so it was not restored. Use an unchanged copy of the file.',
    'importReason.mail.notMbox':
      '{file} does not start with a "From " line, so it is not an mbox file; nothing was imported from it.',
    'importReason.mail.message': 'Message {number}{id}: {details}',
    'importReason.mail.messageSubject': "Message {number} '{subject}'{id}: {details}",
    'importReason.mail.noDate': 'it has no Date header; not logged',
    'importReason.mail.badDate': "its Date '{date}' is not a valid date; not logged",
    'importReason.mail.noAddress': 'it has no valid sender or recipient address; not logged',
    'importReason.mail.unreadable': 'could not read this message: {error}',
    'importReason.field.displayName': 'name',
    'importReason.field.givenName': 'first name',
    'importReason.field.familyName': 'last name',
    'importReason.field.patronymic': 'patronymic',
    'importReason.field.position': 'position',
    'importReason.field.city': 'city',
    'importReason.field.birthday': 'birthday',
    'importReason.field.notes': 'notes',
    'importReason.field.emails': 'emails',
    'importReason.field.phones': 'phones',
    'importReason.field.tags': 'tags',
    'importReason.field.company': 'company',
    'importReason.field.manager': 'manager',
    'importReason.field.stage': 'stage',
    'importReason.line.rejected': '{file}, row {line}: {what}; not imported',
    'importReason.line.created': '{file}, row {line}: {what} ({label} was imported)',
    'importReason.line.merged': '{file}, row {line}: {what} ({label} was merged)',
    'importReason.line.unchanged': '{file}, row {line}: {what} ({label} was unchanged)',
    'importReason.line.skipped': '{file}, row {line}: {what} ({label} was skipped)',
  },
  uk: {
    'importReason.address.empty': 'адреса порожня',
    'importReason.address.noAt': 'у ній немає @',
    'importReason.address.manyAt': 'у ній більше ніж один знак @',
    'importReason.address.noLocal': 'перед @ нічого немає',
    'importReason.address.noDomain': 'після @ немає домену',
    'importReason.address.spaces': 'у ній є пробіли',
    'importReason.address.noDot': 'у домені немає крапки',
    'importReason.address.badDomain': 'у неї неправильний домен',
    'importReason.address.badLocal': 'перед @ є недозволені символи',
    'importReason.file.empty': 'файл порожній',
    'importReason.file.badBytes':
      'байт тут не є коректним UTF-8 і показаний як �; решту файлу (UTF-8) прочитано як UTF-8',
    'importReason.csv.cells': {
      one: '{count} клітинка, а в заголовку стовпців: {expected}; перевірте, чи не пропущено або не додано зайвий роздільник «{delimiter}»',
      few: '{count} клітинки, а в заголовку стовпців: {expected}; перевірте, чи не пропущено або не додано зайвий роздільник «{delimiter}»',
      many: '{count} клітинок, а в заголовку стовпців: {expected}; перевірте, чи не пропущено або не додано зайвий роздільник «{delimiter}»',
      other:
        '{count} клітинки, а в заголовку стовпців: {expected}; перевірте, чи не пропущено або не додано зайвий роздільник «{delimiter}»',
    },
    'importReason.csv.cellsTab': {
      one: '{count} клітинка, а в заголовку стовпців: {expected}; перевірте, чи не пропущено або не додано зайву табуляцію',
      few: '{count} клітинки, а в заголовку стовпців: {expected}; перевірте, чи не пропущено або не додано зайву табуляцію',
      many: '{count} клітинок, а в заголовку стовпців: {expected}; перевірте, чи не пропущено або не додано зайву табуляцію',
      other:
        '{count} клітинки, а в заголовку стовпців: {expected}; перевірте, чи не пропущено або не додано зайву табуляцію',
    },
    'importReason.csv.quote': 'лапки, відкриті в цьому рядку, ніде не закрито',
    'importReason.csv.email': '«{value}» — не адреса електронної пошти ({details})',
    'importReason.csv.birthday': 'день народження «{value}» — не дата; решту рядка збережено',
    'importReason.csv.emptyRow': 'порожній рядок (немає ні імені, ні адреси, ні телефону); пропущено',
    'importReason.vcard.birthday': 'BDAY «{value}» — не дата',
    'importReason.vcard.noColon': '«{value}» — не властивість vCard (немає двокрапки)',
    'importReason.vcard.endWithoutBegin': 'END:VCARD без BEGIN:VCARD',
    'importReason.vcard.outside': '{name} стоїть поза BEGIN:VCARD ... END:VCARD',
    'importReason.vcard.noEnd': 'у картки немає END:VCARD; її прочитано до кінця файлу',
    'importReason.row.leftOut': '{reason} Це значення пропущено.',
    'importReason.row.birthdayLeftOut': 'День народження: {reason} Його пропущено.',
    'importReason.row.nothingLeft': 'не лишилося ні імені, ні дійсної адреси чи телефону, щоб імпортувати',
    'importReason.row.nothingLeftBecause':
      'не лишилося ні імені, ні дійсної адреси чи телефону, щоб імпортувати ({details})',
    'importReason.row.idsWithoutCompany':
      'Реєстраційні коди належать компанії, а в цьому рядку компанію не вказано; їх пропущено.',
    'importReason.row.owned': '{value} належить картці «{name}», тому до цієї людини його не додано.',
    'importReason.row.notImported': 'не імпортовано',
    'importReason.row.created': 'створено нову картку',
    'importReason.row.createdAnyway':
      'створено нову картку, хоча {value} збігається з карткою «{name}», — як ви обрали',
    'importReason.row.skippedBase': '{value} уже є в базі в картці «{name}»; пропущено, як ви обрали',
    'importReason.row.skippedEarlier':
      '{value} уже є в одному з попередніх рядків цього імпорту («{name}»); пропущено, як ви обрали',
    'importReason.row.unchangedBase': '{value} уже є в базі в картці «{name}»; нових даних немає',
    'importReason.row.unchangedEarlier':
      '{value} уже є в одному з попередніх рядків цього імпорту («{name}»); нових даних немає',
    'importReason.row.merged': 'об’єднано з карткою «{name}» ({value}); оновлено: {fields}',
    'importReason.backup.notBackup':
      'Це не резервна копія Kartka (у ній немає заголовка «kartka-backup»). Виберіть файл .json, який експортувала Kartka.',
    'importReason.backup.notJson':
      '{file} — не резервна копія Kartka (це не JSON). Виберіть файл, який експортувала Kartka.',
    'importReason.backup.newer':
      'Цю копію зроблено новішою версією Kartka (версія даних {version}; ця читає до {current}). Оновіть Kartka, тоді відновіть її.',
    'importReason.backup.badVersion': 'Версія даних копії {version} недійсна; можливо, файл пошкоджено.',
    'importReason.backup.badRecord':
      'Копію пошкоджено: запис {number} у таблиці {table} недійсний: {problem}. Нічого не змінено.',
    'importReason.backup.badRecordField':
      'Копію пошкоджено: запис {number} у таблиці {table} (поле {field}) недійсний: {problem}. Нічого не змінено.',
    'importReason.backup.duplicateId':
      'Копію пошкоджено: у таблиці {table} два записи з ідентифікатором {id}. Нічого не змінено.',
    'importReason.backup.unknownTables':
      'У копії є таблиці, яких ця версія Kartka не знає ({tables}); оновіть Kartka, тоді відновіть її.',
    'importReason.backup.writeFailed': 'Копію не вдалося записати ({error}); базу залишено як була.',
    'importReason.backup.notEncrypted':
      'Цей файл не є зашифрованою копією Kartka, або його заголовок пошкоджено.',
    'importReason.backup.wrongPassphrase':
      'Неправильна парольна фраза, або файл змінили після створення. Перевірте фразу (великі й малі літери різняться) і спробуйте ще раз.',
    'importReason.backup.badIterations':
      'Заголовок копії вимагає {iterations} раундів виведення ключа; Kartka приймає від {min} до {max}. Файл пошкоджено або створено не в Kartka.',
    'importReason.backup.tampered':
      'Копію змінено після того, як Kartka її створила (контрольна сума не збігається), тому її не відновлено. Візьміть незмінену копію файлу.',
    'importReason.mail.notMbox':
      '{file} не починається з рядка «From », тож це не файл mbox; з нього нічого не імпортовано.',
    'importReason.mail.message': 'Лист {number}{id}: {details}',
    'importReason.mail.messageSubject': 'Лист {number} «{subject}»{id}: {details}',
    'importReason.mail.noDate': 'у ньому немає заголовка Date; не записано',
    'importReason.mail.badDate': 'його заголовок Date «{date}» — не дійсна дата; не записано',
    'importReason.mail.noAddress':
      'у ньому немає жодної дійсної адреси відправника чи одержувача; не записано',
    'importReason.mail.unreadable': 'не вдалося прочитати цей лист: {error}',
    'importReason.field.displayName': 'ім’я в картці',
    'importReason.field.givenName': 'ім’я',
    'importReason.field.familyName': 'прізвище',
    'importReason.field.patronymic': 'по батькові',
    'importReason.field.position': 'посада',
    'importReason.field.city': 'місто',
    'importReason.field.birthday': 'день народження',
    'importReason.field.notes': 'нотатки',
    'importReason.field.emails': 'адреси електронної пошти',
    'importReason.field.phones': 'телефони',
    'importReason.field.tags': 'теги',
    'importReason.field.company': 'компанія',
    'importReason.field.manager': 'менеджер',
    'importReason.field.stage': 'етап',
    'importReason.line.rejected': '{file}, рядок {line}: {what}; не імпортовано',
    'importReason.line.created': '{file}, рядок {line}: {what} (контакт «{label}» імпортовано)',
    'importReason.line.merged': '{file}, рядок {line}: {what} (контакт «{label}» об’єднано з наявним)',
    'importReason.line.unchanged': '{file}, рядок {line}: {what} (контакт «{label}» не змінено)',
    'importReason.line.skipped': '{file}, рядок {line}: {what} (контакт «{label}» пропущено)',
  },
  ru: {
    'importReason.address.empty': 'адрес пуст',
    'importReason.address.noAt': 'в нём нет @',
    'importReason.address.manyAt': 'в нём больше одного знака @',
    'importReason.address.noLocal': 'перед @ ничего нет',
    'importReason.address.noDomain': 'после @ нет домена',
    'importReason.address.spaces': 'в нём есть пробелы',
    'importReason.address.noDot': 'в домене нет точки',
    'importReason.address.badDomain': 'у него неправильный домен',
    'importReason.address.badLocal': 'перед @ есть недопустимые символы',
    'importReason.file.empty': 'файл пуст',
    'importReason.file.badBytes':
      'байт здесь не является корректным UTF-8 и показан как �; остальной файл (UTF-8) прочитан как UTF-8',
    'importReason.csv.cells': {
      one: '{count} ячейка, а в заголовке столбцов: {expected}; проверьте, не пропущен ли разделитель «{delimiter}» и нет ли лишнего',
      few: '{count} ячейки, а в заголовке столбцов: {expected}; проверьте, не пропущен ли разделитель «{delimiter}» и нет ли лишнего',
      many: '{count} ячеек, а в заголовке столбцов: {expected}; проверьте, не пропущен ли разделитель «{delimiter}» и нет ли лишнего',
      other:
        '{count} ячейки, а в заголовке столбцов: {expected}; проверьте, не пропущен ли разделитель «{delimiter}» и нет ли лишнего',
    },
    'importReason.csv.cellsTab': {
      one: '{count} ячейка, а в заголовке столбцов: {expected}; проверьте, не пропущена ли табуляция и нет ли лишней',
      few: '{count} ячейки, а в заголовке столбцов: {expected}; проверьте, не пропущена ли табуляция и нет ли лишней',
      many: '{count} ячеек, а в заголовке столбцов: {expected}; проверьте, не пропущена ли табуляция и нет ли лишней',
      other:
        '{count} ячейки, а в заголовке столбцов: {expected}; проверьте, не пропущена ли табуляция и нет ли лишней',
    },
    'importReason.csv.quote': 'кавычка, открытая в этой строке, нигде не закрыта',
    'importReason.csv.email': '«{value}» — не адрес электронной почты ({details})',
    'importReason.csv.birthday': 'день рождения «{value}» — не дата; остальная часть строки сохранена',
    'importReason.csv.emptyRow': 'пустая строка (нет ни имени, ни адреса, ни телефона); пропущена',
    'importReason.vcard.birthday': 'BDAY «{value}» — не дата',
    'importReason.vcard.noColon': '«{value}» — не свойство vCard (нет двоеточия)',
    'importReason.vcard.endWithoutBegin': 'END:VCARD без BEGIN:VCARD',
    'importReason.vcard.outside': '{name} стоит вне BEGIN:VCARD ... END:VCARD',
    'importReason.vcard.noEnd': 'у карточки нет END:VCARD; она прочитана до конца файла',
    'importReason.row.leftOut': '{reason} Это значение пропущено.',
    'importReason.row.birthdayLeftOut': 'День рождения: {reason} Он пропущен.',
    'importReason.row.nothingLeft':
      'не осталось ни имени, ни действительного адреса или телефона для импорта',
    'importReason.row.nothingLeftBecause':
      'не осталось ни имени, ни действительного адреса или телефона для импорта ({details})',
    'importReason.row.idsWithoutCompany':
      'Регистрационные коды относятся к компании, а в этой строке компания не указана; они пропущены.',
    'importReason.row.owned':
      '{value} принадлежит карточке «{name}», поэтому к этому человеку он не добавлен.',
    'importReason.row.notImported': 'не импортировано',
    'importReason.row.created': 'создана новая карточка',
    'importReason.row.createdAnyway':
      'создана новая карточка, хотя {value} совпадает с карточкой «{name}», — как вы выбрали',
    'importReason.row.skippedBase': '{value} уже есть в базе в карточке «{name}»; пропущено, как вы выбрали',
    'importReason.row.skippedEarlier':
      '{value} уже есть в одной из предыдущих строк этого импорта («{name}»); пропущено, как вы выбрали',
    'importReason.row.unchangedBase': '{value} уже есть в базе в карточке «{name}»; новых данных нет',
    'importReason.row.unchangedEarlier':
      '{value} уже есть в одной из предыдущих строк этого импорта («{name}»); новых данных нет',
    'importReason.row.merged': 'объединено с карточкой «{name}» ({value}); обновлено: {fields}',
    'importReason.backup.notBackup':
      'Это не резервная копия Kartka (в ней нет заголовка «kartka-backup»). Выберите файл .json, который экспортировала Kartka.',
    'importReason.backup.notJson':
      '{file} — не резервная копия Kartka (это не JSON). Выберите файл, который экспортировала Kartka.',
    'importReason.backup.newer':
      'Эта копия сделана более новой версией Kartka (версия данных {version}; эта читает до {current}). Обновите Kartka, затем восстановите её.',
    'importReason.backup.badVersion':
      'Версия данных копии {version} недействительна; возможно, файл повреждён.',
    'importReason.backup.badRecord':
      'Копия повреждена: запись {number} в таблице {table} недействительна: {problem}. Ничего не изменено.',
    'importReason.backup.badRecordField':
      'Копия повреждена: запись {number} в таблице {table} (поле {field}) недействительна: {problem}. Ничего не изменено.',
    'importReason.backup.duplicateId':
      'Копия повреждена: в таблице {table} две записи с идентификатором {id}. Ничего не изменено.',
    'importReason.backup.unknownTables':
      'В копии есть таблицы, которых эта версия Kartka не знает ({tables}); обновите Kartka, затем восстановите её.',
    'importReason.backup.writeFailed': 'Копию не удалось записать ({error}); база оставлена как была.',
    'importReason.backup.notEncrypted':
      'Этот файл не зашифрованная копия Kartka, или его заголовок повреждён.',
    'importReason.backup.wrongPassphrase':
      'Неверная парольная фраза, или файл изменили после создания. Проверьте фразу (регистр букв важен) и попробуйте ещё раз.',
    'importReason.backup.badIterations':
      'Заголовок копии требует {iterations} раундов выведения ключа; Kartka принимает от {min} до {max}. Файл повреждён или создан не в Kartka.',
    'importReason.backup.tampered':
      'Копию изменили после того, как Kartka её создала (контрольная сумма не совпадает), поэтому она не восстановлена. Возьмите неизменённую копию файла.',
    'importReason.mail.notMbox':
      '{file} не начинается со строки «From », поэтому это не файл mbox; из него ничего не импортировано.',
    'importReason.mail.message': 'Письмо {number}{id}: {details}',
    'importReason.mail.messageSubject': 'Письмо {number} «{subject}»{id}: {details}',
    'importReason.mail.noDate': 'в нём нет заголовка Date; не записано',
    'importReason.mail.badDate': 'его заголовок Date «{date}» — недопустимая дата; не записано',
    'importReason.mail.noAddress':
      'в нём нет ни одного действительного адреса отправителя или получателя; не записано',
    'importReason.mail.unreadable': 'не удалось прочитать это письмо: {error}',
    'importReason.field.displayName': 'имя в карточке',
    'importReason.field.givenName': 'имя',
    'importReason.field.familyName': 'фамилия',
    'importReason.field.patronymic': 'отчество',
    'importReason.field.position': 'должность',
    'importReason.field.city': 'город',
    'importReason.field.birthday': 'день рождения',
    'importReason.field.notes': 'заметки',
    'importReason.field.emails': 'адреса электронной почты',
    'importReason.field.phones': 'телефоны',
    'importReason.field.tags': 'теги',
    'importReason.field.company': 'компания',
    'importReason.field.manager': 'менеджер',
    'importReason.field.stage': 'этап',
    'importReason.line.rejected': '{file}, строка {line}: {what}; не импортировано',
    'importReason.line.created': '{file}, строка {line}: {what} (контакт «{label}» импортирован)',
    'importReason.line.merged': '{file}, строка {line}: {what} (контакт «{label}» объединён с существующим)',
    'importReason.line.unchanged': '{file}, строка {line}: {what} (контакт «{label}» не изменён)',
    'importReason.line.skipped': '{file}, строка {line}: {what} (контакт «{label}» пропущен)',
  },
});
