// Settings → Team: the history window this browser keeps of the firm's base (issue 21), in en/uk/ru.
import { defineMessages } from '../define';

export const teamWindowMessages = defineMessages({
  en: {
    'team.window.label': 'History kept in this browser',
    'team.window.months': {
      one: 'The last {count} month',
      few: 'The last {count} months',
      many: 'The last {count} months',
      other: 'The last {count} months',
    },
    'team.window.all': 'Everything',
    'team.window.hint':
      'Older emails, calls and notes stay on the firm’s server and leave this browser; clients, tasks and deals stay whole. Choose a longer window to bring the older history back.',
    'team.window.failed': 'The history window was not changed ({reason}). Try again.',
  },
  uk: {
    'team.window.label': 'Історія в цьому браузері',
    'team.window.months': {
      one: 'Останній {count} місяць',
      few: 'Останні {count} місяці',
      many: 'Останні {count} місяців',
      other: 'Останні {count} місяця',
    },
    'team.window.all': 'Уся',
    'team.window.hint':
      'Давніші листи, дзвінки й нотатки лишаються на сервері фірми й зникають із цього браузера; клієнти, завдання та угоди лишаються повністю. Оберіть довший період, щоб повернути давнішу історію.',
    'team.window.failed': 'Період історії не змінено ({reason}). Спробуйте ще раз.',
  },
  ru: {
    'team.window.label': 'История в этом браузере',
    'team.window.months': {
      one: 'Последний {count} месяц',
      few: 'Последние {count} месяца',
      many: 'Последние {count} месяцев',
      other: 'Последние {count} месяца',
    },
    'team.window.all': 'Вся',
    'team.window.hint':
      'Более давние письма, звонки и заметки остаются на сервере фирмы и удаляются из этого браузера; клиенты, задачи и сделки остаются полностью. Выберите более длинный период, чтобы вернуть давнюю историю.',
    'team.window.failed': 'Период истории не изменён ({reason}). Попробуйте ещё раз.',
  },
});
