// Settings → Team, an admin's actions on members (invite, level, off-board) and the server's refusals, in en/uk/ru.
import { defineMessages } from '../define';

export const teamAdminMessages = defineMessages({
  en: {
    'team.admin.title': 'Manage members',
    'team.admin.as': 'CouchDB credentials for these actions',
    'team.admin.asHint':
      'CouchDB lets only its server admin change members. Type the server admin’s name and password (used for this action only, never stored), or leave them empty to try with your own sign-in.',
    'team.admin.asUser': 'Admin name',
    'team.admin.asPassword': 'Admin password',
    'team.admin.invite': 'Invite',
    'team.admin.inviteName': 'Name in the firm (login)',
    'team.admin.inviteDisplayName': 'Full name',
    'team.admin.inviteLevel': 'Level of the new member',
    'team.admin.inviteMissing': 'Type the new member’s name in the firm and full name.',
    'team.admin.member': 'Member',
    'team.admin.newLevel': 'New level',
    'team.admin.changeLevel': 'Change level',
    'team.admin.receiver': 'Their clients go to',
    'team.admin.offboard': 'Off-board',
    'team.admin.working': 'Working with the server…',
    'team.admin.confirm.invite': 'Invite {name} to the firm as {level}?',
    'team.admin.confirm.level': 'Change the level of {name} to {level}?',
    'team.admin.confirm.offboard':
      'Off-board {name}? Their clients, with all their history, go to {to}; their database is archived; their Kartka removes the firm’s base at its next contact with the server.',
    'team.admin.done.invite':
      '{name} is invited. Pass the invitation on privately; the password is shown only now.',
    'team.admin.done.level': '{name} is now {level}. Their Kartka follows at its next sync.',
    'team.admin.done.offboard': '{name} is off-boarded; their clients now belong to {to}.',
    'team.admin.invitation': 'Server: {url}\nFirm: {firm}\nName: {name}\nPassword: {password}',
    'team.admin.problem.refused':
      'The server refused ({status}: {reason}): these credentials may not change members. Type the CouchDB server admin’s name and password above.',
    'team.admin.problem.unreachable':
      'The server cannot be reached ({reason}). Check your connection, then try again.',
    'team.admin.problem.server':
      'The server answered with an error ({status}: {reason}). Nothing was changed by this step.',
    'team.admin.problem.invalid': 'Not done: {reason}.',
  },
  uk: {
    'team.admin.title': 'Керування учасниками',
    'team.admin.as': 'Облікові дані CouchDB для цих дій',
    'team.admin.asHint':
      'Змінювати учасників CouchDB дозволяє лише адміністраторові сервера. Введіть його ім’я та пароль (лише для цієї дії, ніде не зберігаються) або залиште поля порожніми, щоб спробувати з вашим власним входом.',
    'team.admin.asUser': 'Ім’я адміністратора',
    'team.admin.asPassword': 'Пароль адміністратора',
    'team.admin.invite': 'Запросити',
    'team.admin.inviteName': 'Ім’я у фірмі (логін)',
    'team.admin.inviteDisplayName': 'Повне ім’я',
    'team.admin.inviteLevel': 'Рівень нового учасника',
    'team.admin.inviteMissing': 'Введіть ім’я нового учасника у фірмі та повне ім’я.',
    'team.admin.member': 'Учасник',
    'team.admin.newLevel': 'Новий рівень',
    'team.admin.changeLevel': 'Змінити рівень',
    'team.admin.receiver': 'Його клієнти переходять до',
    'team.admin.offboard': 'Відключити',
    'team.admin.working': 'Працюємо із сервером…',
    'team.admin.confirm.invite': 'Запросити {name} до фірми з рівнем «{level}»?',
    'team.admin.confirm.level': 'Змінити рівень {name} на «{level}»?',
    'team.admin.confirm.offboard':
      'Відключити {name}? Клієнти з усією історією перейдуть до {to}; базу даних буде заархівовано; Kartka цього учасника видалить базу фірми під час наступного зв’язку із сервером.',
    'team.admin.done.invite': '{name} запрошено. Передайте запрошення особисто: пароль показано лише зараз.',
    'team.admin.done.level':
      'Тепер {name} має рівень «{level}». Kartka учасника оновиться під час наступної синхронізації.',
    'team.admin.done.offboard': '{name} відключено; клієнти тепер належать {to}.',
    'team.admin.invitation': 'Сервер: {url}\nФірма: {firm}\nІм’я: {name}\nПароль: {password}',
    'team.admin.problem.refused':
      'Сервер відмовив ({status}: {reason}): ці облікові дані не дозволяють змінювати учасників. Введіть вище ім’я та пароль адміністратора сервера CouchDB.',
    'team.admin.problem.unreachable':
      'Сервер недоступний ({reason}). Перевірте з’єднання та спробуйте ще раз.',
    'team.admin.problem.server': 'Сервер відповів помилкою ({status}: {reason}). Цей крок нічого не змінив.',
    'team.admin.problem.invalid': 'Не виконано: {reason}.',
  },
  ru: {
    'team.admin.title': 'Управление участниками',
    'team.admin.as': 'Учётные данные CouchDB для этих действий',
    'team.admin.asHint':
      'Изменять участников CouchDB разрешает только администратору сервера. Введите его имя и пароль (только для этого действия, нигде не сохраняются) или оставьте поля пустыми, чтобы попробовать с вашим собственным входом.',
    'team.admin.asUser': 'Имя администратора',
    'team.admin.asPassword': 'Пароль администратора',
    'team.admin.invite': 'Пригласить',
    'team.admin.inviteName': 'Имя в фирме (логин)',
    'team.admin.inviteDisplayName': 'Полное имя',
    'team.admin.inviteLevel': 'Уровень нового участника',
    'team.admin.inviteMissing': 'Введите имя нового участника в фирме и полное имя.',
    'team.admin.member': 'Участник',
    'team.admin.newLevel': 'Новый уровень',
    'team.admin.changeLevel': 'Изменить уровень',
    'team.admin.receiver': 'Его клиенты переходят к',
    'team.admin.offboard': 'Отключить',
    'team.admin.working': 'Работаем с сервером…',
    'team.admin.confirm.invite': 'Пригласить {name} в фирму с уровнем «{level}»?',
    'team.admin.confirm.level': 'Изменить уровень {name} на «{level}»?',
    'team.admin.confirm.offboard':
      'Отключить {name}? Клиенты со всей историей перейдут к {to}; база данных будет заархивирована; Kartka этого участника удалит базу фирмы при следующей связи с сервером.',
    'team.admin.done.invite':
      '{name} приглашён(а). Передайте приглашение лично: пароль показан только сейчас.',
    'team.admin.done.level':
      'Теперь у {name} уровень «{level}». Kartka участника обновится при следующей синхронизации.',
    'team.admin.done.offboard': '{name} отключён(а); клиенты теперь принадлежат {to}.',
    'team.admin.invitation': 'Сервер: {url}\nФирма: {firm}\nИмя: {name}\nПароль: {password}',
    'team.admin.problem.refused':
      'Сервер отказал ({status}: {reason}): эти учётные данные не позволяют изменять участников. Введите выше имя и пароль администратора сервера CouchDB.',
    'team.admin.problem.unreachable':
      'Сервер недоступен ({reason}). Проверьте соединение и попробуйте ещё раз.',
    'team.admin.problem.server': 'Сервер ответил ошибкой ({status}: {reason}). Этот шаг ничего не изменил.',
    'team.admin.problem.invalid': 'Не выполнено: {reason}.',
  },
});
