// @vitest-environment happy-dom
// Convention: every alternative of every hook in each site's registry matches in at least one fixture page,
// and every hook says which view it targets and when it was seen.
import { describe, expect, test } from 'vitest';
import type { Hook } from '../../../integrations/hooks';
import { GMAIL } from '../../../integrations/gmail/selectors';
import { OUTLOOK } from '../../../integrations/outlook/selectors';
import { gmailAppHtml, gmailRenderedHtml, type GmailAppOptions } from '../../fakes/mail/gmail-app';
import { outlookRenderedHtml, type OutlookAppOptions } from '../../fakes/mail/outlook-app';
import { sampleMailbox } from '../../fakes/mail/sample-mailbox';
import { loadPage } from './page';

const gmail = sampleMailbox('gmail');
const outlook = sampleMailbox('outlook');

async function gmailFixtures(): Promise<Document[]> {
  const variants: GmailAppOptions[] = [
    {},
    { container: 'table-Bs' },
    { previewPane: true },
    { standaloneWindow: true },
    { dark: true },
  ];
  const docs = await Promise.all(
    gmail.threads.flatMap((t) =>
      variants.map(
        async (o) =>
          (
            await loadPage(
              gmailRenderedHtml(gmail, `#inbox/${t.id}`, o),
              `https://mail.google.com/mail/u/0/#inbox/${t.id}`,
            )
          ).doc,
      ),
    ),
  );
  // A DOM built by script keeps `table.Bs > tr` without the `tbody` an HTML parser adds.
  const live = await loadPage(
    gmailAppHtml(gmail, { container: 'table-Bs' }),
    `https://mail.google.com/mail/u/0/#inbox/${gmail.threads[0]?.id ?? ''}`,
    true,
  );
  return [...docs, live.doc];
}

async function outlookFixtures(): Promise<Document[]> {
  const variants: OutlookAppOptions[] = [
    {},
    { lang: 'de' },
    { conversationView: false },
    { readingPane: 'hidden' },
  ];
  const paths = outlook.threads
    .flatMap((t) => [t.id, ...t.messages.map((m) => m.id)])
    .map((id) => `/mail/inbox/id/${encodeURIComponent(id)}`);
  return Promise.all(
    paths.flatMap((path) =>
      variants.map(
        async (o) =>
          (await loadPage(outlookRenderedHtml(outlook, path, o), `https://outlook.office.com${path}`)).doc,
      ),
    ),
  );
}

describe.each([
  ['Gmail', GMAIL as Record<string, Hook>, gmailFixtures],
  ['Outlook', OUTLOOK as Record<string, Hook>, outlookFixtures],
])('%s selectors registry', (_, registry, fixtures) => {
  const alternatives = Object.entries(registry).flatMap(([name, hook]) =>
    hook.alternatives.map((selector) => [name, selector] as const),
  );

  test.each(Object.entries(registry))('%s names its view and when it was seen', (_, hook) => {
    expect(hook.view.length).toBeGreaterThan(0);
    expect(hook.seen).toMatch(/\d{4}/);
    expect(hook.alternatives.length).toBeGreaterThan(0);
  });

  test('every alternative matches in at least one fixture', async () => {
    const docs = await fixtures();
    const unmatched = alternatives.filter(([, selector]) => !docs.some((doc) => doc.querySelector(selector)));
    expect(unmatched).toEqual([]);
  });
});
