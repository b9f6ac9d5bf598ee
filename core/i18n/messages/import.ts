// Strings of the import/export page, in en/uk/ru with real plural forms.
import { defineMessages } from '../define';

export const importMessages = defineMessages({
  en: {
    'import.title': 'Import and export',
    'import.pickFiles': 'Choose files (.csv, .vcf, .mbox, .eml) or drop them here',
  },
  uk: {
    'import.title': 'Імпорт та експорт',
    'import.pickFiles': 'Виберіть файли (.csv, .vcf, .mbox, .eml) або перетягніть їх сюди',
  },
  ru: {
    'import.title': 'Импорт и экспорт',
    'import.pickFiles': 'Выберите файлы (.csv, .vcf, .mbox, .eml) или перетащите их сюда',
  },
});
