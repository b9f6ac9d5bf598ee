// Teams chats on the card (issue 19): the per-account option in Settings → Accounts, why it may be unavailable,
// and what the card says about its Teams reading. en/uk/ru.
import { defineMessages } from '../define';

export const msTeamsMessages = defineMessages({
  en: {
    'msteams.option': 'Teams chats on the card',
    'msteams.hint':
      'Kartka reads the one-to-one Teams chat with a person only when you open their card, never in the background. Turning this on asks Microsoft for Chat.ReadBasic and Chat.Read in a sign-in window; turning it off stops reading.',
    'msteams.personal':
      'Not available for {address}: Microsoft offers Teams chats to apps for work or school accounts only, not for personal Microsoft accounts.',
    'msteams.on': 'Teams chats on the card are on for {address}.',
    'msteams.off': 'Teams chats on the card are off for {address}: nothing more is read from Teams.',
    'msteams.card.checking': 'Checking Teams chats…',
    'msteams.card.noChat': 'Teams ({address}): no one-to-one chat with this person.',
    'msteams.card.read': {
      one: 'Teams ({address}): checked, {count} new message.',
      other: 'Teams ({address}): checked, {count} new messages.',
    },
    'msteams.card.more': 'Teams ({address}): reading older new messages…',
    'msteams.problem.consent':
      'Teams chats of {address} could not be read: Microsoft refused access ({status}: {message}). Turn “Teams chats on the card” off and on in Settings → Accounts to grant the chat permissions.',
    'msteams.problem.reconnect':
      'Teams chats of {address} could not be read: Microsoft no longer accepts the sign-in. Reconnect the account in Settings → Accounts.',
    'msteams.problem.rate':
      'Microsoft asked Kartka to wait before reading Teams for {address} again (until {time}); open the card after that to check.',
    'msteams.problem.busy':
      'Teams for {address} was not read: Kartka already has as many requests to this Microsoft account under way as Microsoft allows (the mail sync, another card). Open the card again in a moment.',
    'msteams.problem.unreachable':
      'Teams could not be reached for {address} ({status}); open the card again to retry.',
    'msteams.problem.refused': 'Microsoft refused to read Teams chats for {address} ({status}: {message}).',
    'actionError.msteams.personal':
      'Teams chats are not available for {address}: Microsoft offers them to apps for work or school accounts only, not for personal Microsoft accounts.',
    'actionError.msteams.notGranted':
      'Microsoft did not grant the chat permissions (Chat.ReadBasic, Chat.Read) for {address}, so Teams stays off. Your organization’s admin may have to allow them for Kartka.',
  },
  uk: {
    'msteams.option': 'Чати Teams у картці',
    'msteams.hint':
      'Kartka читає особистий чат Teams з людиною лише тоді, коли ви відкриваєте її картку, ніколи у фоні. Увімкнення запитує в Microsoft дозволи Chat.ReadBasic і Chat.Read у вікні входу; вимкнення зупиняє читання.',
    'msteams.personal':
      'Недоступно для {address}: Microsoft надає застосункам чати Teams лише для робочих або навчальних облікових записів, не для особистих облікових записів Microsoft.',
    'msteams.on': 'Чати Teams у картці увімкнено для {address}.',
    'msteams.off': 'Чати Teams у картці вимкнено для {address}: з Teams більше нічого не читається.',
    'msteams.card.checking': 'Перевіряємо чати Teams…',
    'msteams.card.noChat': 'Teams ({address}): особистого чату з цією людиною немає.',
    'msteams.card.read': {
      one: 'Teams ({address}): перевірено, {count} нове повідомлення.',
      few: 'Teams ({address}): перевірено, {count} нові повідомлення.',
      many: 'Teams ({address}): перевірено, {count} нових повідомлень.',
      other: 'Teams ({address}): перевірено, {count} нового повідомлення.',
    },
    'msteams.card.more': 'Teams ({address}): читаємо решту нових повідомлень…',
    'msteams.problem.consent':
      'Не вдалося прочитати чати Teams {address}: Microsoft відмовив у доступі ({status}: {message}). Вимкніть і знову увімкніть «Чати Teams у картці» в Налаштування → Облікові записи, щоб надати дозволи на чати.',
    'msteams.problem.reconnect':
      'Не вдалося прочитати чати Teams {address}: Microsoft більше не приймає вхід. Перепід’єднайте обліковий запис у Налаштування → Облікові записи.',
    'msteams.problem.rate':
      'Microsoft попросив Kartka зачекати, перш ніж знову читати Teams для {address} (до {time}); відкрийте картку після цього, щоб перевірити.',
    'msteams.problem.busy':
      'Teams для {address} не прочитано: Kartka вже має стільки запитів до цього облікового запису Microsoft, скільки дозволяє Microsoft (синхронізація пошти, інша картка). Відкрийте картку ще раз за мить.',
    'msteams.problem.unreachable':
      'Не вдалося зв’язатися з Teams для {address} ({status}); відкрийте картку ще раз, щоб повторити.',
    'msteams.problem.refused': 'Microsoft відмовився читати чати Teams для {address} ({status}: {message}).',
    'actionError.msteams.personal':
      'Чати Teams недоступні для {address}: Microsoft надає їх застосункам лише для робочих або навчальних облікових записів, не для особистих облікових записів Microsoft.',
    'actionError.msteams.notGranted':
      'Microsoft не надав дозволів на чати (Chat.ReadBasic, Chat.Read) для {address}, тож Teams лишається вимкненим. Можливо, адміністратор вашої організації має дозволити їх для Kartka.',
  },
  ru: {
    'msteams.option': 'Чаты Teams в карточке',
    'msteams.hint':
      'Kartka читает личный чат Teams с человеком только когда вы открываете его карточку, никогда в фоне. Включение запрашивает у Microsoft разрешения Chat.ReadBasic и Chat.Read в окне входа; выключение останавливает чтение.',
    'msteams.personal':
      'Недоступно для {address}: Microsoft даёт приложениям чаты Teams только для рабочих или учебных учётных записей, не для личных учётных записей Microsoft.',
    'msteams.on': 'Чаты Teams в карточке включены для {address}.',
    'msteams.off': 'Чаты Teams в карточке выключены для {address}: из Teams больше ничего не читается.',
    'msteams.card.checking': 'Проверяем чаты Teams…',
    'msteams.card.noChat': 'Teams ({address}): личного чата с этим человеком нет.',
    'msteams.card.read': {
      one: 'Teams ({address}): проверено, {count} новое сообщение.',
      few: 'Teams ({address}): проверено, {count} новых сообщения.',
      many: 'Teams ({address}): проверено, {count} новых сообщений.',
      other: 'Teams ({address}): проверено, {count} нового сообщения.',
    },
    'msteams.card.more': 'Teams ({address}): читаем остальные новые сообщения…',
    'msteams.problem.consent':
      'Не удалось прочитать чаты Teams {address}: Microsoft отказал в доступе ({status}: {message}). Выключите и снова включите «Чаты Teams в карточке» в Настройки → Учётные записи, чтобы выдать разрешения на чаты.',
    'msteams.problem.reconnect':
      'Не удалось прочитать чаты Teams {address}: Microsoft больше не принимает вход. Переподключите учётную запись в Настройки → Учётные записи.',
    'msteams.problem.rate':
      'Microsoft попросил Kartka подождать, прежде чем снова читать Teams для {address} (до {time}); откройте карточку после этого, чтобы проверить.',
    'msteams.problem.busy':
      'Teams для {address} не прочитан: у Kartka уже столько запросов к этой учётной записи Microsoft, сколько разрешает Microsoft (синхронизация почты, другая карточка). Откройте карточку ещё раз через мгновение.',
    'msteams.problem.unreachable':
      'Не удалось связаться с Teams для {address} ({status}); откройте карточку ещё раз, чтобы повторить.',
    'msteams.problem.refused': 'Microsoft отказался читать чаты Teams для {address} ({status}: {message}).',
    'actionError.msteams.personal':
      'Чаты Teams недоступны для {address}: Microsoft даёт их приложениям только для рабочих или учебных учётных записей, не для личных учётных записей Microsoft.',
    'actionError.msteams.notGranted':
      'Microsoft не выдал разрешения на чаты (Chat.ReadBasic, Chat.Read) для {address}, поэтому Teams остаётся выключенным. Возможно, администратор вашей организации должен разрешить их для Kartka.',
  },
});
