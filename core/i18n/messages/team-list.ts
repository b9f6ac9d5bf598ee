// The client list in a firm: the responsible member's column (issue 21), in en/uk/ru.
import { defineMessages } from '../define';

export const teamListMessages = defineMessages({
  en: { 'app.col.owner': 'Responsible' },
  uk: { 'app.col.owner': 'Відповідальний' },
  ru: { 'app.col.owner': 'Ответственный' },
});
