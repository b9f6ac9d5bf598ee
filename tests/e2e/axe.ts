// axe-core in the real page: the library is evaluated into the page (CDP's evaluate is not bound by the
// extension pages' CSP, which forbids inline scripts), then run against WCAG 2.1 A/AA. Serious and critical
// findings come back as lines naming the rule, the element and what axe says to fix.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Found {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Serious and critical WCAG 2.1 A/AA violations in the document (or frame), one line per element. */
export async function seriousViolations(target: Page | Frame): Promise<string[]> {
  const loaded = await target.evaluate(() => 'axe' in window);
  if (!loaded) await target.evaluate(AXE_SOURCE);
  const found = await target.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Found[] }> } }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.impact} ${v.id} (${v.help}) at ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\s+/gu, ' ')}`,
      ),
    );
}
