// $batch as the executor sends it (integrations/microsoft/graph-executor.ts): envelopes of at most 20, and an
// envelope Graph answers 200 with an inner 429 (each inner request is throttled alone; no SDK retries these)
// gives back that item as a rate failure with the Retry-After it carried, the others as pages; asked again after
// the wait, the item comes. The sync's provider sends single requests (see /work/notes/19.md §4): this is the
// one place $batch is spoken, so its retry contract is checked here against the fake.
import { describe, expect, it } from 'vitest';
import { initialDeltaCursor, nextDeltaOp } from '../../../core/sync/microsoft/delta-cursor';
import { signIn } from '../../../integrations/microsoft/auth';
import { createGraphClient } from '../../../integrations/microsoft/graph-client';
import { batchGet, fetchDeltaPages } from '../../../integrations/microsoft/graph-executor';
import { createMicrosoftFake } from '../../fakes/microsoft';
import { inProcessAuth, routeFetch } from '../../fakes/microsoft/route-fetch';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000c0de';
const REDIRECT = 'https://kartkaextensionid.chromiumapp.org/';
const ME = 'olena@contoso.example';

describe('$batch with inner 429s', () => {
  it('returns the throttled item with its wait, the rest as answers, and the item comes when asked again', async () => {
    let now = Date.parse('2026-06-01T09:00:00Z');
    const fake = createMicrosoftFake({
      clock: () => now,
      faults: { seed: 5, rate: 1, budget: 1, kinds: ['batchInner429'] },
    });
    fake.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
    const box = fake.addWorkUser(ME, 'Olena Kovalenko');
    const clients = box.addFolder('Clients').id;
    for (const folder of ['inbox', 'sentitems', clients])
      box.addMessage(folder, {
        conversationId: `AAQk${folder}`,
        internetMessageId: `${folder}@client.example`,
        subject: `In ${folder}`,
        from: { name: 'Ivan Petrenko', address: 'ivan@client.example' },
        to: [{ name: 'Olena', address: ME }],
        cc: [],
        receivedDateTime: new Date(now - 60_000).toISOString(),
        sentDateTime: new Date(now - 60_000).toISOString(),
        hasAttachments: false,
      });
    const wire = routeFetch(fake.routes);
    const auth = inProcessAuth(wire, REDIRECT, () => now);
    const signed = await signIn({ clientId: CLIENT_ID, tenant: 'organizations', teams: false }, auth, true);
    if (!signed.ok) throw new Error(signed.description);
    const client = createGraphClient({
      accountId: `microsoft:${ME}`,
      token: async () => signed.tokens.accessToken,
      fetch: auth.fetch,
      now: () => now,
      backoff: { until: async () => 0, hold: async () => undefined },
    });
    const ops = ['inbox', 'sentitems', clients].map((f) => {
      const op = nextDeltaOp(initialDeltaCursor('messages', f), false, 0);
      if (!op) throw new Error(f);
      return op;
    });

    const first = await fetchDeltaPages(client, ops, () => now);
    const failed = ops.filter((op) => !first.pages.get(op.key)?.ok);
    expect(fake.graph.stats.batchInner429).toBe(1);
    expect(failed).toHaveLength(1);
    expect(first.pages.get(failed[0]?.key ?? '')).toMatchObject({ ok: false, failure: { kind: 'rate' } });
    // The wait Graph asked for comes back to the caller (who stores it); nothing slept here.
    expect(first.waitMs).toBe(1_000);
    const served = ops.filter((op) => first.pages.get(op.key)?.ok);
    for (const op of served)
      expect(first.pages.get(op.key)).toMatchObject({ ok: true, result: { value: [{}] } });

    now += first.waitMs;
    const again = await fetchDeltaPages(client, failed, () => now);
    expect(again.waitMs).toBe(0);
    expect(again.pages.get(failed[0]?.key ?? '')).toMatchObject({ ok: true, result: { value: [{}] } });

    // More than 20 items leave in envelopes of 20 at most.
    const before = fake.graph.stats.batches;
    const many = Array.from({ length: 25 }, (_, i) => ({ id: `me-${i}`, url: '/me' }));
    const { answers } = await batchGet(client, many, () => now);
    expect(fake.graph.stats.batches - before).toBe(2);
    expect([...answers.values()].every((a) => a.ok)).toBe(true);
    expect(answers.size).toBe(25);
  });
});
