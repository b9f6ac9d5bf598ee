// The fake pages as families of variants, the way the real sites vary (design/MAIL-PAGES.md): earlier views
// kept hidden or not, state classes on the wrapper or the message, the subject inside or outside the message
// container, preview pane on or off, UI language en/de/uk/ru/pl, light or dark. Unit tests read every
// combination; the e2e suite opens a covering set (every value of every axis, every pair of values at least once).
import type { GmailAppOptions } from './gmail-view';
import type { OutlookAppOptions } from './outlook-view';

export const LANGS = ['en', 'de', 'uk', 'ru', 'pl'] as const;

export const GMAIL_AXES = {
  views: ['single', 'stacked'],
  states: ['message', 'wrapper'],
  container: ['a98', 'table-Bs'],
  pane: ['off', 'on'],
  lang: LANGS,
  theme: ['light', 'dark'],
  permId: ['ok', 'missing', 'undefined'],
} as const;

export const OUTLOOK_AXES = {
  subject: ['header', 'inside'],
  collapsedSender: ['name', 'address'],
  pane: ['right', 'bottom', 'hidden'],
  conversation: ['on', 'off'],
  lang: LANGS,
  theme: ['light', 'dark'],
} as const;

type Axes = Record<string, readonly string[]>;
export type Variant<A extends Axes> = { [K in keyof A]: A[K][number] };
export type GmailVariant = Variant<typeof GMAIL_AXES>;
export type OutlookVariant = Variant<typeof OUTLOOK_AXES>;

/** Every combination of the axes' values, in a fixed order. */
export function product<A extends Axes>(axes: A): Variant<A>[] {
  let rows: Record<string, string>[] = [{}];
  for (const [name, values] of Object.entries(axes))
    rows = rows.flatMap((row) => values.map((v) => ({ ...row, [name]: v })));
  return rows as Variant<A>[];
}

/**
 * A covering set: every pair of values of every two axes appears in at least one variant. Greedy and
 * deterministic: each step takes the combination (in `product` order) that covers the most pairs still missing.
 */
export function pairwise<A extends Axes>(axes: A): Variant<A>[] {
  const names = Object.keys(axes);
  const pairsOf = (row: Record<string, string>) =>
    names.flatMap((a, i) => names.slice(i + 1).map((b) => `${a}=${row[a]}&${b}=${row[b]}`));
  const all = product(axes) as Record<string, string>[];
  const missing = new Set(all.flatMap(pairsOf));
  const chosen: Record<string, string>[] = [];
  while (missing.size > 0) {
    let best = all[0] ?? {};
    let bestCount = -1;
    for (const row of all) {
      const count = pairsOf(row).filter((p) => missing.has(p)).length;
      if (count > bestCount) {
        best = row;
        bestCount = count;
      }
    }
    chosen.push(best);
    for (const p of pairsOf(best)) missing.delete(p);
  }
  return chosen as Variant<A>[];
}

/**
 * Every combination of the axes named (the real-world variations the issue lists), each carrying the other axes'
 * values in turn, so every value of those appears too. The e2e suite opens these and the covering set.
 */
export function everyCombinationOf<A extends Axes>(
  axes: A,
  named: readonly (keyof A & string)[],
): Variant<A>[] {
  const rest = Object.keys(axes).filter((k) => !named.includes(k));
  const namedAxes = Object.fromEntries(named.map((k) => [k, axes[k] ?? []])) as Axes;
  return product(namedAxes).map((row, i) => {
    let stride = 1;
    const others: Record<string, string> = {};
    for (const k of rest) {
      const values = axes[k] ?? [];
      others[k] = values[Math.floor(i / stride) % values.length] ?? '';
      stride *= values.length;
    }
    return Object.fromEntries(Object.keys(axes).map((k) => [k, row[k] ?? others[k]])) as Variant<A>;
  });
}

/** The variants in `lists`, each once (by name), in first-seen order. */
export function uniqueVariants<A extends Axes>(
  family: 'gmail' | 'outlook',
  ...lists: Variant<A>[][]
): Variant<A>[] {
  const seen = new Map<string, Variant<A>>();
  for (const v of lists.flat()) {
    const name = variantName(family, v as Record<string, string>);
    if (!seen.has(name)) seen.set(name, v);
  }
  return [...seen.values()];
}

/** A short stable name: the values in axis order, e.g. `stacked·wrapper·a98·pane-on·de·dark·perm-ok`. */
export function variantName(family: 'gmail' | 'outlook', v: Record<string, string>): string {
  return `${family}/${Object.entries(v)
    .map(([axis, value]) =>
      ['on', 'off', 'ok', 'missing', 'undefined'].includes(value) ? `${axis}-${value}` : value,
    )
    .join('·')}`;
}

export function gmailOptionsOf(v: GmailVariant): GmailAppOptions {
  return {
    hiddenViews: v.views === 'stacked',
    states: v.states,
    container: v.container,
    previewPane: v.pane === 'on',
    lang: v.lang,
    dark: v.theme === 'dark',
    permIdQuirk: v.permId,
  };
}

export function outlookOptionsOf(v: OutlookVariant): OutlookAppOptions {
  return {
    subject: v.subject,
    collapsedSender: v.collapsedSender,
    readingPane: v.pane,
    conversationView: v.conversation === 'on',
    lang: v.lang,
    dark: v.theme === 'dark',
  };
}

/** The fixtures the suite had before the families, kept as variants of their own (MAIL-PAGES.md "Fixtures must cover"). */
export const GMAIL_KEPT: { name: string; options: GmailAppOptions; path?: string }[] = [
  { name: 'gmail/kept: the first fake (a98, state on the message, English)', options: {} },
  { name: 'gmail/kept: a second account /mail/u/1/', options: { accountIndex: 1 }, path: '/mail/u/1/' },
  { name: 'gmail/kept: Ukrainian dates in an English UI', options: { dateLocale: 'uk-UA' } },
  { name: 'gmail/kept: a thread in its own window', options: { standaloneWindow: true } },
];
export const OUTLOOK_KEPT: { name: string; options: OutlookAppOptions }[] = [
  {
    name: 'outlook/kept: the first fake (subject inside, collapsed title)',
    options: { subject: 'inside', collapsedSender: 'address' },
  },
  {
    name: 'outlook/kept: German, pane at the bottom',
    options: { subject: 'inside', collapsedSender: 'address', lang: 'de', readingPane: 'bottom' },
  },
];

const flag = (on: boolean | undefined) => (on ? '1' : '0');

/** The query string the fake server reads back into the same options (tests/fakes/mail-routes.ts). */
export function gmailQuery(o: GmailAppOptions): string {
  const q = new URLSearchParams();
  if (o.container) q.set('container', o.container);
  if (o.states) q.set('states', o.states);
  if (o.hiddenViews) q.set('hiddenViews', '1');
  if (o.previewPane) q.set('previewPane', '1');
  if (o.permIdQuirk) q.set('permIdQuirk', o.permIdQuirk);
  if (o.standaloneWindow) q.set('standaloneWindow', '1');
  if (o.broken) q.set('broken', '1');
  if (o.dark) q.set('dark', flag(o.dark));
  if (o.lang) q.set('lang', o.lang);
  if (o.dateLocale) q.set('dateLocale', o.dateLocale);
  return q.toString();
}

export function outlookQuery(o: OutlookAppOptions): string {
  const q = new URLSearchParams();
  if (o.lang) q.set('lang', o.lang);
  if (o.readingPane) q.set('readingPane', o.readingPane);
  if (o.conversationView === false) q.set('conversationView', '0');
  if (o.subject) q.set('subject', o.subject);
  if (o.collapsedSender) q.set('collapsedSender', o.collapsedSender);
  if (o.broken) q.set('broken', '1');
  if (o.dark) q.set('dark', '1');
  return q.toString();
}
