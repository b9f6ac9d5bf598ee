// Issue 16 ("trust under hostile input"): damaged settings, the app's error screen, refused page readings,
// look-alike addresses, deletion and restore limits, in en/uk/ru.
import { defineMessages } from '../define';

export const trustMessages = defineMessages({
  en: {
    'settings.damaged':
      'Some stored settings were not valid and are set to their defaults for now: {fields}. Check them in Settings, then save.',
    'settings.keepRepaired': 'Keep the defaults',
    'settings.restoreDropped':
      'The backup’s settings {fields} were not valid; they are set to their defaults. Check them in Settings.',
    'appError.title': 'Kartka could not show this page',
    'appError.body':
      'Something stored in Kartka stopped this page from showing. Resetting the settings to their defaults usually fixes it; your clients and their history stay as they are.',
    'appError.reset': 'Reset settings',
    'appError.resetting': 'Resetting…',
    'appError.reload': 'Reload the page',
    'appError.copy': 'Copy details',
    'appError.copied': 'Copied',
    'delete.comesBack':
      'Mail with them adds them back when you open it in Gmail or Outlook, unless their addresses are in “Never log”.',
    'delete.block': 'And don’t log their addresses again (add them to “Never log” in Settings)',
    'import.reading': 'Reading {file}…',
    'import.readingChecking': 'Checking the rows of {file}…',
    'import.readStopped': 'Stopped reading {file}; nothing from it was imported.',
    'import.readFailed': 'Could not read {error}',
    'lookalike.title': 'Check this address',
    'lookalike.body': '{address} looks like {name}’s address ({real}), but it is not.',
    'lookalike.mixed': 'It mixes letters of different alphabets ({scripts}), as imitated addresses do.',
  },
  uk: {
    'settings.damaged':
      'Деякі збережені налаштування були недійсні, тож зараз діють типові: {fields}. Перевірте їх у Налаштуваннях і збережіть.',
    'settings.keepRepaired': 'Залишити типові',
    'settings.restoreDropped':
      'Налаштування {fields} з резервної копії були недійсні; замість них діють типові. Перевірте їх у Налаштуваннях.',
    'appError.title': 'Kartka не може показати цю сторінку',
    'appError.body':
      'Щось зі збереженого в Kartka завадило показати сторінку. Зазвичай допомагає скидання налаштувань до типових; клієнти та їхня історія залишаються як є.',
    'appError.reset': 'Скинути налаштування',
    'appError.resetting': 'Скидаємо…',
    'appError.reload': 'Перезавантажити сторінку',
    'appError.copy': 'Скопіювати подробиці',
    'appError.copied': 'Скопійовано',
    'delete.comesBack':
      'Лист із ними знову додасть їх, коли ви відкриєте його в Gmail чи Outlook, якщо їхніх адрес немає в «Ніколи не записувати».',
    'delete.block': 'І більше не записувати їхні адреси (додати до «Ніколи не записувати» в налаштуваннях)',
    'import.reading': 'Читаємо {file}…',
    'import.readingChecking': 'Перевіряємо рядки {file}…',
    'import.readStopped': 'Читання {file} зупинено; з нього нічого не імпортовано.',
    'import.readFailed': 'Не вдалося прочитати {error}',
    'lookalike.title': 'Перевірте цю адресу',
    'lookalike.body': '{address} схожа на адресу {real} ({name}), але це інша адреса.',
    'lookalike.mixed': 'У ній змішано літери різних абеток ({scripts}), як у підроблених адресах.',
  },
  ru: {
    'settings.damaged':
      'Некоторые сохранённые настройки были недействительны, поэтому сейчас действуют стандартные: {fields}. Проверьте их в Настройках и сохраните.',
    'settings.keepRepaired': 'Оставить стандартные',
    'settings.restoreDropped':
      'Настройки {fields} из резервной копии были недействительны; вместо них действуют стандартные. Проверьте их в Настройках.',
    'appError.title': 'Kartka не может показать эту страницу',
    'appError.body':
      'Что-то из сохранённого в Kartka помешало показать страницу. Обычно помогает сброс настроек к стандартным; клиенты и их история остаются как есть.',
    'appError.reset': 'Сбросить настройки',
    'appError.resetting': 'Сбрасываем…',
    'appError.reload': 'Перезагрузить страницу',
    'appError.copy': 'Скопировать подробности',
    'appError.copied': 'Скопировано',
    'delete.comesBack':
      'Письмо с ними снова добавит их, когда вы откроете его в Gmail или Outlook, если их адресов нет в «Никогда не записывать».',
    'delete.block': 'И больше не записывать их адреса (добавить в «Никогда не записывать» в настройках)',
    'import.reading': 'Читаем {file}…',
    'import.readingChecking': 'Проверяем строки {file}…',
    'import.readStopped': 'Чтение {file} остановлено; из него ничего не импортировано.',
    'import.readFailed': 'Не удалось прочитать {error}',
    'lookalike.title': 'Проверьте этот адрес',
    'lookalike.body': '{address} похож на адрес {real} ({name}), но это другой адрес.',
    'lookalike.mixed': 'В нём смешаны буквы разных алфавитов ({scripts}), как в поддельных адресах.',
  },
});
