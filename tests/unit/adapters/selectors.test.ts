// @vitest-environment happy-dom
// Convention: every alternative of every hook in each site's registry matches in at least one fixture page,
// and every hook says which view it targets and when it was seen. (How many it matches on each page is the
// hook's proof: families.test.ts.)
import { describe, expect, test } from 'vitest';
import type { Hook } from '../../../integrations/hooks';
import { GMAIL } from '../../../integrations/gmail/selectors';
import { OUTLOOK } from '../../../integrations/outlook/selectors';
import { gmailAppHtml, gmailRenderedHtml } from '../../fakes/mail/gmail-app';
import { outlookRenderedHtml } from '../../fakes/mail/outlook-app';
import { sampleMailbox } from '../../fakes/mail/sample-mailbox';
import {
  GMAIL_AXES,
  GMAIL_KEPT,
  gmailOptionsOf,
  OUTLOOK_AXES,
  OUTLOOK_KEPT,
  outlookOptionsOf,
  pairwise,
} from '../../fakes/mail/variants';
import { loadPage, reusableWindow } from './page';

const gmail = sampleMailbox('gmail');
const outlook = sampleMailbox('outlook');

/** Pages as [html, url]: every thread of the sample mailbox in the covering set of variants and the kept fixtures. */
function gmailPages(): [string, string][] {
  const variants = [...pairwise(GMAIL_AXES).map(gmailOptionsOf), ...GMAIL_KEPT.map((k) => k.options)];
  return gmail.threads.flatMap((t) =>
    variants.map((o): [string, string] => [
      gmailRenderedHtml(gmail, `#inbox/${t.id}`, o),
      `https://mail.google.com/mail/u/0/#inbox/${t.id}`,
    ]),
  );
}

function outlookPages(): [string, string][] {
  const variants = [...pairwise(OUTLOOK_AXES).map(outlookOptionsOf), ...OUTLOOK_KEPT.map((k) => k.options)];
  const paths = outlook.threads
    .flatMap((t) => [t.id, ...t.messages.map((m) => m.id)])
    .map((id) => `/mail/inbox/id/${encodeURIComponent(id)}`);
  return paths.flatMap((path) =>
    variants.map((o): [string, string] => [
      outlookRenderedHtml(outlook, path, o),
      `https://outlook.office.com${path}`,
    ]),
  );
}

/** The selectors (of `selectors`) that match somewhere in `pages`. */
function matchedIn(pages: [string, string][], selectors: readonly string[]): Set<string> {
  const window = reusableWindow();
  const matched = new Set<string>();
  for (const [html, url] of pages) {
    const { doc } = window.show(html, url);
    for (const s of selectors) if (!matched.has(s) && doc.querySelector(s)) matched.add(s);
  }
  return matched;
}

describe.each([
  ['Gmail', GMAIL as Record<string, Hook>, gmailPages],
  ['Outlook', OUTLOOK as Record<string, Hook>, outlookPages],
])('%s selectors registry', (site, registry, pages) => {
  const alternatives = Object.entries(registry).flatMap(([name, hook]) =>
    hook.alternatives.map((selector) => [name, selector] as const),
  );

  test.each(Object.entries(registry))('%s names its view and when it was seen', (_, hook) => {
    expect(hook.view.length).toBeGreaterThan(0);
    expect(hook.seen).toMatch(/\d{4}/);
    expect(hook.alternatives.length).toBeGreaterThan(0);
  });

  test('every alternative matches in at least one fixture', async () => {
    const matched = matchedIn(
      pages(),
      alternatives.map(([, s]) => s),
    );
    if (site === 'Gmail') {
      // A DOM built by script keeps `table.Bs > tr` without the `tbody` an HTML parser adds.
      const live = await loadPage(
        gmailAppHtml(gmail, { container: 'table-Bs' }),
        `https://mail.google.com/mail/u/0/#inbox/${gmail.threads[0]?.id ?? ''}`,
        true,
      );
      for (const [, s] of alternatives) if (live.doc.querySelector(s)) matched.add(s);
    }
    expect(alternatives.filter(([, s]) => !matched.has(s))).toEqual([]);
  });
});
