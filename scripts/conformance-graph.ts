// Conformance for the Graph planners: Microsoft's own documented delta and contact samples
// (../shared/fixtures/graph/msgraph-docs, read in place) go through the same planners the sync uses. Run by
// scripts/conformance.ts when the folder is there; `npm test` never depends on it (a clone has no fixtures).
import { deepStrictEqual } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGraphContact } from '../core/sync/microsoft/contacts-plan.ts';
import { initialDeltaCursor, type DeltaPage } from '../core/sync/microsoft/delta-cursor.ts';
import { reduceFolderPage } from '../core/sync/microsoft/folder-plan.ts';
import { parseGraphItem } from '../core/sync/microsoft/graph-message.ts';

const asPage = (json: Record<string, unknown>): DeltaPage => ({
  value: json.value as unknown[],
  nextLink: (json['@odata.nextLink'] as string | undefined) ?? null,
  deltaLink: (json['@odata.deltaLink'] as string | undefined) ?? null,
  pageSizeApplied: true,
});

/** Checks the samples in `dir`; a thrown assertion names what differed. */
export function checkGraphSamples(dir: string): { ok: boolean; summary: string } {
  const fixture = (name: string) =>
    JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
  try {
    // Round 1 selected subject, sender and isRead only: the sender is read, and with no date nothing is logged.
    const page1 = fixture('messages-delta-round1-page1-nextLink.json');
    const senders = (page1.value as unknown[]).map((m) => {
      const item = parseGraphItem(m);
      return item.kind === 'message' ? item.message.from?.address : null;
    });
    deepStrictEqual(senders, ['danas@contoso.com', 'samanthab@contoso.com']);
    const p1 = reduceFolderPage(initialDeltaCursor('messages', 'inbox'), asPage(page1), new Set(), null);
    deepStrictEqual(p1.messages, []);
    deepStrictEqual(
      p1.seen.map((x) => x.reason),
      ['unreadable', 'unreadable'],
    );
    const p2 = reduceFolderPage(
      p1.cursor,
      asPage(fixture('messages-delta-round1-final-deltaLink.json')),
      new Set(),
      null,
    );
    deepStrictEqual(p2.caughtUp, true);
    // Round 2: one message removed, one updated that the base already holds.
    const known = new Set(['AAMkADNkNAAASq35xAAA=', 'AQMkADNkNAAAVRMKAAAAA==', 'AAMkADk0MGFkODE3LWEAAA=']);
    const r2 = reduceFolderPage(
      p2.cursor,
      asPage(fixture('messages-delta-round2-removed-and-updated.json')),
      known,
      null,
    );
    deepStrictEqual(r2.messages, []);
    deepStrictEqual(
      r2.seen.map((s) => s.reason),
      ['gone', 'known'],
    );
    const contacts = fixture('contacts-list-beta-select-displayName-emailAddresses.json');
    deepStrictEqual(
      (contacts.value as unknown[]).map((c) => parseGraphContact(c)?.emails),
      [
        ['elvisb@relecloud.onmicrosoft.com', 'elvisb@fabrikam.onmicrosoft.com'],
        ['pavelb@contoso.onmicrosoft.com', 'pavelb@fabrikam.onmicrosoft.com'],
      ],
    );
    return {
      ok: true,
      summary: '2 delta rounds (3 pages: 2 unreadable, caught up, 1 gone + 1 known) and 2 contacts read',
    };
  } catch (error) {
    return {
      ok: false,
      summary: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    };
  }
}
