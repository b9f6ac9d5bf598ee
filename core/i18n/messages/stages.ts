// A stage rule's reason in en/uk/ru (core/lifecycle.ts decides; the card shows it in the reader's language).
// uk/ru name the count before the noun ("замовлень: 3") or shorten days ("45 дн."), so no agreement can go wrong.
import { defineMessages } from '../define';

export const stageMessages = defineMessages({
  en: {
    'stage.because.lost-final': {
      one: 'no contact for {count} day (lost for good after {after})',
      other: 'no contact for {count} days (lost for good after {after})',
    },
    'stage.because.lost-quiet': {
      one: 'no contact for {count} day (threshold {after})',
      other: 'no contact for {count} days (threshold {after})',
    },
    'stage.because.key-amount': 'won {amount} {currency} in orders (key account from {from})',
    'stage.because.vip-orders': {
      one: '{count} order won (VIP from {from})',
      other: '{count} orders won (VIP from {from})',
    },
    'stage.because.vip-amount': 'won {amount} {currency} in orders (VIP from {from})',
    'stage.because.partner': {
      one: '{count} order over {days} days (partner from {fromOrders} orders over {fromDays} days)',
      other: '{count} orders over {days} days (partner from {fromOrders} orders over {fromDays} days)',
    },
    'stage.because.regular': {
      one: '{count} order won (regular from {from})',
      other: '{count} orders won (regular from {from})',
    },
    'stage.because.working': { one: '{count} order won', other: '{count} orders won' },
    'stage.because.active': {
      one: '{count} open deal: agreed to work',
      other: '{count} open deals: agreed to work',
    },
    'stage.because.lost-deals': {
      one: '{count} deal lost, none won',
      other: '{count} deals lost, none won',
    },
    'stage.because.none': 'no orders or deals yet',
  },
  uk: {
    'stage.because.lost-final': 'без контакту {count} дн. (остаточно втрачений після {after} дн.)',
    'stage.because.lost-quiet': 'без контакту {count} дн. (поріг {after} дн.)',
    'stage.because.key-amount': 'виграно замовлень на {amount} {currency} (ключовий клієнт від {from})',
    'stage.because.vip-orders': 'виграно замовлень: {count} (VIP від {from})',
    'stage.because.vip-amount': 'виграно замовлень на {amount} {currency} (VIP від {from})',
    'stage.because.partner':
      'замовлень: {count} за {days} дн. (партнер від {fromOrders} замовлень за {fromDays} дн.)',
    'stage.because.regular': 'виграно замовлень: {count} (постійний від {from})',
    'stage.because.working': 'виграно замовлень: {count}',
    'stage.because.active': 'відкритих угод: {count} — домовилися працювати',
    'stage.because.lost-deals': 'програно угод: {count}, виграних немає',
    'stage.because.none': 'ще немає замовлень чи угод',
  },
  ru: {
    'stage.because.lost-final': 'нет контакта {count} дн. (потерян окончательно после {after} дн.)',
    'stage.because.lost-quiet': 'нет контакта {count} дн. (порог {after} дн.)',
    'stage.because.key-amount': 'выиграно заказов на {amount} {currency} (ключевой клиент от {from})',
    'stage.because.vip-orders': 'выиграно заказов: {count} (VIP от {from})',
    'stage.because.vip-amount': 'выиграно заказов на {amount} {currency} (VIP от {from})',
    'stage.because.partner':
      'заказов: {count} за {days} дн. (партнёр от {fromOrders} заказов за {fromDays} дн.)',
    'stage.because.regular': 'выиграно заказов: {count} (постоянный от {from})',
    'stage.because.working': 'выиграно заказов: {count}',
    'stage.because.active': 'открытых сделок: {count} — договорились работать',
    'stage.because.lost-deals': 'проиграно сделок: {count}, выигранных нет',
    'stage.because.none': 'пока нет заказов или сделок',
  },
});
