import { defineContentScript } from '#imports';
import { outlookPage } from '../../integrations/outlook/read';
import { watchMailPage } from '../../integrations/mail-watch';
import { mountSidebar } from '../../integrations/mount-sidebar';
import { reportReading } from '../../integrations/report-reading';
import { answerDiagnostics } from '../../integrations/page-diagnostics';
import { OUTLOOK } from '../../integrations/outlook/selectors';

export default defineContentScript({
  matches: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    void mountSidebar(ctx, 'outlook', outlookPage);
    watchMailPage(ctx, outlookPage, reportReading);
    answerDiagnostics(outlookPage, OUTLOOK);
  },
});
