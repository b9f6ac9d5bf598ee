// Contacts from a connected account (issue 18): the panel's contacts line, the reconnect request for contacts,
// where a card field came from, and a contact deleted at the provider. en/uk/ru.
import { defineMessages } from '../define';

export const contactsSyncMessages = defineMessages({
  en: {
    'contactsSync.progress': {
      one: 'Contacts: {synced} of about {count} contact',
      other: 'Contacts: {synced} of about {count} contacts',
    },
    'contactsSync.progressUnknown': { one: 'Contacts: {count} contact', other: 'Contacts: {count} contacts' },
    'contactsSync.off':
      'Contacts are not synced: this account was connected without access to Google contacts. Reconnect and allow contacts to bring them into the base; mail keeps syncing meanwhile.',
    'contactsSync.reconnect': 'Reconnect for contacts',
    'contactsSync.from.user': 'Edited by you on {date}',
    'contactsSync.from.import': 'From an import on {date}',
    'contactsSync.from.google': 'From Google contacts ({account}) on {date}',
    'contactsSync.from.microsoft': 'From Outlook contacts ({account}) on {date}',
    'contactsSync.from.other': 'From {source} on {date}',
    'contactsSync.deleted.google': 'Deleted in Google contacts on {date} ({account})',
    'contactsSync.deleted.microsoft': 'Deleted in Outlook contacts on {date} ({account})',
    'contactsSync.deleted.hint': 'The person stays in the base; only the contact in the account is gone.',
  },
  uk: {
    'contactsSync.progress': {
      one: 'Контакти: {synced} з приблизно {count} контакту',
      few: 'Контакти: {synced} з приблизно {count} контактів',
      many: 'Контакти: {synced} з приблизно {count} контактів',
      other: 'Контакти: {synced} з приблизно {count} контакту',
    },
    'contactsSync.progressUnknown': {
      one: 'Контакти: {count} контакт',
      few: 'Контакти: {count} контакти',
      many: 'Контакти: {count} контактів',
      other: 'Контакти: {count} контакту',
    },
    'contactsSync.off':
      'Контакти не синхронізуються: цей обліковий запис підключено без доступу до контактів Google. Підключіть його знову й дозвольте контакти, щоб вони з’явилися в базі; пошта тим часом синхронізується далі.',
    'contactsSync.reconnect': 'Підключити знову для контактів',
    'contactsSync.from.user': 'Змінено вами {date}',
    'contactsSync.from.import': 'З імпорту {date}',
    'contactsSync.from.google': 'З контактів Google ({account}) {date}',
    'contactsSync.from.microsoft': 'З контактів Outlook ({account}) {date}',
    'contactsSync.from.other': 'З джерела {source} {date}',
    'contactsSync.deleted.google': 'Видалено з контактів Google {date} ({account})',
    'contactsSync.deleted.microsoft': 'Видалено з контактів Outlook {date} ({account})',
    'contactsSync.deleted.hint': 'Людина лишається в базі; зник лише контакт в обліковому записі.',
  },
  ru: {
    'contactsSync.progress': {
      one: 'Контакты: {synced} из примерно {count} контакта',
      few: 'Контакты: {synced} из примерно {count} контактов',
      many: 'Контакты: {synced} из примерно {count} контактов',
      other: 'Контакты: {synced} из примерно {count} контакта',
    },
    'contactsSync.progressUnknown': {
      one: 'Контакты: {count} контакт',
      few: 'Контакты: {count} контакта',
      many: 'Контакты: {count} контактов',
      other: 'Контакты: {count} контакта',
    },
    'contactsSync.off':
      'Контакты не синхронизируются: эта учётная запись подключена без доступа к контактам Google. Подключите её снова и разрешите контакты, чтобы они появились в базе; почта тем временем синхронизируется дальше.',
    'contactsSync.reconnect': 'Подключить снова для контактов',
    'contactsSync.from.user': 'Изменено вами {date}',
    'contactsSync.from.import': 'Из импорта {date}',
    'contactsSync.from.google': 'Из контактов Google ({account}) {date}',
    'contactsSync.from.microsoft': 'Из контактов Outlook ({account}) {date}',
    'contactsSync.from.other': 'Из источника {source} {date}',
    'contactsSync.deleted.google': 'Удалено из контактов Google {date} ({account})',
    'contactsSync.deleted.microsoft': 'Удалено из контактов Outlook {date} ({account})',
    'contactsSync.deleted.hint': 'Человек остаётся в базе; исчез только контакт в учётной записи.',
  },
});
