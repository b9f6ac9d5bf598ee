import { defineContentScript } from '#imports';
import { gmailPage } from '../../integrations/gmail/read';
import { watchMailPage } from '../../integrations/mail-watch';
import { mountSidebar } from '../../integrations/mount-sidebar';
import { reportReading } from '../../integrations/report-reading';
import { answerDiagnostics } from '../../integrations/page-diagnostics';
import { GMAIL } from '../../integrations/gmail/selectors';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    void mountSidebar(ctx, 'gmail', gmailPage);
    watchMailPage(ctx, gmailPage, reportReading);
    answerDiagnostics(gmailPage, GMAIL);
  },
});
