// @vitest-environment happy-dom
// "Copy diagnostics": every hook counted on the page the user has open, in a report that names no person,
// address, subject, label or id.
import { describe, expect, test } from 'vitest';
import { countHooks, diagnose, formatDiagnostics, routeShape } from '../../../integrations/diagnostics';
import { gmailPage } from '../../../integrations/gmail/read';
import { GMAIL } from '../../../integrations/gmail/selectors';
import { outlookPage } from '../../../integrations/outlook/read';
import { OUTLOOK } from '../../../integrations/outlook/selectors';
import { gmailRenderedHtml } from '../../fakes/mail/gmail-app';
import { outlookRenderedHtml } from '../../fakes/mail/outlook-app';
import { IVAN, JANE, ME, sampleMailbox } from '../../fakes/mail/sample-mailbox';
import { loadPage } from '../adapters/page';

const gmail = sampleMailbox('gmail');
const outlook = sampleMailbox('outlook');
const SECRETS = [
  IVAN.name,
  IVAN.address,
  JANE.address,
  ME.address,
  'Рахунок',
  'Clients',
  'invoice',
  gmail.threads[0]?.id ?? '-',
];

describe('the route', () => {
  test.each([
    ['https://mail.google.com/mail/u/1/#label/Clients/19f82b4e90a11791', 'mail/u/1#label/<id>/<id>'],
    [
      'https://mail.google.com/mail/u/0/#search/invoice+november/19f82b4e90a11791',
      'mail/u/0#search/<id>/<id>',
    ],
    ['https://mail.google.com/mail/u/0/#inbox', 'mail/u/0#inbox'],
    ['https://outlook.office.com/mail/0/inbox/id/AAQkADAw%3D', 'mail/0/inbox/id/<id>'],
    ['https://outlook.office.com/mail/search/q/invoice', 'mail/search/q/<id>'],
  ])('%s -> %s', (href, shape) => {
    expect(routeShape(new URL(href))).toBe(shape);
  });
});

describe('the report', () => {
  test('Gmail in a readable variant: the reading, and every hook with its counts per alternative', async () => {
    const t = gmail.threads[0]?.id ?? '';
    const { doc, url } = await loadPage(
      gmailRenderedHtml(gmail, `#label/Clients/${t}`, { hiddenViews: true, states: 'wrapper', lang: 'uk' }),
      `https://mail.google.com/mail/u/0/#label/Clients/${t}`,
    );
    const report = diagnose(gmailPage, GMAIL, doc, url);
    expect(report.reading).toEqual({ kind: 'thread', messages: 3, expanded: 1 });
    expect(report.hooks.map((h) => h.hook)).toEqual(Object.keys(GMAIL));
    expect(report.hooks.find((h) => h.hook === 'main')).toEqual({
      hook: 'main',
      count: 3,
      alternatives: [3],
    });
    expect(report.hooks.find((h) => h.hook === 'subject')).toEqual({
      hook: 'subject',
      count: 2,
      alternatives: [2, 2],
    });
    const text = formatDiagnostics(report, { browser: 'Chrome/140' });
    expect(text).toContain('  messageWrapper: 5');
    expect(text).toContain('reading: kind=thread messages=3 expanded=1');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  test('Outlook with a changed layout: what is missing, and still nothing personal', async () => {
    const id = outlook.threads[0]?.id ?? '';
    const path = `/mail/inbox/id/${encodeURIComponent(id)}`;
    const { doc, url } = await loadPage(
      outlookRenderedHtml(outlook, path, { broken: true, lang: 'de' }),
      `https://outlook.office.com${path}`,
    );
    const text = formatDiagnostics(diagnose(outlookPage, OUTLOOK, doc, url));
    expect(text).toContain('reading: kind=unreadable missing=subject,message');
    expect(text).toContain('  subject: 0');
    for (const secret of [...SECRETS, id, 'Rechnung']) expect(text).not.toContain(secret);
  });

  test('a selector the browser cannot parse counts -1 instead of failing the report', () => {
    expect(countHooks(document, { odd: { alternatives: ['a[', 'b'], view: 'x', seen: '2025' } })).toEqual([
      { hook: 'odd', count: -1, alternatives: [-1, 0] },
    ]);
  });
});
