// Kartka's own "busy" in the sync panel's failure words (issue 19): a request that never left because Kartka's
// other requests to the same mailbox (a card read from Microsoft Graph, Teams on a card, the folder list) held
// every slot Microsoft allows at once. Not a wait Microsoft asked for, so it never says so. en/uk/ru.
import { defineMessages } from '../define';

export const syncBusyMessages = defineMessages({
  en: {
    'sync.failure.busy':
      'Kartka is busy with its other requests to this mailbox (a card, Teams, the folder list); the sync goes on in a moment.',
  },
  uk: {
    'sync.failure.busy':
      'Kartka зайнята іншими запитами до цієї скриньки (картка, Teams, список папок); синхронізація продовжиться за мить.',
  },
  ru: {
    'sync.failure.busy':
      'Kartka занята другими запросами к этому ящику (карточка, Teams, список папок); синхронизация продолжится через мгновение.',
  },
});
