// Outlook contacts come from every contact folder of the account (issue 19): the panel's contacts line says so,
// with how many folders are synced (the default Contacts folder and each folder under it). en/uk/ru.
import { defineMessages } from '../define';

export const contactFolderMessages = defineMessages({
  en: {
    'contactFolders.every': 'from every Outlook contact folder ({count})',
  },
  uk: {
    'contactFolders.every': 'з усіх папок контактів Outlook ({count})',
  },
  ru: {
    'contactFolders.every': 'из всех папок контактов Outlook ({count})',
  },
});
