// The demo base's own words (stage reasons, a note, tasks, a lost deal's reason, history subjects) in the
// language the user loads it in, so a Ukrainian user never reads "Імпортовано: 4 orders in the last year".
// Names, companies and the clients' own mail stay as the clients would write them.
import type { Locale } from '../i18n/plural';

const TEXT: Record<string, { uk: string; ru: string }> = {
  'Demo data': { uk: 'Демонстраційні дані', ru: 'Демонстрационные данные' },
  'Agreed to work; no order yet': {
    uk: 'Домовилися працювати; замовлення ще немає',
    ru: 'Договорились работать; заказа ещё нет',
  },
  'Works for a regular client': { uk: 'Працює в постійного клієнта', ru: 'Работает у постоянного клиента' },
  'Works for a proven partner': {
    uk: 'Працює в перевіреного партнера',
    ru: 'Работает у проверенного партнёра',
  },
  'Works for a key account': { uk: 'Працює в ключового клієнта', ru: 'Работает у ключевого клиента' },
  'Works for a VIP client': { uk: 'Працює у VIP-клієнта', ru: 'Работает у VIP-клиента' },
  'Works for an active client': { uk: 'Працює в активного клієнта', ru: 'Работает у активного клиента' },
  'Works for a lost client': { uk: 'Працює у втраченого клієнта', ru: 'Работает у потерянного клиента' },
  'Works for a client with one order': {
    uk: 'Працює в клієнта з одним замовленням',
    ru: 'Работает у клиента с одним заказом',
  },
  'Met at a trade fair': { uk: 'Познайомилися на виставці', ru: 'Познакомились на выставке' },
  'First order placed': { uk: 'Зробили перше замовлення', ru: 'Сделали первый заказ' },
  'Wrote through the website': { uk: 'Написали через сайт', ru: 'Написали через сайт' },
  'Set by hand: top-10 client by revenue': {
    uk: 'Вручну: топ-10 клієнтів за виручкою',
    ru: 'Вручную: топ-10 клиентов по выручке',
  },
  'Set by hand: strategic account': {
    uk: 'Вручну: стратегічний клієнт',
    ru: 'Вручную: стратегический клиент',
  },
  'Set by hand: largest private client': {
    uk: 'Вручну: найбільший приватний клієнт',
    ru: 'Вручную: крупнейший частный клиент',
  },
  'Set by hand: company closed': { uk: 'Вручну: компанію закрито', ru: 'Вручную: компания закрыта' },
  'Referred by Андрій Мельник': {
    uk: 'За рекомендацією Андрія Мельника',
    ru: 'По рекомендации Андрия Мельника',
  },
  'No contact for 200 days; left for a cheaper supplier': {
    uk: 'Без контакту 200 днів; пішли до дешевшого постачальника',
    ru: 'Нет контакта 200 дней; ушли к более дешёвому поставщику',
  },
  'No contact for 120 days': { uk: 'Без контакту 120 днів', ru: 'Нет контакта 120 дней' },
  'Asked for a price list': { uk: 'Попросили прайс-лист', ru: 'Попросили прайс-лист' },
  '4 orders in the last year': { uk: '4 замовлення за останній рік', ru: '4 заказа за последний год' },
  '3 years of orders without a dispute': {
    uk: '3 роки замовлень без жодної суперечки',
    ru: '3 года заказов без единого спора',
  },
  '3 orders': { uk: '3 замовлення', ru: '3 заказа' },
  'Prefers calls before 11:00.': { uk: 'Краще дзвонити до 11:00.', ru: 'Лучше звонить до 11:00.' },
  'Cheaper supplier': { uk: 'Дешевший постачальник', ru: 'Более дешёвый поставщик' },
  'Follow up after the fair': {
    uk: 'Нагадати про себе після виставки',
    ru: 'Напомнить о себе после выставки',
  },
  'Confirm shipment dates': { uk: 'Підтвердити дати відвантаження', ru: 'Подтвердить даты отгрузки' },
  'Price list': { uk: 'Прайс-лист', ru: 'Прайс-лист' },
  'Call: terms of delivery': { uk: 'Дзвінок: умови доставки', ru: 'Звонок: условия доставки' },
  'Meeting at the office': { uk: 'Зустріч в офісі', ru: 'Встреча в офисе' },
  Note: { uk: 'Нотатка', ru: 'Заметка' },
};

/** A demo text in the locale; the text itself when it is not one of the demo's English phrases. */
export function demoText(text: string, locale: Locale): string {
  return locale === 'en' ? text : (TEXT[text]?.[locale] ?? text);
}

/** Every English phrase the demo translates (for the test that each demo phrase has its translations). */
export const DEMO_PHRASES: readonly string[] = Object.keys(TEXT);
