// Identity and its import: possible duplicates, rows kept apart, company-only rows, the new mapping targets,
// undoing an import (issue 15). Kept apart from the big shared catalogs.
import { defineMessages } from '../define';

export const identityMessages = defineMessages({
  en: {
    'importReason.field.department': 'department',
    'importReason.field.address': 'address',
    'importReason.field.website': 'website',
    'importReason.row.possibleDuplicate':
      'same number {value} as {name}, but a different name — not merged; listed under possible duplicates.',
    'importReason.row.possibleDuplicateNoName':
      'same number {value} as {name}, and no name to compare — not merged; listed under possible duplicates.',
    'importReason.row.companyOnly': 'imported as the company {name} (the row names no person)',
    'importReason.row.stageUnknown':
      'the status “{value}” is not a stage of your pipeline; it was kept in the notes.',
    'importReason.line.company': '{file}, row {line}: {what}',
    'import.field.companyPhone': 'Company phone (switchboard)',
    'import.field.department': 'Department',
    'import.field.address': 'Address',
    'import.field.website': 'Website',
    'import.field.stage': 'Stage / status',
    'import.field.manager': 'Manager (responsible)',
    'import.report.company': { one: '{count} company', other: '{count} companies' },
    'import.preview.possible': '{name}? Same number {by}, different name — kept apart',
    'import.preview.possibleNoName': '{name}? Same number {by}, no name to compare — kept apart',
    'import.mapping.showEmpty': { one: 'Show {count} empty column', other: 'Show {count} empty columns' },
    'import.mapping.hideEmpty': { one: 'Hide {count} empty column', other: 'Hide {count} empty columns' },
  },
  uk: {
    'importReason.field.department': 'відділ',
    'importReason.field.address': 'адреса',
    'importReason.field.website': 'сайт',
    'importReason.row.possibleDuplicate':
      'той самий номер {value}, що в картці «{name}», але інше ім’я — не об’єднано; додано до можливих дублікатів.',
    'importReason.row.possibleDuplicateNoName':
      'той самий номер {value}, що в картці «{name}», а імені для порівняння немає — не об’єднано; додано до можливих дублікатів.',
    'importReason.row.companyOnly': 'імпортовано як компанію «{name}» (у рядку немає людини)',
    'importReason.row.stageUnknown':
      'статусу «{value}» немає серед етапів вашої воронки; його збережено в нотатках.',
    'importReason.line.company': '{file}, рядок {line}: {what}',
    'import.field.companyPhone': 'Телефон компанії (офіс)',
    'import.field.department': 'Відділ',
    'import.field.address': 'Адреса',
    'import.field.website': 'Сайт',
    'import.field.stage': 'Етап / статус',
    'import.field.manager': 'Відповідальний менеджер',
    'import.report.company': {
      one: '{count} компанія',
      few: '{count} компанії',
      many: '{count} компаній',
      other: '{count} компанії',
    },
    'import.preview.possible': '«{name}»? Той самий номер {by}, інше ім’я — окремо',
    'import.preview.possibleNoName': '«{name}»? Той самий номер {by}, імені немає — окремо',
    'import.mapping.showEmpty': {
      one: 'Показати {count} порожній стовпець',
      few: 'Показати {count} порожні стовпці',
      many: 'Показати {count} порожніх стовпців',
      other: 'Показати {count} порожнього стовпця',
    },
    'import.mapping.hideEmpty': {
      one: 'Сховати {count} порожній стовпець',
      few: 'Сховати {count} порожні стовпці',
      many: 'Сховати {count} порожніх стовпців',
      other: 'Сховати {count} порожнього стовпця',
    },
  },
  ru: {
    'importReason.field.department': 'отдел',
    'importReason.field.address': 'адрес',
    'importReason.field.website': 'сайт',
    'importReason.row.possibleDuplicate':
      'тот же номер {value}, что в карточке «{name}», но другое имя — не объединено; добавлено в возможные дубликаты.',
    'importReason.row.possibleDuplicateNoName':
      'тот же номер {value}, что в карточке «{name}», а имени для сравнения нет — не объединено; добавлено в возможные дубликаты.',
    'importReason.row.companyOnly': 'импортировано как компания «{name}» (в строке нет человека)',
    'importReason.row.stageUnknown':
      'статуса «{value}» нет среди этапов вашей воронки; он сохранён в заметках.',
    'importReason.line.company': '{file}, строка {line}: {what}',
    'import.field.companyPhone': 'Телефон компании (офис)',
    'import.field.department': 'Отдел',
    'import.field.address': 'Адрес',
    'import.field.website': 'Сайт',
    'import.field.stage': 'Этап / статус',
    'import.field.manager': 'Ответственный менеджер',
    'import.report.company': {
      one: '{count} компания',
      few: '{count} компании',
      many: '{count} компаний',
      other: '{count} компании',
    },
    'import.preview.possible': '«{name}»? Тот же номер {by}, другое имя — отдельно',
    'import.preview.possibleNoName': '«{name}»? Тот же номер {by}, имени нет — отдельно',
    'import.mapping.showEmpty': {
      one: 'Показать {count} пустой столбец',
      few: 'Показать {count} пустых столбца',
      many: 'Показать {count} пустых столбцов',
      other: 'Показать {count} пустого столбца',
    },
    'import.mapping.hideEmpty': {
      one: 'Скрыть {count} пустой столбец',
      few: 'Скрыть {count} пустых столбца',
      many: 'Скрыть {count} пустых столбцов',
      other: 'Скрыть {count} пустого столбца',
    },
  },
});
